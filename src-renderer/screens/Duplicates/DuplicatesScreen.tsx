import { CopyCheck, ScanSearch } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateEntity, DuplicateScanResult } from '../../../src-shared/domain/duplicates';
import { Button } from '../../components/Button';
import { MergeDialog } from '../../components/duplicates/MergeDialog';
import { EmptyState } from '../../components/EmptyState';
import { RelativeTime } from '../../components/RelativeTime';
import { Tabs } from '../../components/Tabs';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { errorMessage } from '../../i18n/error-message';
import { navigate } from '../../stores/router-store';
import { DuplicateGroupCard } from './DuplicateGroupCard';
import { RecentMerges } from './RecentMerges';
import { useDuplicateScan } from './use-duplicate-scan';

function ScanSummary({ result, at }: { result: DuplicateScanResult; at: string }) {
  const { t } = useTranslation();
  const records = t(`duplicates.ui.scanned.${result.entity}`, { count: result.scanned });
  return (
    <p className="duplicates-summary" data-testid="duplicates-summary">
      <span>{t('duplicates.ui.summary', { count: result.totalGroups, records })}</span>
      {result.groups.length < result.totalGroups && <span className="muted"> · {t('duplicates.ui.shownFirst', { count: result.groups.length })}</span>}
      {result.dismissed > 0 && <span className="muted"> · {t('duplicates.ui.dismissedCount', { count: result.dismissed })}</span>}
      <span className="faint">
        {' · '}
        {t('duplicates.ui.scannedAt')} <RelativeTime iso={at} />
      </span>
    </p>
  );
}

/**
 * Duplicates: the whole-base scan of contacts or companies (progress, Cancel), the review list
 * best first with what tells the records apart, "Not duplicates", "Merge…", and the recent
 * merges with their Undo.
 */
export function DuplicatesScreen({ entity }: { entity: DuplicateEntity }) {
  const { t } = useTranslation();
  const { scan, task, error, cancelled, run } = useDuplicateScan(entity);
  const [merging, setMerging] = useState<[string, string] | null>(null);
  const result = scan?.result;
  const tabs = [
    { key: 'contact' as const, label: t('duplicates.ui.entity.contact') },
    { key: 'company' as const, label: t('duplicates.ui.entity.company') },
  ];

  return (
    <section className="screen duplicates-screen" aria-label={t('duplicates.ui.title')} data-testid="duplicates-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('duplicates.ui.title')}</h1>
        </div>
        <div className="screen-actions">
          <Button variant="primary" icon={<ScanSearch size={15} />} onClick={() => void run()} busy={task.running} data-testid="duplicates-scan">
            {result ? t('duplicates.ui.scanAgain') : t('duplicates.ui.scan')}
          </Button>
        </div>
      </header>
      <div className="toolbar">
        <Tabs tabs={tabs} active={entity} onChange={(next) => navigate({ name: 'duplicates', entity: next })} label={t('duplicates.ui.entityTabs')} idBase="duplicates" />
      </div>
      <div className="duplicates-body" role="tabpanel" id={`duplicates-panel-${entity}`} aria-labelledby={`duplicates-tab-${entity}`}>
        <div className="duplicates-main">
          <TaskProgressBar task={task} />
          {error !== null && (
            <div className="form-error" role="alert">
              {errorMessage(t, error)}
            </div>
          )}
          {cancelled && !task.running && <p className="muted">{t('duplicates.ui.cancelled')}</p>}
          {result && !task.running && <ScanSummary result={result} at={scan.at} />}
          {!result && !task.running && !error && (
            <EmptyState
              icon={<ScanSearch size={36} />}
              title={t(`duplicates.ui.intro.title.${entity}`)}
              body={t('duplicates.ui.intro.body')}
              actions={
                <Button variant="primary" onClick={() => void run()}>
                  {t('duplicates.ui.scan')}
                </Button>
              }
            />
          )}
          {result && result.groups.length === 0 && !task.running && (
            <EmptyState icon={<CopyCheck size={36} />} title={t(`duplicates.ui.none.${entity}`)} body={t('duplicates.ui.noneBody')} testId="duplicates-none" />
          )}
          {result && result.groups.length > 0 && (
            <ol className="duplicate-groups" aria-label={t('duplicates.ui.listLabel')} data-testid="duplicate-groups">
              {result.groups.map((group) => (
                <DuplicateGroupCard key={group.key} group={group} onMerge={setMerging} />
              ))}
            </ol>
          )}
        </div>
        <aside className="duplicates-side">
          <RecentMerges entity={entity} />
        </aside>
      </div>
      {merging && <MergeDialog entity={entity} ids={merging} onClose={() => setMerging(null)} />}
    </section>
  );
}
