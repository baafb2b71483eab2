import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { commonUnits, frenchVatRates, productKinds } from '../../../src-shared/domain/catalogue';
import { currencyCodes } from '../../../src-shared/domain/money';
import { Checkbox, SegmentedField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { FormSection } from '../../components/form/FormSection';
import type { FormFieldsProps } from '../../components/form/RecordForm';
import { CategoriesField } from './CategoriesField';
import type { ProductDraft } from './product-draft';
import { vatChoices, type VatChoice } from './vat-rates';

type ProductFormFieldsProps = FormFieldsProps<ProductDraft> & { knownCategories: readonly string[] };

/** The product form's sections; the panel around them handles saving. */
export function ProductFormFields({ draft, change, errorFor, knownCategories }: ProductFormFieldsProps) {
  const { t } = useTranslation();
  const unitsId = useId();
  const vatLabel = (choice: VatChoice) => {
    const french = frenchVatRates.find((rate) => `${rate.rateBp}` === choice);
    return french ? t(`catalogue.vatRates.${french.key}`) : t('catalogue.vatRates.other');
  };
  return (
    <>
      <FormSection id="product-identity" title={t('catalogue.form.identity')}>
        <div className="form-grid">
          <TextField
            label={t('catalogue.fields.reference')}
            value={draft.reference}
            onChange={(reference) => change({ reference })}
            path="reference"
            error={errorFor('reference')}
            required
            maxLength={60}
            autoComplete="off"
            data-autofocus
            data-testid="product-reference"
          />
          <SegmentedField
            label={t('catalogue.fields.kind')}
            value={draft.kind}
            options={productKinds.map((kind) => ({ value: kind, label: t(`catalogue.kinds.${kind}`) }))}
            onChange={(kind) => change({ kind })}
            path="kind"
          />
        </div>
        <TextField label={t('catalogue.fields.name')} value={draft.name} onChange={(name) => change({ name })} path="name" error={errorFor('name')} required maxLength={200} autoComplete="off" data-testid="product-name" />
        <TextAreaField label={t('catalogue.fields.description')} value={draft.description} onChange={(description) => change({ description })} path="description" error={errorFor('description')} rows={3} maxLength={5_000} />
      </FormSection>
      <FormSection id="product-pricing" title={t('catalogue.form.pricing')}>
        <div className="form-grid">
          <TextField
            label={t('catalogue.fields.defaultPrice')}
            value={draft.price}
            onChange={(price) => change({ price })}
            path="defaultPriceMinor"
            error={errorFor('defaultPriceMinor')}
            hint={t('catalogue.form.priceHint')}
            inputMode="decimal"
            autoComplete="off"
            data-testid="product-price"
          />
          <SelectField
            label={t('catalogue.fields.currency')}
            value={draft.currency}
            options={currencyCodes.map((code) => ({ value: code, label: code }))}
            onChange={(currency) => currency && change({ currency })}
            path="currency"
            error={errorFor('currency')}
          />
          <SelectField
            label={t('catalogue.fields.vatRate')}
            value={draft.vatChoice}
            options={vatChoices.map((choice) => ({ value: choice, label: vatLabel(choice) }))}
            onChange={(vatChoice) => vatChoice && change({ vatChoice })}
            path={draft.vatChoice === 'other' ? 'vatChoice' : 'vatRateBp'}
            error={draft.vatChoice === 'other' ? null : errorFor('vatRateBp')}
          />
          {draft.vatChoice === 'other' && (
            <TextField
              label={t('catalogue.form.otherRate')}
              value={draft.otherRate}
              onChange={(otherRate) => change({ otherRate })}
              path="vatRateBp"
              error={errorFor('vatRateBp')}
              inputMode="decimal"
              autoComplete="off"
              data-testid="product-vat-other"
            />
          )}
          <TextField
            label={t('catalogue.fields.unit')}
            value={draft.unit}
            onChange={(unit) => change({ unit })}
            path="unit"
            error={errorFor('unit')}
            hint={t('catalogue.form.unitHint')}
            maxLength={20}
            list={unitsId}
            autoComplete="off"
            data-testid="product-unit"
          />
          <datalist id={unitsId}>
            {commonUnits.map((unit) => (
              <option key={unit} value={t(`catalogue.units.${unit}`)} />
            ))}
          </datalist>
        </div>
      </FormSection>
      <FormSection id="product-classification" title={t('catalogue.form.classification')}>
        <Checkbox label={t('catalogue.form.onSale')} checked={draft.active} onChange={(active) => change({ active })} className="product-active" />
        <p className="field-hint product-active-hint">{t('catalogue.form.onSaleHint')}</p>
        <CategoriesField value={draft.categories} onChange={(categories) => change({ categories })} known={knownCategories} error={errorFor('categories')} />
      </FormSection>
    </>
  );
}
