import { ArrowLeft, ArrowRight, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '../../../src-shared/domain/imports';
import { Button } from '../../components/Button';
import { goToImportStep } from '../../stores/import-actions';
import { patchSession, useImportWizardStore } from '../../stores/import-wizard-store';
import { columnReference } from './column-label';
import { columnSamples, mappedCount, mappingConflicts, mappingProblem, withColumnField, type MappingProblem } from './import-mapping';
import { MappingRow } from './MappingRow';
import { RefusalBanner } from './RefusalBanner';
import { useImportBusy } from './use-import-task';

const nameRefusals = { contact: 'imports.refusal.mappingName', company: 'imports.refusal.mappingCompanyName', deal: 'imports.refusal.mappingDealTitle' } as const satisfies Record<ImportEntity, string>;

function problemKey(entity: ImportEntity, problem: MappingProblem) {
  if (problem === 'nothing') return 'importWizard.mapping.nothing' as const;
  if (problem === 'conflict') return 'importWizard.mapping.conflicts' as const;
  return nameRefusals[entity];
}

/** Step 2: each column of the file and the field it fills, the guess chosen first. */
export function MappingStep({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const inspection = useImportWizardStore((state) => state.sessions[entity].inspection);
  const mapping = useImportWizardStore((state) => state.sessions[entity].mapping);
  const busy = useImportBusy();
  if (!inspection) return null;

  const conflicts = mappingConflicts(entity, mapping);
  const problem = mappingProblem(entity, mapping);
  const duplicated = new Set(inspection.duplicatedColumns);
  const guessed = mapping.every((field, index) => field === inspection.suggestedMapping[index]);

  return (
    <div className="import-step-body">
      <section className="card import-card" aria-labelledby="import-mapping-title">
        <header className="card-header">
          <h2 id="import-mapping-title">{t('importWizard.mapping.title')}</h2>
          <div className="card-actions">
            <Button size="sm" variant="ghost" icon={<RotateCcw size={13} />} disabled={guessed || busy} onClick={() => patchSession(entity, { mapping: [...inspection.suggestedMapping] })}>
              {t('importWizard.mapping.resetGuess')}
            </Button>
          </div>
        </header>
        <div className="card-body">
          <p className="muted">{t('importWizard.mapping.intro')}</p>
          <RefusalBanner entity={entity} step="mapping" />
          <table className="import-table import-mapping" data-testid="import-mapping">
            <thead>
              <tr>
                <th scope="col">{t('importWizard.mapping.column')}</th>
                <th scope="col">{t('importWizard.mapping.samples')}</th>
                <th scope="col">{t('importWizard.mapping.field')}</th>
              </tr>
            </thead>
            <tbody>
              {inspection.headers.map((_, index) => (
                <MappingRow
                  key={index}
                  entity={entity}
                  index={index}
                  headers={inspection.headers}
                  label={columnReference(t, inspection.headers, index)}
                  samples={columnSamples(inspection, index)}
                  duplicated={duplicated.has(index)}
                  mapping={mapping}
                  suggested={inspection.suggestedMapping[index] ?? null}
                  conflictsWith={conflicts.get(index)}
                  disabled={busy}
                  onChange={(field) => patchSession(entity, { mapping: withColumnField(mapping, index, field) })}
                />
              ))}
            </tbody>
          </table>
          <div className="import-footer">
            <span className="muted" data-testid="import-mapping-summary">
              {t('importWizard.mapping.summary', { mapped: mappedCount(mapping), total: mapping.length })}
            </span>
            {problem && (
              <span className="field-error" role="status" data-testid="import-mapping-problem">
                {t(problemKey(entity, problem))}
              </span>
            )}
          </div>
          <div className="import-actions">
            <Button icon={<ArrowLeft size={15} />} disabled={busy} onClick={() => void goToImportStep(entity, 'file')}>
              {t('importWizard.back')}
            </Button>
            <Button variant="primary" icon={<ArrowRight size={15} />} disabled={busy || problem !== null} onClick={() => void goToImportStep(entity, 'options')} data-testid="import-next">
              {t('importWizard.mapping.next')}
            </Button>
          </div>
        </div>
      </section>
    </div>
  );
}
