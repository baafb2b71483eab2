import { ArrowLeft } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { importListOf, routeHash } from '../../lib/routes';
import { loadRecentImports } from '../../stores/import-recent';
import { useImportWizardStore } from '../../stores/import-wizard-store';
import { FileStep } from './FileStep';
import { ImportSteps } from './ImportSteps';
import { MappingStep } from './MappingStep';
import { OptionsStep } from './OptionsStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { useImportTask } from './use-import-task';

/** Contacts, companies or deals from a CSV, Excel (or, for people and companies, vCard) file, in five steps: file, columns, options, preview, import. */
export function ImportScreen({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const step = useImportWizardStore((state) => state.sessions[entity].step);
  const title = t(`importWizard.title.${entity}`);
  // Reading, checking, the report and undo show here; the import itself on its own step.
  const task = useImportTask(entity, ['inspect', 'preview', 'report', 'undo']);

  useEffect(() => {
    void loadRecentImports();
  }, []);

  return (
    <section className="screen import-screen" aria-label={title} data-testid="import-screen">
      <nav className="detail-topbar" aria-label={t('detail.backToList')}>
        <a href={routeHash({ name: importListOf[entity] })} className="back-link" data-testid="import-back-to-list">
          <ArrowLeft size={14} aria-hidden="true" />
          {t(`importWizard.backToList.${entity}`)}
        </a>
      </nav>
      <header className="screen-header import-header">
        <div className="screen-title">
          <h1>{title}</h1>
        </div>
        <ImportSteps entity={entity} />
      </header>
      <div className="import-progress">
        <TaskProgressBar task={task} />
      </div>
      <div className="import-body">
        {step === 'file' && <FileStep entity={entity} />}
        {step === 'mapping' && <MappingStep entity={entity} />}
        {step === 'options' && <OptionsStep entity={entity} />}
        {step === 'preview' && <PreviewStep entity={entity} />}
        {step === 'import' && <ResultStep entity={entity} />}
      </div>
    </section>
  );
}
