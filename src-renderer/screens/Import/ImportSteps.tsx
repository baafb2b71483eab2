import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { goToImportStep } from '../../stores/import-actions';
import { importSteps, useImportWizardStore, type ImportSession, type ImportStep } from '../../stores/import-wizard-store';
import { useImportBusy } from './use-import-task';

/** The steps the user may move to once a file is read (the preview once made); none while the import runs or after it. */
function reachable(session: ImportSession, step: ImportStep): boolean {
  if (!session.inspection || session.step === 'import' || step === session.step || step === 'import') return false;
  return step === 'preview' ? session.preview !== null : true;
}

/** Where the user is among the five steps; earlier steps are one click away. */
export function ImportSteps({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const session = useImportWizardStore((state) => state.sessions[entity]);
  const busy = useImportBusy();
  const current = importSteps.indexOf(session.step);
  return (
    <nav aria-label={t('importWizard.steps.label')}>
      <ol className="import-steps" data-testid="import-steps">
        {importSteps.map((step, index) => {
          const label = t(`importWizard.steps.${step}`);
          const done = index < current;
          const content = (
            <>
              <span className="import-step-number" aria-hidden="true">
                {done ? <Check size={12} /> : index + 1}
              </span>
              <span>{label}</span>
            </>
          );
          return (
            <li key={step} className={`import-step ${step === session.step ? 'import-step-current' : ''} ${done ? 'import-step-done' : ''}`} aria-current={step === session.step ? 'step' : undefined}>
              {reachable(session, step) ? (
                <button type="button" className="import-step-button" disabled={busy} onClick={() => void goToImportStep(entity, step)}>
                  {content}
                </button>
              ) : (
                <span className="import-step-button">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
