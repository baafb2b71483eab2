import { Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchItem, ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { RelativeTime } from '../../components/RelativeTime';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime } from '../../lib/format';
import { undoImport } from '../../stores/import-actions';
import { useImportWizardStore } from '../../stores/import-wizard-store';
import { UndoDialog } from './UndoDialog';
import { useImportBusy } from './use-import-task';

/** The imports made on this PC, newest first: what each did, and Undo for those not undone yet. */
export function RecentImports({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const recent = useImportWizardStore((state) => state.recent);
  const failed = useImportWizardStore((state) => state.recentFailed);
  const undoing = useImportWizardStore((state) => state.task?.action === 'undo');
  const busy = useImportBusy();
  const [confirming, setConfirming] = useState<ImportBatchItem | null>(null);

  const confirm = async (item: ImportBatchItem) => {
    await undoImport(item.entity, item.batchId);
    setConfirming(null);
  };

  return (
    <section className="card import-card" aria-labelledby="import-recent-title" data-testid="import-recent">
      <header className="card-header">
        <h2 id="import-recent-title">{t('importWizard.recent.title')}</h2>
      </header>
      <div className="card-body">
        {recent === null ? (
          <p className="muted">{failed ? t('importWizard.recent.failed') : t('common.loading')}</p>
        ) : recent.length === 0 ? (
          <p className="faint">{t('importWizard.recent.empty')}</p>
        ) : (
          <table className="import-table import-recent">
            <thead>
              <tr>
                <th scope="col">{t('importWizard.recent.date')}</th>
                <th scope="col">{t('importWizard.recent.file')}</th>
                <th scope="col">{t('importWizard.recent.what')}</th>
                <th scope="col">{t('importWizard.recent.result')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('importWizard.recent.undo')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.map((item) => (
                <tr key={item.batchId} data-testid="import-recent-row" className={item.entity === entity ? undefined : 'import-row-other'}>
                  <td className="nowrap">
                    {formatDateTime(lang, item.createdAt)}
                    <div className="faint small">
                      <RelativeTime iso={item.createdAt} />
                    </div>
                  </td>
                  <td className="import-cell-wrap">
                    {item.fileName}
                    <div className="faint small">{t(`imports.format.${item.format}`)}</div>
                  </td>
                  <td>{t(`imports.entity.${item.entity}`)}</td>
                  <td>
                    {t('importWizard.recent.summary', { created: item.created, updated: item.updated, skipped: item.skipped })}
                    {item.companiesCreated > 0 && <div className="faint small">{t('importWizard.recent.companies', { count: item.companiesCreated })}</div>}
                  </td>
                  <td className="num">
                    {item.undoneAt ? (
                      <span className="faint" data-testid="import-recent-undone">
                        {t('importWizard.recent.undone', { date: formatDateTime(lang, item.undoneAt) })}
                      </span>
                    ) : (
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<Undo2 size={13} />}
                        disabled={busy}
                        title={t('importWizard.recent.undoLabel', { file: item.fileName, date: formatDateTime(lang, item.createdAt) })}
                        onClick={() => setConfirming(item)}
                        data-testid="import-recent-undo"
                      >
                        {t('importWizard.recent.undo')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {confirming && <UndoDialog fileName={confirming.fileName} busy={undoing} onConfirm={() => void confirm(confirming)} onCancel={() => setConfirming(null)} />}
    </section>
  );
}
