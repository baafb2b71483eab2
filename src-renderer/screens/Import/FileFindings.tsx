import { ArrowRight, Copy, RefreshCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, ImportInspection } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { Fact, Facts } from '../../components/detail/Card';
import { goToImportStep } from '../../stores/import-actions';
import { columnLabel } from './column-label';
import { useImportBusy } from './use-import-task';

/** What the core found in the file: its format and how it was read, its rows and columns, and what to watch for. */
export function FileFindings({ entity, inspection }: { entity: ImportEntity; inspection: ImportInspection }) {
  const { t } = useTranslation();
  const busy = useImportBusy();
  const duplicated = [...new Set(inspection.duplicatedColumns.map((index) => columnLabel(t, inspection.headers, index)))];
  return (
    <section className="card import-card" aria-labelledby="import-found-title" data-testid="import-findings">
      <header className="card-header">
        <h2 id="import-found-title">{t('importWizard.file.found')}</h2>
      </header>
      <div className="card-body">
        <Facts>
          <Fact label={t('importWizard.file.fileName')}>
            <span data-testid="import-file-name">{inspection.fileName}</span>
          </Fact>
          <Fact label={t('importWizard.file.format')}>
            <span data-testid="import-format">{t(`imports.format.${inspection.format}`)}</span>
          </Fact>
          {inspection.encoding && (
            <Fact label={t('importWizard.file.encoding')}>
              <span data-testid="import-encoding">{t(`imports.encoding.${inspection.encoding}`)}</span>
            </Fact>
          )}
          {inspection.separator && (
            <Fact label={t('importWizard.file.separator')}>
              <span data-testid="import-separator">
                {t(`imports.separator.${inspection.separator}`)} <code className="import-separator">{inspection.separator === '\t' ? '⇥' : inspection.separator}</code>
              </span>
            </Fact>
          )}
          {inspection.sheetName !== null && (
            <Fact label={t('importWizard.file.sheet')}>
              <span title={t('importWizard.file.sheetHint')}>{inspection.sheetName}</span>
            </Fact>
          )}
          <Fact label={t('importWizard.file.rows')}>
            <span data-testid="import-row-count">{t('importWizard.file.rowsValue', { count: inspection.rowCount })}</span>
          </Fact>
          <Fact label={t('importWizard.file.columns')}>{t('importWizard.file.columnsValue', { count: inspection.headers.length })}</Fact>
        </Facts>
        {duplicated.length > 0 && (
          <p className="import-note import-note-warning" data-testid="import-duplicated-columns">
            <Copy size={14} aria-hidden="true" />
            <span>{t('importWizard.file.duplicated', { columns: duplicated.map((name) => t('importWizard.quoted', { name })).join(', ') })}</span>
          </p>
        )}
        {inspection.hasRecordIds && (
          <p className="import-note" data-testid="import-record-ids">
            <RefreshCcw size={14} aria-hidden="true" />
            <span>{t('importWizard.file.recordIds')}</span>
          </p>
        )}
        <div className="import-actions">
          <Button variant="primary" icon={<ArrowRight size={15} />} disabled={busy} onClick={() => void goToImportStep(entity, 'mapping')} data-testid="import-next">
            {t('importWizard.file.next')}
          </Button>
        </div>
      </div>
    </section>
  );
}
