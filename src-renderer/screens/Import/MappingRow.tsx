import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, ImportFieldKey, ImportMapping } from '../../../src-shared/domain/imports';
import { columnReference } from './column-label';
import { fieldsOf, otherColumnsWith } from './import-mapping';

type MappingRowProps = {
  entity: ImportEntity;
  index: number;
  headers: readonly string[];
  label: string;
  samples: readonly string[];
  duplicated: boolean;
  mapping: ImportMapping;
  suggested: ImportFieldKey | null;
  conflictsWith: readonly number[] | undefined;
  disabled: boolean;
  onChange: (field: ImportFieldKey | null) => void;
};

const quoteList = (t: TFunction, names: readonly string[]): string => names.map((name) => t('importWizard.quoted', { name })).join(', ');

/** One column of the file: its name, a few of its values, and the field it fills (or "Do not import"). */
export function MappingRow(props: MappingRowProps) {
  const { entity, index, headers, label, samples, duplicated, mapping, suggested, conflictsWith, disabled, onChange } = props;
  const { t } = useTranslation();
  const field = mapping[index] ?? null;
  const id = `import-field-${index}`;
  const nameOf = (position: number) => columnReference(t, headers, position);
  const alsoFilling = field ? otherColumnsWith(mapping, field, index) : [];
  const repeatable = field ? fieldsOf(entity).find((candidate) => candidate.key === field)?.repeatable === true : false;
  const hintId = `${id}-hint`;
  const hint =
    conflictsWith && conflictsWith.length > 0
      ? { error: true, text: t('importWizard.mapping.conflict', { columns: conflictsWith.map(nameOf).join(', ') }) }
      : field === 'recordId'
        ? { error: false, text: t('importWizard.mapping.recordId') }
        : repeatable && alsoFilling.length > 0
          ? { error: false, text: t('importWizard.mapping.adds', { columns: alsoFilling.map(nameOf).join(', ') }) }
          : null;

  return (
    <tr className={`import-mapping-row ${field === null ? 'import-mapping-skipped' : ''} ${hint?.error ? 'import-mapping-conflict' : ''}`} data-testid="import-mapping-row" data-column={label}>
      <th scope="row" className="import-cell-wrap">
        <span className="import-column-name">{label}</span>
        {duplicated && (
          <span className="badge import-badge import-badge-warning" title={t('importWizard.mapping.duplicatedHint')}>
            {t('importWizard.mapping.duplicated')}
          </span>
        )}
      </th>
      <td className="import-samples">
        {samples.length === 0 ? (
          <span className="faint">{t('importWizard.mapping.noSample')}</span>
        ) : (
          <span title={samples.join('\n')}>{quoteList(t, samples)}</span>
        )}
      </td>
      <td>
        <label htmlFor={id} className="visually-hidden">
          {t('importWizard.mapping.fieldFor', { column: label })}
        </label>
        <div className="import-field-choice">
          <select
            id={id}
            className="input select import-field-select"
            value={field ?? ''}
            disabled={disabled}
            aria-invalid={hint?.error || undefined}
            aria-describedby={hint ? hintId : undefined}
            onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as ImportFieldKey))}
            data-testid="import-field-select"
          >
            <option value="">{t('importWizard.mapping.skip')}</option>
            {fieldsOf(entity).map((candidate) => {
              const takenBy = candidate.key === field ? [] : otherColumnsWith(mapping, candidate.key, index);
              const name = t(`imports.field.${candidate.key}`);
              return (
                <option key={candidate.key} value={candidate.key}>
                  {takenBy.length > 0 ? t('importWizard.mapping.taken', { field: name, column: takenBy.map(nameOf).join(', ') }) : name}
                </option>
              );
            })}
          </select>
          {field !== null && field === suggested && <span className="badge import-badge">{t('importWizard.mapping.guessed')}</span>}
          {field !== suggested && <span className="badge badge-accent import-badge">{t('importWizard.mapping.changed')}</span>}
        </div>
        {hint && (
          <div id={hintId} className={hint.error ? 'field-error' : 'field-hint'}>
            {hint.text}
          </div>
        )}
      </td>
    </tr>
  );
}
