import { FileUp, RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { goToImportStep, readImportFileAgain } from '../../stores/import-actions';
import { useImportWizardStore, type ImportStep } from '../../stores/import-wizard-store';
import { useImportBusy } from './use-import-task';

/** Why the last action on this step did not go through, and what to do; when the core forgot the file, read it again with every choice kept. */
export function RefusalBanner({ entity, step }: { entity: ImportEntity; step: ImportStep }) {
  const { t } = useTranslation();
  const refusal = useImportWizardStore((state) => state.sessions[entity].refusal);
  const hasFile = useImportWizardStore((state) => state.sessions[entity].file !== null);
  const busy = useImportBusy();
  if (!refusal || refusal.step !== step) return null;
  return (
    <div className="form-error import-refusal" role="alert" data-testid="import-refusal" data-kind={refusal.kind}>
      {refusal.kind === 'file' && <strong className="import-refusal-title">{t('importWizard.file.refusedTitle')}</strong>}
      <p>{refusal.message}</p>
      {refusal.kind === 'file' && <p>{t('importWizard.file.refusedHint')}</p>}
      {refusal.kind === 'session' && (
        <div className="import-refusal-actions">
          {hasFile ? (
            <Button size="sm" icon={<RefreshCw size={14} />} busy={busy} onClick={() => void readImportFileAgain(entity)} data-testid="import-read-again">
              {t('importWizard.readAgain')}
            </Button>
          ) : (
            <Button size="sm" icon={<FileUp size={14} />} onClick={() => void goToImportStep(entity, 'file')}>
              {t('importWizard.chooseAgain')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
