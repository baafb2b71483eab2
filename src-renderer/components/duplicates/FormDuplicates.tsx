import type { CompanyDraft } from '../../lib/company-draft';
import type { ContactDraft } from '../../lib/contact-draft';
import { companyDuplicateDraft, contactDuplicateDraft } from './duplicate-draft';
import { PossibleDuplicates } from './PossibleDuplicates';

type FormDuplicatesProps<D> = { draft: D; excludeId?: string | undefined; onOpen: () => void };

/** The contact form's possible duplicates (by e-mail, phone, or name in the same company or city). */
export function ContactFormDuplicates({ draft, excludeId, onOpen }: FormDuplicatesProps<ContactDraft>) {
  return <PossibleDuplicates entity="contact" draft={contactDuplicateDraft(draft)} excludeId={excludeId} onOpen={onOpen} />;
}

/** The company form's possible duplicates (by legal id, website, e-mail, phone, or name). */
export function CompanyFormDuplicates({ draft, excludeId, onOpen }: FormDuplicatesProps<CompanyDraft>) {
  return <PossibleDuplicates entity="company" draft={companyDuplicateDraft(draft)} excludeId={excludeId} onOpen={onOpen} />;
}
