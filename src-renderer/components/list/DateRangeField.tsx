import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../src-shared/domain/list-query/list-filters';

type DateRangeFieldProps = { label: string; value: DayRange; onChange: (value: DayRange) => void };

/** Two calendar days, either may be empty (open range). */
export function DateRangeField({ label, value, onChange }: DateRangeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="field date-range">
      <legend className="field-label">{label}</legend>
      <div className="date-range-inputs">
        <label htmlFor={`${id}-from`} className="date-range-word">
          {t('common.from')}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          className="input"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => onChange({ ...value, from: event.target.value })}
        />
        <label htmlFor={`${id}-to`} className="date-range-word">
          {t('common.to')}
        </label>
        <input
          id={`${id}-to`}
          type="date"
          className="input"
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => onChange({ ...value, to: event.target.value })}
        />
      </div>
    </fieldset>
  );
}
