import { Columns3, FileUp, TrendingUp, Plus, Table2 } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { SearchBox } from '../../components/list/SearchBox';
import { SegmentMenu } from '../../components/segments/SegmentMenu';
import { errorMessage } from '../../i18n/error-message';
import { useDealsListStore } from '../../stores/deals-list-store';
import { openEditor } from '../../stores/editor-store';
import { usePipelineStore, type PipelineView } from '../../stores/pipeline-store';
import { navigate } from '../../stores/router-store';
import { BoardView } from './BoardView';
import { DealFilterBar } from './DealFilterBar';
import { DealLinkFilters } from './DealLinkFilters';
import { DealsTable } from './DealsTable';
import { ForecastView } from './ForecastView';

const views: { key: PipelineView; icon: typeof Columns3 }[] = [
  { key: 'board', icon: Columns3 },
  { key: 'table', icon: Table2 },
  { key: 'forecast', icon: TrendingUp },
];

/** Deals: the board of a pipeline, the same deals as a table, and the forecast, with shared filters. */
export function PipelineScreen() {
  const { t } = useTranslation();
  const { pipelines, pipelineId, view, filters, board, loadError } = usePipelineStore();
  const q = useDealsListStore((state) => state.filters.q);
  const currency = board?.baseCurrency ?? 'EUR';

  useEffect(() => {
    void usePipelineStore.getState().load();
  }, []);
  // The table follows the board's pipeline and filters.
  useEffect(() => {
    useDealsListStore.getState().setFilters({ ...filters, pipelineId, currency });
  }, [filters, pipelineId, currency]);

  const total = board?.columns.reduce((sum, column) => sum + column.count, 0) ?? null;
  return (
    <section className="screen pipeline-screen" aria-label={t('sales.deals.title')} data-testid="pipeline-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('sales.deals.title')}</h1>
          <span className="screen-count" data-testid="deals-count" aria-live="polite">
            {total === null ? '…' : t('sales.deals.count', { count: total })}
          </span>
        </div>
        <div className="screen-actions">
          <Button variant="primary" icon={<Plus size={15} />} onClick={() => openEditor({ kind: 'deal', pipelineId: pipelineId ?? undefined })} data-testid="new-deal">
            {t('sales.deals.new')}
          </Button>
        </div>
      </header>
      <div className="toolbar" role="toolbar" aria-label={t('sales.deals.title')}>
        {pipelines.length > 1 && (
          <select
            className="input select input-sm"
            value={pipelineId ?? ''}
            onChange={(event) => usePipelineStore.getState().setPipeline(event.target.value)}
            aria-label={t('sales.fields.pipeline')}
            data-testid="pipeline-select"
          >
            {pipelines.map((pipeline) => (
              <option key={pipeline.id} value={pipeline.id}>
                {pipeline.name}
              </option>
            ))}
          </select>
        )}
        <div className="segmented" role="radiogroup" aria-label={t('sales.views.label')}>
          {views.map(({ key, icon: Icon }) => (
            <label key={key} className={`segment ${view === key ? 'segment-on' : ''}`} data-testid={`view-${key}`}>
              <input type="radio" name="pipeline-view" value={key} checked={view === key} onChange={() => usePipelineStore.getState().setView(key)} />
              <Icon size={14} aria-hidden="true" />
              <span>{t(`sales.views.${key}`)}</span>
            </label>
          ))}
        </div>
        {view === 'table' && (
          <SearchBox value={q} onSearch={(text) => useDealsListStore.getState().setFilters({ q: text })} placeholder={t('filters.search')} label={t('filters.search')} testId="deals-search" />
        )}
        <SegmentMenu entity="deal" active={filters.segment} onApply={(segment) => usePipelineStore.getState().setFilters({ segment })} />
        <span className="toolbar-spacer" />
        <Button icon={<FileUp size={15} />} onClick={() => navigate({ name: 'import', entity: 'deal' })} title={t('importWizard.toolbar.hintDeals')} data-testid="import-deals">
          {t('importWizard.toolbar.label')}
        </Button>
      </div>
      <DealFilterBar filters={filters} currency={currency} onChange={(patch) => usePipelineStore.getState().setFilters(patch)} onClear={() => usePipelineStore.getState().clearFilters()} />
      {view === 'table' && <DealLinkFilters />}
      <div className="pipeline-content">
        {loadError !== null && !board ? (
          <EmptyState title={t('errors.title')} body={errorMessage(t, loadError)} actions={<Button onClick={() => void usePipelineStore.getState().load()}>{t('common.retry')}</Button>} />
        ) : view === 'board' ? (
          board ? <BoardView board={board} /> : <p className="muted">{t('common.loading')}</p>
        ) : view === 'table' ? (
          <DealsTable />
        ) : (
          <ForecastView />
        )}
      </div>
    </section>
  );
}
