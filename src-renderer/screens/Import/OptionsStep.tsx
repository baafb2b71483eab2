import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { importMatchActions, type ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { goToImportStep, previewImport } from '../../stores/import-actions';
import { patchSession, useImportWizardStore, type ImportOptions } from '../../stores/import-wizard-store';
import { RefusalBanner } from './RefusalBanner';
import { useImportBusy, useImportTask } from './use-import-task';

/** Step 3: what to do with records already in the CRM, missing companies, and rows in error. */
export function OptionsStep({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const options = useImportWizardStore((state) => state.sessions[entity].options);
  const hasRecordIds = useImportWizardStore((state) => state.sessions[entity].inspection?.hasRecordIds === true);
  const previewing = useImportTask(entity, ['preview']).running;
  const busy = useImportBusy();
  const change = (patch: Partial<ImportOptions>) => patchSession(entity, { options: { ...options, ...patch } });

  return (
    <div className="import-step-body">
      <section className="card import-card" aria-labelledby="import-options-title">
        <header className="card-header">
          <h2 id="import-options-title">{t('importWizard.options.title')}</h2>
        </header>
        <div className="card-body import-options">
          <fieldset className="import-fieldset" disabled={busy}>
            <legend>{t('importWizard.options.matchTitle')}</legend>
            <p className="muted">{t(`importWizard.options.matchIntro.${entity}`)}</p>
            {hasRecordIds && <p className="import-note">{t('importWizard.options.recordIdsNote')}</p>}
            {importMatchActions.map((action) => (
              <label key={action} className="import-choice">
                <input type="radio" name={`import-on-match-${entity}`} value={action} checked={options.onMatch === action} onChange={() => change({ onMatch: action })} data-testid={`import-on-match-${action}`} />
                <span>
                  <span className="import-choice-label">{t(`imports.onMatch.${action}`)}</span>
                  <span className="faint import-choice-hint">{t(`importWizard.options.matchHint.${action}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {entity !== 'company' && (
            <fieldset className="import-fieldset" disabled={busy}>
              <legend>{t(entity === 'deal' ? 'importWizard.options.dealCompaniesTitle' : 'importWizard.options.companiesTitle')}</legend>
              <label className="import-choice">
                <input type="checkbox" checked={options.createMissingCompanies} onChange={(event) => change({ createMissingCompanies: event.target.checked })} data-testid="import-create-companies" />
                <span>
                  <span className="import-choice-label">{t('importWizard.options.createCompanies')}</span>
                  <span className="faint import-choice-hint">{t(entity === 'deal' ? 'importWizard.options.dealCreateCompaniesHint' : 'importWizard.options.createCompaniesHint')}</span>
                </span>
              </label>
            </fieldset>
          )}
          <fieldset className="import-fieldset" disabled={busy}>
            <legend>{t('importWizard.options.invalidTitle')}</legend>
            <label className="import-choice">
              <input type="checkbox" checked={options.skipInvalid} onChange={(event) => change({ skipInvalid: event.target.checked })} data-testid="import-skip-invalid" />
              <span>
                <span className="import-choice-label">{t('importWizard.options.skipInvalid')}</span>
                <span className="faint import-choice-hint">{t('importWizard.options.skipInvalidHint')}</span>
              </span>
            </label>
          </fieldset>
          <RefusalBanner entity={entity} step="options" />
          <div className="import-actions">
            <Button icon={<ArrowLeft size={15} />} disabled={busy} onClick={() => void goToImportStep(entity, 'mapping')}>
              {t('importWizard.back')}
            </Button>
            <Button variant="primary" icon={<ArrowRight size={15} />} busy={previewing} disabled={busy} onClick={() => void previewImport(entity)} data-testid="import-next">
              {t('importWizard.options.next')}
            </Button>
          </div>
        </div>
      </section>
    </div>
  );
}
