import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../src-shared/domain/money';
import { SegmentedField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormSection } from '../../components/form/FormSection';
import type { FormFieldsProps } from '../../components/form/RecordForm';
import { PriceItemsField } from './PriceItemsField';
import { PriceListCompaniesField } from './PriceListCompaniesField';
import type { PriceListDraft } from './price-list-draft';

type PriceListFormFieldsProps = FormFieldsProps<PriceListDraft> & {
  /** Companies the saved list is given to: switching to a general list takes it from them. */
  assignedBefore: number;
  refusedCompanies: Readonly<Record<string, string>>;
  editable: boolean;
};

/** The price list editor's sections; the panel around them handles saving. */
export function PriceListFormFields({ draft, change, errorFor, assignedBefore, refusedCompanies, editable }: PriceListFormFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection id="price-list-identity" title={t('catalogue.priceLists.list')}>
        <div className="form-grid price-list-grid">
          <TextField
            label={t('catalogue.priceLists.name')}
            value={draft.name}
            onChange={(name) => change({ name })}
            path="name"
            error={errorFor('name')}
            required
            maxLength={120}
            autoComplete="off"
            data-autofocus
            data-testid="price-list-name"
          />
          <SelectField
            label={t('catalogue.fields.currency')}
            value={draft.currency}
            options={currencyCodes.map((code) => ({ value: code, label: code }))}
            onChange={(currency) => currency && change({ currency })}
            path="currency"
            error={errorFor('currency')}
            hint={t('catalogue.priceLists.currencyHint')}
          />
          <TextField label={t('catalogue.priceLists.validFrom')} type="date" value={draft.validFrom} onChange={(validFrom) => change({ validFrom })} path="validFrom" error={errorFor('validFrom')} hint={t('catalogue.priceLists.openStart')} data-testid="price-list-from" />
          <TextField label={t('catalogue.priceLists.validUntil')} type="date" value={draft.validUntil} onChange={(validUntil) => change({ validUntil })} path="validUntil" error={errorFor('validUntil')} hint={t('catalogue.priceLists.openEnd')} data-testid="price-list-until" />
        </div>
        <SegmentedField
          label={t('catalogue.priceLists.appliesTo')}
          value={draft.general ? 'general' : 'assigned'}
          options={[
            { value: 'assigned', label: t('catalogue.priceLists.assigned') },
            { value: 'general', label: t('catalogue.priceLists.general') },
          ]}
          onChange={(value) => change({ general: value === 'general' })}
          path="general"
        />
        <p className="field-hint price-list-scope-hint">
          {draft.general ? t('catalogue.priceLists.generalHint') : t('catalogue.priceLists.assignedHint')}
          {draft.general && assignedBefore > 0 && ` ${t('catalogue.priceLists.generalDropsCompanies', { count: assignedBefore })}`}
        </p>
      </FormSection>
      <FormSection id="price-list-items" title={t('catalogue.priceLists.items')}>
        <PriceItemsField items={draft.items} currency={draft.currency} onChange={(items) => change({ items })} errorFor={errorFor} />
      </FormSection>
      {!draft.general && (
        <FormSection id="price-list-companies" title={t('catalogue.priceLists.companies')}>
          <PriceListCompaniesField companies={draft.companies} onChange={(companies) => change({ companies })} refused={refusedCompanies} disabled={!editable} />
        </FormSection>
      )}
      <FormSection id="price-list-notes" title={t('form.notes')}>
        <TextAreaField label={t('catalogue.priceLists.notes')} value={draft.notes} onChange={(notes) => change({ notes })} path="notes" error={errorFor('notes')} rows={3} maxLength={5_000} />
      </FormSection>
    </>
  );
}
