import { useEffect, useState } from 'react';
import type { DealDetail, Pipeline } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { RecordForm, type RecordFormKind } from '../../components/form/RecordForm';
import type { PickedRecord } from '../../components/RecordPicker';
import { dealCreateInput, dealDraftFrom, dealServerIssues, dealUpdateInput, emptyDealDraft, validateDealDraft, type DealDraft } from '../../lib/deal-draft';
import { createDeal, updateDeal } from '../../stores/deal-actions';
import { notifyError } from '../../stores/notify-error';
import { DealFormFields } from './DealFormFields';

const dealForm: RecordFormKind<DealDraft, DealDetail> = {
  kind: 'deal',
  load: (id) => invoke('deals.get', { id }),
  draftFrom: dealDraftFrom,
  validate: validateDealDraft,
  serverIssues: dealServerIssues,
  create: (draft) => createDeal(dealCreateInput(draft)),
  update: (id, draft, tags) => updateDeal(dealUpdateInput(id, draft), tags),
};

type DealFormProps = { id?: string; pipelineId?: string; company?: PickedRecord; contact?: PickedRecord; onClose: () => void };

/** Creates or edits a deal in the side panel; a new one may start in a pipeline, for a company or a contact. */
export function DealForm({ id, pipelineId, company, contact, onClose }: DealFormProps) {
  const [pipelines, setPipelines] = useState<Pipeline[]>([]);
  const [baseCurrency, setBaseCurrency] = useState<string | null>(null);
  useEffect(() => {
    invoke('pipelines.list', {}).then(setPipelines, notifyError);
    invoke('currency.get', {}).then((settings) => setBaseCurrency(settings.baseCurrency), notifyError);
  }, []);
  if (!id && baseCurrency === null) return null;
  return (
    <RecordForm
      form={dealForm}
      id={id}
      emptyDraft={(ownerId) =>
        emptyDealDraft(ownerId, { pipelineId: pipelineId ?? '', company: company ?? null, contact: contact ?? null, currency: baseCurrency ?? 'EUR' })
      }
      fields={(props, mode) => <DealFormFields {...props} mode={mode} pipelines={pipelines} />}
      onClose={onClose}
    />
  );
}
