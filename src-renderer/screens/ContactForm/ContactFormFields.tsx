import { useTranslation } from 'react-i18next';
import { consentValues } from '../../../src-shared/contract/inputs/common';
import { civilities } from '../../../src-shared/contract/inputs/contacts';
import { SegmentedField, SelectField, TextField } from '../../components/Field';
import { ContactDetailsSection, FormSection, OwnerField, TagsAndNotesSections } from '../../components/form/FormSection';
import type { FormFieldsProps, FormMode } from '../../components/form/RecordForm';
import { ScopeField } from '../../components/form/ScopeField';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import { contactLanguages, type ContactDraft } from '../../lib/contact-draft';
import { quickCreateCompany } from '../../stores/company-actions';

type FieldsProps = FormFieldsProps<ContactDraft> & { mode: FormMode };

const consentFields = ['consentEmail', 'consentPhone', 'consentMail'] as const;

/** The contact form's sections; the panel around them handles saving. */
export function ContactFormFields({ draft, change, errorFor, mode }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection id="contact-identity" title={t('form.identity')}>
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
      </FormSection>

      {mode === 'create' && (
        <FormSection id="contact-company" title={t('form.company')}>
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
        </FormSection>
      )}

      <ContactDetailsSection idBase="contact" draft={draft} change={change} errorFor={errorFor} />

      <FormSection id="contact-address" title={t('form.address')}>
        <TextField label={t('fields.contact.address')} value={draft.address} onChange={(address) => change({ address })} path="address" error={errorFor('address')} maxLength={300} />
        <div className="form-grid form-grid-address">
          <TextField label={t('fields.contact.postcode')} value={draft.postcode} onChange={(postcode) => change({ postcode })} path="postcode" error={errorFor('postcode')} maxLength={20} />
          <TextField label={t('fields.contact.city')} value={draft.city} onChange={(city) => change({ city })} path="city" error={errorFor('city')} maxLength={100} />
          <TextField label={t('fields.contact.country')} value={draft.country} onChange={(country) => change({ country: country.toUpperCase() })} path="country" error={errorFor('country')} hint={t('form.countryHint')} maxLength={2} />
        </div>
      </FormSection>

      <FormSection id="contact-about" title={t('form.about')}>
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
          <OwnerField label={t('fields.contact.owner')} draft={draft} change={change} errorFor={errorFor} />
          <ScopeField value={draft.scope} onChange={(scope) => change({ scope })} error={errorFor('scope')} />
        </div>
      </FormSection>

      <FormSection id="contact-consents" title={t('form.consents')}>
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
      </FormSection>

      <TagsAndNotesSections idBase="contact" notesLabel={t('fields.contact.notes')} draft={draft} change={change} errorFor={errorFor} />
    </>
  );
}
