import { useTranslation } from 'react-i18next';
import { consentValues } from '../../../src-shared/contract/inputs/common';
import { civilities } from '../../../src-shared/contract/inputs/contacts';
import { SegmentedField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { EmailRows, PhoneRows } from '../../components/form/EntryRows';
import { TagField } from '../../components/form/TagField';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import { contactLanguages, type ContactDraft } from '../../lib/contact-draft';
import { createCompany } from '../../stores/company-actions';
import { notifyError } from '../../stores/notify-error';
import { useReferenceStore } from '../../stores/reference-store';

type FieldsProps = {
  draft: ContactDraft;
  change: (patch: Partial<ContactDraft>) => void;
  errorFor: (path: string) => string | null;
  mode: 'create' | 'edit';
};

const consentFields = ['consentEmail', 'consentPhone', 'consentMail'] as const;

/** The contact form's sections; the panel around them handles saving. */
export function ContactFormFields({ draft, change, errorFor, mode }: FieldsProps) {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  const quickCreateCompany = async (name: string) => {
    try {
      const company = await createCompany({ name }, { quiet: true });
      return { id: company.id, name: company.name };
    } catch (error) {
      notifyError(error);
      return null;
    }
  };
  return (
    <>
      <section className="form-section" aria-labelledby="contact-identity">
        <h3 id="contact-identity">{t('form.identity')}</h3>
        <div className="form-grid form-grid-identity">
          <SelectField
            label={t('fields.contact.civility')}
            value={draft.civility}
            emptyLabel="—"
            options={civilities.map((value) => ({ value, label: t(`enums.civility.${value}`) }))}
            onChange={(civility) => change({ civility })}
            path="civility"
          />
          <TextField label={t('fields.contact.firstName')} value={draft.firstName} onChange={(firstName) => change({ firstName })} path="firstName" error={errorFor('firstName')} maxLength={100} data-autofocus data-testid="first-name" autoComplete="off" />
          <TextField label={t('fields.contact.lastName')} value={draft.lastName} onChange={(lastName) => change({ lastName })} path="lastName" error={errorFor('lastName')} hint={t('form.nameRequiredHint')} maxLength={100} data-testid="last-name" autoComplete="off" />
        </div>
        <TextField label={t('fields.contact.jobTitle')} value={draft.jobTitle} onChange={(jobTitle) => change({ jobTitle })} path="jobTitle" error={errorFor('jobTitle')} maxLength={150} />
      </section>

      {mode === 'create' && (
        <section className="form-section" aria-labelledby="contact-company">
          <h3 id="contact-company">{t('form.company')}</h3>
          <div className="form-grid">
            <RecordPicker
              label={t('fields.contact.company')}
              placeholder={t('form.chooseCompany')}
              value={draft.company}
              onChange={(company) => change({ company })}
              search={searchCompanies}
              onCreate={quickCreateCompany}
              createLabel={(name) => t('companies.createNamed', { name })}
              path="company"
              error={errorFor('company')}
            />
            <TextField label={t('fields.contact.role')} value={draft.role} onChange={(role) => change({ role })} path="role" error={errorFor('role')} disabled={!draft.company} maxLength={100} />
          </div>
        </section>
      )}

      <section className="form-section" aria-labelledby="contact-details">
        <h3 id="contact-details">{t('form.contactDetails')}</h3>
        <EmailRows rows={draft.emails} onChange={(emails) => change({ emails })} errorFor={errorFor} />
        <PhoneRows rows={draft.phones} onChange={(phones) => change({ phones })} errorFor={errorFor} />
      </section>

      <section className="form-section" aria-labelledby="contact-address">
        <h3 id="contact-address">{t('form.address')}</h3>
        <TextField label={t('fields.contact.address')} value={draft.address} onChange={(address) => change({ address })} path="address" error={errorFor('address')} maxLength={300} />
        <div className="form-grid form-grid-address">
          <TextField label={t('fields.contact.postcode')} value={draft.postcode} onChange={(postcode) => change({ postcode })} path="postcode" error={errorFor('postcode')} maxLength={20} />
          <TextField label={t('fields.contact.city')} value={draft.city} onChange={(city) => change({ city })} path="city" error={errorFor('city')} maxLength={100} />
          <TextField label={t('fields.contact.country')} value={draft.country} onChange={(country) => change({ country: country.toUpperCase() })} path="country" error={errorFor('country')} hint={t('form.countryHint')} maxLength={2} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="contact-about">
        <h3 id="contact-about">{t('form.about')}</h3>
        <div className="form-grid">
          <SelectField
            label={t('fields.contact.language')}
            value={draft.language}
            emptyLabel="—"
            options={contactLanguages.map((value) => ({ value, label: t(`enums.language.${value}`) }))}
            onChange={(language) => change({ language })}
            path="language"
          />
          <TextField label={t('fields.contact.birthday')} type="date" value={draft.birthday} onChange={(birthday) => change({ birthday })} path="birthday" error={errorFor('birthday')} />
          <TextField label={t('fields.contact.source')} value={draft.source} onChange={(source) => change({ source })} path="source" error={errorFor('source')} maxLength={100} />
          <SelectField
            label={t('fields.contact.owner')}
            value={draft.ownerId}
            options={users.map((user) => ({ value: user.id, label: user.displayName }))}
            onChange={(ownerId) => ownerId && change({ ownerId })}
            path="ownerId"
            error={errorFor('ownerId')}
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="contact-consents">
        <h3 id="contact-consents">{t('form.consents')}</h3>
        {consentFields.map((field) => (
          <SegmentedField
            key={field}
            label={t(`fields.contact.${field}`)}
            value={draft[field]}
            options={consentValues.map((value) => ({ value, label: t(`enums.consent.${value}`) }))}
            onChange={(value) => change({ [field]: value } as Partial<ContactDraft>)}
            path={field}
          />
        ))}
      </section>

      <section className="form-section" aria-labelledby="contact-tags">
        <h3 id="contact-tags">{t('form.tags')}</h3>
        <TagField tagIds={draft.tagIds} onChange={(tagIds) => change({ tagIds })} />
      </section>

      <section className="form-section" aria-labelledby="contact-notes">
        <h3 id="contact-notes">{t('form.notes')}</h3>
        <TextAreaField label={t('fields.contact.notes')} value={draft.notes} onChange={(notes) => change({ notes })} path="notes" error={errorFor('notes')} rows={5} maxLength={20_000} />
      </section>
    </>
  );
}
