import { FileSpreadsheet } from 'lucide-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importLimits, type ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { chooseImportFile } from '../../stores/import-actions';
import { useImportWizardStore } from '../../stores/import-wizard-store';
import { FileFindings } from './FileFindings';
import { RecentImports } from './RecentImports';
import { RefusalBanner } from './RefusalBanner';
import { useImportBusy, useImportTask } from './use-import-task';

const ACCEPTED = '.csv,.tsv,.txt,.xlsx,.vcf,.vcard,text/csv,text/vcard,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Deals come from spreadsheets only (an address book holds no deals). */
const ACCEPTED_SPREADSHEETS = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MB = 1024 * 1024;

/** Step 1: the file, picked or dropped; what the core found in it; and the recent imports (to undo one). */
export function FileStep({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const uploading = useImportWizardStore((state) => state.sessions[entity].uploading);
  const inspection = useImportWizardStore((state) => state.sessions[entity].inspection);
  const reading = useImportTask(entity, ['inspect']).running;
  const busy = useImportBusy();

  const take = (file: File | undefined) => {
    if (file && !busy && !uploading) void chooseImportFile(entity, file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  };

  return (
    <div className="import-step-body">
      <section className="card import-card" aria-labelledby="import-file-title">
        <header className="card-header">
          <h2 id="import-file-title">{t('importWizard.file.title')}</h2>
        </header>
        <div className="card-body">
          <p className="muted">{t(entity === 'deal' ? 'importWizard.file.introDeal' : 'importWizard.file.intro')}</p>
          <div
            className={`import-drop ${dragging ? 'import-drop-over' : ''}`}
            data-testid="import-drop"
            onDragOver={(event) => {
              event.preventDefault();
              event.dataTransfer.dropEffect = 'copy';
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <FileSpreadsheet size={28} aria-hidden="true" className="faint" />
            <span>{t('importWizard.file.drop')}</span>
            <span className="faint">{t('importWizard.file.or')}</span>
            <input
              ref={input}
              type="file"
              accept={entity === 'deal' ? ACCEPTED_SPREADSHEETS : ACCEPTED}
              className="visually-hidden"
              tabIndex={-1}
              aria-label={t('importWizard.file.inputLabel')}
              data-testid="import-file-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                take(file);
              }}
            />
            <Button variant={inspection ? 'secondary' : 'primary'} busy={uploading} disabled={busy} onClick={() => input.current?.click()} data-testid="import-choose-file">
              {uploading ? t('importWizard.file.uploading') : t(inspection ? 'importWizard.file.chooseOther' : 'importWizard.file.choose')}
            </Button>
            <span className="faint small">{t('importWizard.file.limits', { size: importLimits.maxTextBytes / MB, rows: importLimits.maxRows })}</span>
          </div>
          <RefusalBanner entity={entity} step="file" />
        </div>
      </section>
      {inspection && !reading && <FileFindings entity={entity} inspection={inspection} />}
      <RecentImports entity={entity} />
    </div>
  );
}
