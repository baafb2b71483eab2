import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { DealDetail, Pipeline } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { Card, DetailColumns, Fact, Facts, NotesCard } from '../../components/detail/Card';
import { TagsCard } from '../../components/detail/TagsCard';
import { TimelineCard } from '../../components/timeline/TimelineCard';
import { RelativeTime } from '../../components/RelativeTime';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate, formatDateTime } from '../../lib/format';
import { moveDeal } from '../../stores/deal-actions';
import { notifyError } from '../../stores/notify-error';
import { LostReasonDialog } from '../Pipeline/LostReasonDialog';
import { DealContactsCard } from './DealContactsCard';
import { QuotesCard } from './QuotesCard';

function StagePicker({ deal, pipeline }: { deal: DealDetail; pipeline: Pipeline | undefined }) {
  const { t } = useTranslation();
  const [lostStage, setLostStage] = useState<string | null>(null);
  if (!pipeline) return null;
  const choose = (stageId: string) => {
    const stage = pipeline.stages.find((candidate) => candidate.id === stageId);
    if (!stage || stage.id === deal.stageId) return;
    if (stage.kind === 'lost') setLostStage(stage.id);
    else void moveDeal({ id: deal.id, stageId });
  };
  return (
    <>
      <ol className="stage-steps" aria-label={t('sales.fields.stage')} data-testid="stage-steps">
        {pipeline.stages.map((stage) => (
          <li key={stage.id}>
            <button
              type="button"
              className={`stage-step stage-step-${stage.kind} ${stage.id === deal.stageId ? 'stage-step-current' : ''}`}
              aria-current={stage.id === deal.stageId ? 'step' : undefined}
              onClick={() => choose(stage.id)}
            >
              {stage.name}
            </button>
          </li>
        ))}
      </ol>
      {lostStage && (
        <LostReasonDialog
          dealTitle={deal.title}
          onCancel={() => setLostStage(null)}
          onConfirm={(lostReasonId) => {
            setLostStage(null);
            void moveDeal({ id: deal.id, stageId: lostStage, lostReasonId });
          }}
        />
      )}
    </>
  );
}

/** A deal's fields, its stage steps and stage history, its quotes, contacts, tags and timeline. */
export function DealOverview({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [pipelines, setPipelines] = useState<Pipeline[]>([]);
  useEffect(() => {
    invoke('pipelines.list', {}).then(setPipelines, notifyError);
  }, []);
  const pipeline = pipelines.find((candidate) => candidate.id === deal.pipelineId);
  return (
    <>
      <StagePicker deal={deal} pipeline={pipeline} />
      <DetailColumns
        main={
          <>
            <Card title={t('sales.detail.deal')}>
              <Facts>
                <Fact label={t('sales.fields.company')}>{deal.companyId ? <a href={`#/companies/${deal.companyId}`}>{deal.companyName}</a> : null}</Fact>
                <Fact label={t('sales.fields.amount')}>
                  <span data-testid="deal-amount-value">{formatMoney(lang, deal.amountMinor, deal.currency)}</span>
                </Fact>
                <Fact label={t('sales.fields.probability')}>
                  {t('sales.percent', { value: deal.probability })}
                  {deal.ownProbability === null && <span className="faint"> · {t('sales.detail.stageDefault')}</span>}
                </Fact>
                <Fact label={t('sales.fields.expectedClose')}>{formatCalendarDate(lang, deal.expectedClose)}</Fact>
                <Fact label={t('sales.fields.owner')}>{deal.owner?.displayName}</Fact>
                <Fact label={t('sales.fields.source')}>{deal.source}</Fact>
                <Fact label={t('sales.fields.nextStep')} wide>
                  {deal.nextStep}
                </Fact>
                {deal.lostReason && <Fact label={t('sales.fields.lostReason')}>{deal.lostReason}</Fact>}
                {deal.closedAt && <Fact label={t('sales.fields.closedAt')}>{formatDateTime(lang, deal.closedAt)}</Fact>}
              </Facts>
            </Card>
            <QuotesCard dealId={deal.id} />
            <NotesCard notes={deal.notes} />
            <TimelineCard entity="deal" record={{ id: deal.id, name: deal.title }} currency={deal.currency} />
          </>
        }
        side={
          <>
            <DealContactsCard deal={deal} />
            <Card title={t('sales.detail.stageHistory')} testId="stage-history">
              <ol className="stage-history">
                {[...deal.stageHistory].reverse().map((entry) => (
                  <li key={`${entry.stageId}-${entry.enteredAt}`}>
                    <span>{entry.stageName ?? t('sales.detail.removedStage')}</span>
                    <span className="muted small">
                      <RelativeTime iso={entry.enteredAt} />
                      {entry.user && ` · ${entry.user.displayName}`}
                    </span>
                  </li>
                ))}
              </ol>
            </Card>
            <TagsCard entity="deal" recordId={deal.id} tags={deal.tags} />
          </>
        }
      />
    </>
  );
}
