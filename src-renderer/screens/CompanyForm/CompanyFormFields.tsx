import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { AddressRows } from '../../components/form/AddressRows';
import { EmailRows, PhoneRows } from '../../components/form/EntryRows';
import { TagField } from '../../components/form/TagField';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import type { CompanyDraft } from '../../lib/company-draft';
import { useReferenceStore } from '../../stores/reference-store';

type FieldsProps = {
  draft: CompanyDraft;
  change: (patch: Partial<CompanyDraft>) => void;
  errorFor: (path: string) => string | null;
  /** The company being edited: it cannot be its own parent. */
  selfId?: string;
};

/** The company form's sections; the panel around them handles saving. */
export function CompanyFormFields({ draft, change, errorFor, selfId }: FieldsProps) {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  const searchParents = useCallback(
    async (query: string) => (await searchCompanies(query)).filter((option) => option.id !== selfId),
    [selfId],
  );
  return (
    <>
      <section className="form-section" aria-labelledby="company-identity">
        <h3 id="company-identity">{t('form.identity')}</h3>
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
      </section>

      <section className="form-section" aria-labelledby="company-addresses">
        <h3 id="company-addresses">{t('fields.company.addresses')}</h3>
        <AddressRows rows={draft.addresses} onChange={(addresses) => change({ addresses })} errorFor={errorFor} />
      </section>

      <section className="form-section" aria-labelledby="company-details">
        <h3 id="company-details">{t('form.contactDetails')}</h3>
        <PhoneRows rows={draft.phones} onChange={(phones) => change({ phones })} errorFor={errorFor} />
        <EmailRows rows={draft.emails} onChange={(emails) => change({ emails })} errorFor={errorFor} />
      </section>

      <section className="form-section" aria-labelledby="company-about">
        <h3 id="company-about">{t('form.about')}</h3>
        <SelectField
          label={t('fields.company.owner')}
          value={draft.ownerId}
          options={users.map((user) => ({ value: user.id, label: user.displayName }))}
          onChange={(ownerId) => ownerId && change({ ownerId })}
          path="ownerId"
          error={errorFor('ownerId')}
        />
      </section>

      <section className="form-section" aria-labelledby="company-tags">
        <h3 id="company-tags">{t('form.tags')}</h3>
        <TagField tagIds={draft.tagIds} onChange={(tagIds) => change({ tagIds })} />
      </section>

      <section className="form-section" aria-labelledby="company-notes">
        <h3 id="company-notes">{t('form.notes')}</h3>
        <TextAreaField label={t('fields.company.notes')} value={draft.notes} onChange={(notes) => change({ notes })} path="notes" error={errorFor('notes')} rows={5} maxLength={20_000} />
      </section>
    </>
  );
}
