import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../src-shared/domain/money';
import type { Pipeline } from '../../../src-shared/domain/sales';
import { SelectField, TextField } from '../../components/Field';
import { FormSection, OwnerField, TagsAndNotesSections } from '../../components/form/FormSection';
import type { FormFieldsProps, FormMode } from '../../components/form/RecordForm';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import type { DealDraft } from '../../lib/deal-draft';
import { quickCreateCompany } from '../../stores/company-actions';

type DealFormFieldsProps = FormFieldsProps<DealDraft> & { mode: FormMode; pipelines: Pipeline[] };

/** The deal form's sections; the panel around them handles saving. */
export function DealFormFields({ draft, change, errorFor, mode, pipelines }: DealFormFieldsProps) {
  const { t } = useTranslation();
  const pipeline = pipelines.find((candidate) => candidate.id === draft.pipelineId) ?? pipelines[0];
  const stage = pipeline?.stages.find((candidate) => candidate.id === draft.stageId);
  return (
    <>
      <FormSection id="deal-identity" title={t('sales.form.deal')}>
        <TextField label={t('sales.fields.title')} value={draft.title} onChange={(title) => change({ title })} path="title" error={errorFor('title')} required maxLength={200} data-autofocus data-testid="deal-title" autoComplete="off" />
        <RecordPicker
          label={t('sales.fields.company')}
          placeholder={t('form.chooseCompany')}
          value={draft.company}
          onChange={(company) => change({ company })}
          search={searchCompanies}
          onCreate={quickCreateCompany}
          createLabel={(name) => t('companies.createNamed', { name })}
          path="company"
          error={errorFor('company')}
        />
        {mode === 'create' && pipelines.length > 0 && (
          <div className="form-grid">
            {pipelines.length > 1 && (
              <SelectField
                label={t('sales.fields.pipeline')}
                value={pipeline?.id ?? ''}
                options={pipelines.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
                onChange={(pipelineId) => change({ pipelineId, stageId: '' })}
                path="pipelineId"
              />
            )}
            <SelectField
              label={t('sales.fields.stage')}
              value={draft.stageId}
              emptyLabel={t('sales.form.firstStage')}
              options={(pipeline?.stages ?? []).filter((candidate) => candidate.kind === 'open').map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              onChange={(stageId) => change({ stageId })}
              path="stageId"
              error={errorFor('stageId')}
            />
          </div>
        )}
      </FormSection>
      <FormSection id="deal-amount" title={t('sales.form.amount')}>
        <div className="form-grid">
          <TextField label={t('sales.fields.amount')} value={draft.amount} onChange={(amount) => change({ amount })} path="amountMinor" error={errorFor('amountMinor')} inputMode="decimal" data-testid="deal-amount" />
          <SelectField
            label={t('sales.fields.currency')}
            value={draft.currency}
            options={currencyCodes.map((code) => ({ value: code, label: code }))}
            onChange={(currency) => currency && change({ currency })}
            path="currency"
            error={errorFor('currency')}
          />
          <TextField
            label={t('sales.fields.probability')}
            value={draft.probability}
            onChange={(probability) => change({ probability })}
            path="probability"
            error={errorFor('probability')}
            hint={stage ? t('sales.form.stageProbability', { value: stage.probability }) : t('sales.form.probabilityHint')}
            inputMode="numeric"
            maxLength={4}
          />
          <TextField label={t('sales.fields.expectedClose')} type="date" value={draft.expectedClose} onChange={(expectedClose) => change({ expectedClose })} path="expectedClose" error={errorFor('expectedClose')} data-testid="deal-close" />
        </div>
      </FormSection>
      <FormSection id="deal-follow-up" title={t('sales.form.followUp')}>
        <TextField label={t('sales.fields.nextStep')} value={draft.nextStep} onChange={(nextStep) => change({ nextStep })} path="nextStep" error={errorFor('nextStep')} maxLength={200} />
        <div className="form-grid">
          <TextField label={t('sales.fields.source')} value={draft.source} onChange={(source) => change({ source })} path="source" error={errorFor('source')} maxLength={120} />
          <OwnerField label={t('sales.fields.owner')} draft={draft} change={change} errorFor={errorFor} />
        </div>
      </FormSection>
      <TagsAndNotesSections draft={draft} change={change} errorFor={errorFor} idBase="deal" notesLabel={t('sales.fields.notes')} />
    </>
  );
}
