import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../src-shared/domain/money';
import { optionSets, type FieldSpec } from '../../../src-shared/domain/segments/catalogue';
import type { ValueKind } from '../../../src-shared/domain/segments/operators';
import { relativeDateUnits, type ConditionValue, type MoneyValue, type RelativeDateUnit } from '../../../src-shared/domain/segments/types';
import { useLanguage } from '../../i18n/use-language';
import { optionLabel } from './catalogue-text';
import { IdsPicker } from './IdsPicker';
import { sameNumber, useValueText } from './use-value-text';
import { moneyText, numberText, parseMoneyText, parseNumberText } from './value-text';

type ValueEditorProps = {
  field: FieldSpec;
  kind: ValueKind;
  value: ConditionValue | undefined;
  /** The field's name, to label the inputs ("Montant : valeur"). */
  label: string;
  invalid: boolean;
  onChange: (value: ConditionValue) => void;
};

type InputProps = { label: string; invalid: boolean };

function NumberInput({ value, onChange, label, invalid }: InputProps & { value: number; onChange: (value: number) => void }) {
  const lang = useLanguage();
  const [text, setText] = useValueText(value, (number) => numberText(lang, number), parseNumberText, sameNumber);
  return (
    <input
      className="input input-sm segment-number"
      inputMode="decimal"
      value={text}
      aria-label={label}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseNumberText(event.target.value));
      }}
    />
  );
}

function AmountInput({ value, currency, onChange, label, invalid }: InputProps & { value: number; currency: string; onChange: (value: number) => void }) {
  const lang = useLanguage();
  const [text, setText] = useValueText(value, (minor) => moneyText(lang, minor, currency), (typed) => parseMoneyText(typed, currency), sameNumber);
  return (
    <input
      className="input input-sm segment-number"
      inputMode="decimal"
      value={text}
      aria-label={label}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseMoneyText(event.target.value, currency));
      }}
    />
  );
}

function CurrencySelect({ value, onChange, label }: { value: string; onChange: (currency: string) => void; label: string }) {
  return (
    <select className="input select input-sm segment-currency" value={value} aria-label={label} onChange={(event) => onChange(event.target.value)}>
      {currencyCodes.map((code) => (
        <option key={code} value={code}>
          {code}
        </option>
      ))}
    </select>
  );
}

function DayInput({ value, onChange, label, invalid }: InputProps & { value: string; onChange: (day: string) => void }) {
  return <input type="date" className="input input-sm" value={value} aria-label={label} aria-invalid={invalid || undefined} onChange={(event) => onChange(event.target.value)} />;
}

function OptionsEditor({ field, value, onChange, label }: { field: FieldSpec; value: string[]; onChange: (value: string[]) => void; label: string }) {
  const { t } = useTranslation();
  const options: readonly string[] = field.options ? optionSets[field.options] : [];
  const set = field.options;
  return (
    <fieldset className="segment-options">
      <legend className="visually-hidden">{label}</legend>
      {options.map((option) => (
        <label key={option} className={`segment-option ${value.includes(option) ? 'segment-option-on' : ''}`}>
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(event) => onChange(event.target.checked ? [...value, option] : value.filter((other) => other !== option))}
          />
          <span>{set ? optionLabel(t, set, option) : option}</span>
        </label>
      ))}
    </fieldset>
  );
}

const asNumber = (value: unknown, fallback = 0): number => (typeof value === 'number' ? value : fallback);
const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const asObject = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The value of a condition, edited as its operator wants it: a text, a number, an amount and its currency, a date, "30 days", options, people… */
export function ValueEditor({ field, kind, value, label, invalid, onChange }: ValueEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const object = asObject(value);
  const inputLabel = t('segmentBuilder.value.label', { field: label });
  switch (kind) {
    case 'none':
      return null;
    case 'text':
      return (
        <input
          className="input input-sm segment-text"
          value={asString(value)}
          maxLength={200}
          aria-label={inputLabel}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'number':
      return <NumberInput value={asNumber(value)} onChange={onChange} label={inputLabel} invalid={invalid} />;
    case 'numberRange': {
      const from = asNumber(object.from);
      const to = asNumber(object.to);
      return (
        <span className="segment-range">
          <NumberInput value={from} onChange={(next) => onChange({ from: next, to })} label={t('segmentBuilder.value.from', { field: label })} invalid={invalid} />
          <span aria-hidden="true">{t('segmentBuilder.value.and')}</span>
          <NumberInput value={to} onChange={(next) => onChange({ from, to: next })} label={t('segmentBuilder.value.to', { field: label })} invalid={invalid} />
        </span>
      );
    }
    case 'money': {
      const money: MoneyValue = { amountMinor: asNumber(object.amountMinor), currency: asString(object.currency) || 'EUR' };
      return (
        <span className="segment-range">
          <AmountInput value={money.amountMinor} currency={money.currency} onChange={(amountMinor) => onChange({ ...money, amountMinor })} label={inputLabel} invalid={invalid} />
          <CurrencySelect value={money.currency} onChange={(currency) => onChange({ ...money, currency })} label={t('segmentBuilder.value.currency')} />
        </span>
      );
    }
    case 'moneyRange': {
      const range = { fromMinor: asNumber(object.fromMinor), toMinor: asNumber(object.toMinor), currency: asString(object.currency) || 'EUR' };
      return (
        <span className="segment-range">
          <AmountInput value={range.fromMinor} currency={range.currency} onChange={(fromMinor) => onChange({ ...range, fromMinor })} label={t('segmentBuilder.value.from', { field: label })} invalid={invalid} />
          <span aria-hidden="true">{t('segmentBuilder.value.and')}</span>
          <AmountInput value={range.toMinor} currency={range.currency} onChange={(toMinor) => onChange({ ...range, toMinor })} label={t('segmentBuilder.value.to', { field: label })} invalid={invalid} />
          <CurrencySelect value={range.currency} onChange={(currency) => onChange({ ...range, currency })} label={t('segmentBuilder.value.currency')} />
        </span>
      );
    }
    case 'day':
      return <DayInput value={asString(value)} onChange={onChange} label={inputLabel} invalid={invalid} />;
    case 'dayRange': {
      const range = { fromDay: asString(object.fromDay), toDay: asString(object.toDay) };
      return (
        <span className="segment-range">
          <DayInput value={range.fromDay} onChange={(fromDay) => onChange({ ...range, fromDay })} label={t('segmentBuilder.value.from', { field: label })} invalid={invalid} />
          <span aria-hidden="true">{t('segmentBuilder.value.and')}</span>
          <DayInput value={range.toDay} onChange={(toDay) => onChange({ ...range, toDay })} label={t('segmentBuilder.value.to', { field: label })} invalid={invalid} />
        </span>
      );
    }
    case 'relative': {
      const amount = asNumber(object.amount, 30);
      const unit = relativeDateUnits.find((candidate) => candidate === object.unit) ?? 'day';
      return (
        <span className="segment-range">
          <NumberInput value={amount} onChange={(next) => onChange({ amount: next, unit })} label={t('segmentBuilder.value.amount', { field: label })} invalid={invalid} />
          <select
            id={id}
            className="input select input-sm"
            value={unit}
            aria-label={t('segmentBuilder.value.unit')}
            onChange={(event) => onChange({ amount, unit: event.target.value as RelativeDateUnit })}
          >
            {relativeDateUnits.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`segments.unitNames.${candidate}`)}
              </option>
            ))}
          </select>
        </span>
      );
    }
    case 'options':
      return <OptionsEditor field={field} value={asList(value)} onChange={onChange} label={inputLabel} />;
    case 'ids':
      return <IdsPicker type={field.type} value={asList(value)} onChange={onChange} label={inputLabel} invalid={invalid} />;
  }
}
