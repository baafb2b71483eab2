import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetMetric } from '../../../src-shared/domain/targets';
import { attainment } from '../../../src-shared/domain/targets';
import { useLanguage } from '../../i18n/use-language';
import { formatPercent } from '../Dashboard/figures';
import { exampleOf, formatFigure, parseTarget, targetInputText } from './target-values';

type TargetCellProps = {
  label: string;
  metric: TargetMetric;
  currency: string;
  target: number | null;
  actual: number;
  editable: boolean;
  onSave: (value: number | null) => Promise<boolean>;
  testId: string;
};

/** The attainment beside a target, coloured once reached. */
function Attainment({ actual, target, metric, currency }: { actual: number; target: number | null; metric: TargetMetric; currency: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ratio = attainment(actual, target);
  if (actual === 0 && target === null) return null;
  return (
    <span className="target-actual small">
      <span className="faint">{t('targets.actual', { value: formatFigure(language, actual, metric, currency) })}</span>
      {ratio !== null && <span className={`target-ratio ${ratio >= 1 ? 'target-reached' : ''}`}>{formatPercent(language, ratio)}</span>}
    </span>
  );
}

/** One salesperson's (or team's) target for a period: typed in place by managers, read by others, with what was reached. */
export function TargetCell({ label, metric, currency, target, actual, editable, onSave, testId }: TargetCellProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = target === null ? '' : targetInputText(language, target, metric, currency);
  // What is being typed; null while the cell is not being edited (it then shows the saved target).
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const text = draft ?? shown;

  const commit = async () => {
    if (draft === null) return;
    const value = parseTarget(draft, metric, currency);
    if (value === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (value !== target) await onSave(value);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setDraft(null);
      setInvalid(false);
    }
  };
  return (
    <td className="target-cell" data-testid={testId}>
      {editable ? (
        <input
          className="input input-sm target-input"
          inputMode={metric === 'won_amount' ? 'decimal' : 'numeric'}
          value={text}
          aria-label={label}
          aria-invalid={invalid || undefined}
          title={invalid ? t('targets.invalid', { example: exampleOf(language, metric, currency) }) : label}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={onKeyDown}
          data-testid={`${testId}-input`}
        />
      ) : (
        <span className="target-value" aria-label={label}>
          {target === null ? '—' : formatFigure(language, target, metric, currency)}
        </span>
      )}
      {invalid && (
        <span className="form-error small" role="alert">
          {t('targets.invalid', { example: exampleOf(language, metric, currency) })}
        </span>
      )}
      <Attainment actual={actual} target={target} metric={metric} currency={currency} />
    </td>
  );
}

/** A row's year total: its targets added up against what was reached. */
export function TotalCell({ metric, currency, target, actual, testId }: { metric: TargetMetric; currency: string; target: number | null; actual: number; testId: string }) {
  const language = useLanguage();
  return (
    <td className="target-cell target-total" data-testid={testId}>
      <span className="target-value">{target === null ? '—' : formatFigure(language, target, metric, currency)}</span>
      <Attainment actual={actual} target={target} metric={metric} currency={currency} />
    </td>
  );
}
