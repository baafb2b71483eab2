import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceStore } from '../../stores/reference-store';
import { SelectField, TextAreaField } from '../Field';
import type { EmailDraft, PhoneDraft } from '../../lib/entry-drafts';
import { EmailRows, PhoneRows } from './EntryRows';
import type { FormFieldsProps } from './RecordForm';
import { TagField } from './TagField';

/** A titled part of a form; the title labels the section. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

type EntriesDraft = { emails: EmailDraft[]; phones: PhoneDraft[] };

/** A record form's emails and phones; a company lists its phones first. */
export function ContactDetailsSection<D extends EntriesDraft>(props: FormFieldsProps<D> & { idBase: string; phonesFirst?: boolean }) {
  const { draft, change, errorFor, idBase, phonesFirst } = props;
  const { t } = useTranslation();
  const emails = <EmailRows rows={draft.emails} onChange={(rows) => change({ emails: rows } as Partial<D>)} errorFor={errorFor} />;
  const phones = <PhoneRows rows={draft.phones} onChange={(rows) => change({ phones: rows } as Partial<D>)} errorFor={errorFor} />;
  return (
    <FormSection id={`${idBase}-details`} title={t('form.contactDetails')}>
      {phonesFirst ? phones : emails}
      {phonesFirst ? emails : phones}
    </FormSection>
  );
}

type OwnedDraft = { ownerId: string; tagIds: string[]; notes: string };

/** Who owns the record: one of the users of this CRM. */
export function OwnerField<D extends OwnedDraft>({ label, draft, change, errorFor }: FormFieldsProps<D> & { label: string }) {
  const users = useReferenceStore((state) => state.users);
  return (
    <SelectField
      label={label}
      value={draft.ownerId}
      options={users.map((user) => ({ value: user.id, label: user.displayName }))}
      onChange={(ownerId) => ownerId && change({ ownerId } as Partial<D>)}
      path="ownerId"
      error={errorFor('ownerId')}
    />
  );
}

/** The last sections of a record form: its tags, then its notes. */
export function TagsAndNotesSections<D extends OwnedDraft>(props: FormFieldsProps<D> & { idBase: string; notesLabel: string }) {
  const { draft, change, errorFor, idBase, notesLabel } = props;
  const { t } = useTranslation();
  return (
    <>
      <FormSection id={`${idBase}-tags`} title={t('form.tags')}>
        <TagField tagIds={draft.tagIds} onChange={(tagIds) => change({ tagIds } as Partial<D>)} />
      </FormSection>

      <FormSection id={`${idBase}-notes`} title={t('form.notes')}>
        <TextAreaField
          label={notesLabel}
          value={draft.notes}
          onChange={(notes) => change({ notes } as Partial<D>)}
          path="notes"
          error={errorFor('notes')}
          rows={5}
          maxLength={20_000}
        />
      </FormSection>
    </>
  );
}
