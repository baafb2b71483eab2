import type { ContactDetail } from '../../../src-shared/domain/records';
import { invoke } from '../../api/client';
import { ContactFormDuplicates } from '../../components/duplicates/FormDuplicates';
import { RecordForm, type RecordFormKind } from '../../components/form/RecordForm';
import {
  contactCreateInput,
  contactDraftFrom,
  contactServerIssues,
  contactUpdateInput,
  emptyContactDraft,
  validateContactDraft,
  type ContactDraft,
} from '../../lib/contact-draft';
import { createContact, updateContact } from '../../stores/contact-actions';
import { ContactFormFields } from './ContactFormFields';

const contactForm: RecordFormKind<ContactDraft, ContactDetail> = {
  kind: 'contact',
  load: (id) => invoke('contacts.get', { id }),
  draftFrom: contactDraftFrom,
  validate: validateContactDraft,
  serverIssues: contactServerIssues,
  create: (draft) => createContact(contactCreateInput(draft)),
  update: (id, draft, tags) => updateContact(contactUpdateInput(id, draft), tags),
};

type ContactFormProps = { id?: string; company?: { id: string; name: string }; onClose: () => void };

/** Creates or edits a contact in the side panel; a new one may start at a company. */
export function ContactForm({ id, company, onClose }: ContactFormProps) {
  return (
    <RecordForm
      form={contactForm}
      id={id}
      emptyDraft={(ownerId) => emptyContactDraft(ownerId, company ?? null)}
      fields={(props, mode) => (
        <>
          <ContactFormDuplicates draft={props.draft} excludeId={id} onOpen={onClose} />
          <ContactFormFields {...props} mode={mode} />
        </>
      )}
      onClose={onClose}
    />
  );
}
