import { ArrowLeft, Columns3, FileDown, Upload } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { goToImportStep, runImport, saveImportReport } from '../../stores/import-actions';
import { patchSession, useImportWizardStore } from '../../stores/import-wizard-store';
import { ChangesList } from './ChangesList';
import { IssuesTable } from './IssuesTable';
import { PreviewCounts } from './PreviewCounts';
import { RefusalBanner } from './RefusalBanner';
import { useImportBusy, useImportTask } from './use-import-task';

function PreviewCard({ title, count, children, testId }: { title: string; count?: number; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="card import-card" aria-labelledby={id} data-testid={testId}>
      <header className="card-header">
        <h2 id={id}>
          {title}
          {count !== undefined && count > 0 && <span className="card-count">{count}</span>}
        </h2>
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

/** Step 4: every row checked, nothing written: the counts, the problems, the changes an update makes, the companies to create. */
export function PreviewStep({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const preview = useImportWizardStore((state) => state.sessions[entity].preview);
  const options = useImportWizardStore((state) => state.sessions[entity].options);
  const busy = useImportBusy();
  const saving = useImportTask(entity, ['report']).running;
  if (!preview) return null;

  const { counts } = preview;
  const toWrite = counts.create + counts.update;
  const blocked = counts.invalid > 0 && !options.skipInvalid;

  return (
    <div className="import-step-body">
      <PreviewCard title={t('importWizard.preview.title')} testId="import-preview">
        <PreviewCounts counts={counts} />
        {preview.warningRowCount > 0 && <p className="import-note import-note-warning">{t('importWizard.preview.warningRows', { count: preview.warningRowCount })}</p>}
        <RefusalBanner entity={entity} step="preview" />
        {counts.invalid > 0 && (
          <label className="import-choice import-choice-boxed">
            <input type="checkbox" checked={options.skipInvalid} disabled={busy} onChange={(event) => patchSession(entity, { options: { ...options, skipInvalid: event.target.checked } })} data-testid="import-preview-skip-invalid" />
            <span>
              <span className="import-choice-label">{t('importWizard.preview.skipInvalid', { count: counts.invalid })}</span>
              <span className="faint import-choice-hint">{t('importWizard.options.skipInvalidHint')}</span>
            </span>
          </label>
        )}
        {blocked && (
          <p className="field-error" data-testid="import-invalid-block">
            {t('imports.refusal.invalidRows', { count: counts.invalid })}
          </p>
        )}
        {toWrite === 0 && <p className="import-note">{t('importWizard.preview.nothingToImport')}</p>}
        <div className="import-actions">
          <Button icon={<ArrowLeft size={15} />} disabled={busy} onClick={() => void goToImportStep(entity, 'options')}>
            {t('importWizard.preview.editOptions')}
          </Button>
          <Button icon={<Columns3 size={15} />} disabled={busy} onClick={() => void goToImportStep(entity, 'mapping')} data-testid="import-edit-mapping">
            {t('importWizard.preview.editMapping')}
          </Button>
          <Button icon={<FileDown size={15} />} busy={saving} disabled={busy} onClick={() => void saveImportReport(entity)} data-testid="import-save-report">
            {t('importWizard.preview.saveReport')}
          </Button>
          <span className="toolbar-spacer" />
          <Button variant="primary" icon={<Upload size={15} />} disabled={busy || blocked || toWrite === 0} onClick={() => void runImport(entity)} data-testid="import-run">
            {t('importWizard.preview.run', { count: toWrite })}
          </Button>
        </div>
      </PreviewCard>

      {preview.companiesToCreate.length > 0 && (
        <PreviewCard title={t('importWizard.preview.companiesTitle')} count={preview.companiesToCreateCount} testId="import-companies-to-create">
          <ul className="import-company-list">
            {preview.companiesToCreate.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          {preview.companiesToCreateCount > preview.companiesToCreate.length && (
            <p className="faint">{t('importWizard.preview.moreCompanies', { count: preview.companiesToCreateCount - preview.companiesToCreate.length })}</p>
          )}
        </PreviewCard>
      )}

      <PreviewCard title={t('importWizard.preview.issuesTitle')} count={preview.issueCount}>
        {preview.issueCount === 0 ? <p className="faint">{t('imports.report.noIssue')}</p> : <IssuesTable entity={entity} issues={preview.issues} total={preview.issueCount} />}
      </PreviewCard>

      {preview.changes.length > 0 && (
        <PreviewCard title={t('importWizard.preview.changesTitle')} count={preview.changeCount}>
          <ChangesList entity={entity} changes={preview.changes} total={preview.changeCount} />
        </PreviewCard>
      )}
    </div>
  );
}
