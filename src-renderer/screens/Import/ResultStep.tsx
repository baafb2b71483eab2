import { Building2, FilePlus2, List, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { startNewImport, undoImport } from '../../stores/import-actions';
import { useImportWizardStore } from '../../stores/import-wizard-store';
import { importListOf } from '../../lib/routes';
import { navigate } from '../../stores/router-store';
import { RefusalBanner } from './RefusalBanner';
import { UndoDialog } from './UndoDialog';
import { useImportBusy, useImportTask } from './use-import-task';

/** Step 5: the import running in the background (progress, Cancel), then what it did, with Undo. */
export function ResultStep({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const session = useImportWizardStore((state) => state.sessions[entity]);
  const running = useImportTask(entity, ['run']);
  const undoing = useImportTask(entity, ['undo']).running;
  const busy = useImportBusy();
  const [confirming, setConfirming] = useState(false);
  const { result, undone, inspection } = session;

  if (running.running || !result) {
    return (
      <div className="import-step-body">
        <section className="card import-card" aria-labelledby="import-running-title" data-testid="import-running">
          <header className="card-header">
            <h2 id="import-running-title">{t('importWizard.import.running')}</h2>
          </header>
          <div className="card-body">
            <p className="muted">{t('importWizard.import.runningHint')}</p>
            <TaskProgressBar task={running} />
          </div>
        </section>
      </div>
    );
  }

  const lines = [
    { key: 'created' as const, count: result.created, always: true },
    { key: 'updated' as const, count: result.updated, always: true },
    { key: 'unchanged' as const, count: result.unchanged, always: false },
    { key: 'skipped' as const, count: result.skipped, always: false },
    { key: 'invalid' as const, count: result.invalid, always: false },
    { key: 'companiesCreated' as const, count: result.companiesCreated, always: false },
  ].filter((line) => line.always || line.count > 0);
  const undoLines = undone
    ? [
        { key: 'removed' as const, count: undone.removed },
        { key: 'restored' as const, count: undone.restored },
        { key: 'keptFields' as const, count: undone.keptFields },
        { key: 'alreadyGone' as const, count: undone.alreadyGone },
      ].filter((line) => line.count > 0 || line.key === 'removed')
    : [];
  const confirmUndo = async () => {
    if (result.batchId) await undoImport(entity, result.batchId);
    setConfirming(false);
  };

  return (
    <div className="import-step-body">
      <section className="card import-card" aria-labelledby="import-result-title" data-testid="import-result">
        <header className="card-header">
          <h2 id="import-result-title">{undone ? t('importWizard.undo.doneTitle') : t('importWizard.import.doneTitle')}</h2>
        </header>
        <div className="card-body">
          {inspection && <p className="muted">{inspection.fileName}</p>}
          {result.batchId === null ? (
            <p data-testid="import-nothing-written">{t('importWizard.import.nothingWritten')}</p>
          ) : (
            <ul className={`import-result-lines ${undone ? 'import-result-undone' : ''}`}>
              {lines.map((line) => (
                <li key={line.key} data-testid={`import-result-${line.key}`}>
                  {t(`importWizard.import.${line.key}`, { count: line.count })}
                </li>
              ))}
            </ul>
          )}
          {result.indexingAfter && !undone && (
            <p className="muted" data-testid="import-indexing-after">
              {t('importWizard.import.indexingAfter')}
            </p>
          )}
          {undone && (
            <ul className="import-result-lines" data-testid="import-undone">
              {undoLines.map((line) => (
                <li key={line.key} data-testid={`import-undone-${line.key}`}>
                  {t(`importWizard.undo.${line.key}`, { count: line.count })}
                </li>
              ))}
            </ul>
          )}
          <RefusalBanner entity={entity} step="import" />
          <div className="import-actions">
            <Button variant="primary" icon={<List size={15} />} onClick={() => navigate({ name: importListOf[entity] })} data-testid="import-open-list">
              {t(`importWizard.import.openList.${entity}`)}
            </Button>
            {entity !== 'company' && result.companiesCreated > 0 && !undone && (
              <Button icon={<Building2 size={15} />} onClick={() => navigate({ name: 'companies' })}>
                {t('importWizard.import.openCompanies')}
              </Button>
            )}
            <Button icon={<FilePlus2 size={15} />} disabled={busy} onClick={() => startNewImport(entity)} data-testid="import-another">
              {t('importWizard.import.another')}
            </Button>
            <span className="toolbar-spacer" />
            {result.batchId !== null && !undone && (
              <Button variant="ghost" className="btn-danger-text" icon={<Undo2 size={15} />} disabled={busy} onClick={() => setConfirming(true)} data-testid="import-undo">
                {t('importWizard.undo.action')}
              </Button>
            )}
          </div>
        </div>
      </section>
      {confirming && <UndoDialog fileName={inspection?.fileName ?? ''} busy={undoing} onConfirm={() => void confirmUndo()} onCancel={() => setConfirming(false)} />}
    </div>
  );
}
