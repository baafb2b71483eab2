import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import { SelectField, TextField } from '../../components/Field';
import { AddressRows } from '../../components/form/AddressRows';
import { ContactDetailsSection, FormSection, OwnerField, TagsAndNotesSections } from '../../components/form/FormSection';
import type { FormFieldsProps } from '../../components/form/RecordForm';
import { ScopeField } from '../../components/form/ScopeField';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import type { CompanyDraft } from '../../lib/company-draft';

type FieldsProps = FormFieldsProps<CompanyDraft> & {
  /** The company being edited: it cannot be its own parent. */
  selfId?: string;
};

/** The company form's sections; the panel around them handles saving. */
export function CompanyFormFields({ draft, change, errorFor, selfId }: FieldsProps) {
  const { t } = useTranslation();
  const searchParents = useCallback(
    async (query: string) => (await searchCompanies(query)).filter((option) => option.id !== selfId),
    [selfId],
  );
  return (
    <>
      <FormSection id="company-identity" title={t('form.identity')}>
        <TextField label={t('fields.company.name')} value={draft.name} onChange={(name) => change({ name })} path="name" error={errorFor('name')} required maxLength={200} data-autofocus data-testid="company-name" autoComplete="off" />
        <div className="form-grid">
          <TextField label={t('fields.company.legalId')} value={draft.legalId} onChange={(legalId) => change({ legalId })} path="legalId" error={errorFor('legalId')} maxLength={50} className="input mono" />
          <TextField label={t('fields.company.industry')} value={draft.industry} onChange={(industry) => change({ industry })} path="industry" error={errorFor('industry')} maxLength={100} />
          <SelectField
            label={t('fields.company.size')}
            value={draft.size}
            emptyLabel="—"
            options={companySizes.map((value) => ({ value, label: t(`enums.companySize.${value}`) }))}
            onChange={(size) => change({ size })}
            path="size"
          />
          <TextField label={t('fields.company.website')} value={draft.website} onChange={(website) => change({ website })} path="website" error={errorFor('website')} hint={t('form.websiteHint')} maxLength={300} type="url" />
        </div>
        <RecordPicker
          label={t('fields.company.parentCompany')}
          placeholder={t('form.chooseParent')}
          value={draft.parent}
          onChange={(parent) => change({ parent })}
          search={searchParents}
          path="parent"
          error={errorFor('parent')}
        />
      </FormSection>

      <FormSection id="company-addresses" title={t('fields.company.addresses')}>
        <AddressRows rows={draft.addresses} onChange={(addresses) => change({ addresses })} errorFor={errorFor} />
      </FormSection>

      <ContactDetailsSection idBase="company" phonesFirst draft={draft} change={change} errorFor={errorFor} />

      <FormSection id="company-about" title={t('form.about')}>
        <div className="form-grid">
          <OwnerField label={t('fields.company.owner')} draft={draft} change={change} errorFor={errorFor} />
          <ScopeField value={draft.scope} onChange={(scope) => change({ scope })} error={errorFor('scope')} />
        </div>
      </FormSection>

      <TagsAndNotesSections idBase="company" notesLabel={t('fields.company.notes')} draft={draft} change={change} errorFor={errorFor} />
    </>
  );
}
