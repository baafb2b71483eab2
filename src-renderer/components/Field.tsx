import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

type FieldFrameProps = {
  id: string;
  label: string;
  error?: string | null;
  hint?: string | null;
  required?: boolean;
  className?: string;
  /** Form path ("emails.0.address"): where a validation error is anchored. */
  path?: string;
  /** The label is still there for screen readers, but not drawn (repeated rows). */
  labelHidden?: boolean;
  children: ReactNode;
};

export function describedBy(id: string, error?: string | null, hint?: string | null): string | undefined {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Under a field: its error, else its hint (ids match `describedBy`). */
export function FieldMessage({ id, error, hint }: { id: string; error?: string | null; hint?: string | null }) {
  if (error) {
    return (
      <div id={`${id}-error`} className="field-error" role="alert" data-testid="field-error">
        {error}
      </div>
    );
  }
  return hint ? (
    <div id={`${id}-hint`} className="field-hint">
      {hint}
    </div>
  ) : null;
}

/** Label, control, then the field's error (or hint) under it. */
export function FieldFrame({ id, label, error, hint, required, className, path, labelHidden, children }: FieldFrameProps) {
  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')} data-field={path}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
        {required && <span className="field-required" aria-hidden="true"> *</span>}
      </label>
      {children}
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string | null;
  path?: string;
  fieldClassName?: string;
  labelHidden?: boolean;
};

export function TextField({ label, value, onChange, error, hint, path, fieldClassName, labelHidden, required, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required} className={fieldClassName} path={path} labelHidden={labelHidden}>
      <input
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required || undefined}
        {...input}
      />
    </FieldFrame>
  );
}

type TextAreaFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string | null;
  rows?: number;
  path?: string;
  fieldClassName?: string;
  maxLength?: number;
};

export function TextAreaField({ label, value, onChange, error, hint, rows = 4, path, fieldClassName, maxLength }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={fieldClassName} path={path}>
      <textarea
        id={id}
        className="input textarea"
        rows={rows}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </FieldFrame>
  );
}

export type Option<V extends string> = { value: V; label: string };

type SelectFieldProps<V extends string> = {
  label: string;
  value: V | '';
  options: readonly Option<V>[];
  onChange: (value: V | '') => void;
  /** When given, an empty choice with this label comes first. */
  emptyLabel?: string;
  error?: string | null;
  hint?: string | null;
  path?: string;
  fieldClassName?: string;
  labelHidden?: boolean;
};

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { label, value, options, onChange, emptyLabel, error, hint, path, fieldClassName, labelHidden } = props;
  const id = useId();
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={fieldClassName} path={path} labelHidden={labelHidden}>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value as V | '')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type SegmentedFieldProps<V extends string> = {
  label: string;
  value: V;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  path?: string;
};

/** A small radio group drawn as a segmented control (consents: unknown / granted / refused). */
export function SegmentedField<V extends string>({ label, value, options, onChange, path }: SegmentedFieldProps<V>) {
  const name = useId();
  return (
    <fieldset className="field segmented-field" data-field={path}>
      <legend className="field-label">{label}</legend>
      <div className="segmented" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <label key={option.value} className={`segment ${option.value === value ? 'segment-on' : ''} segment-${option.value}`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type CheckboxProps = { label: string; checked: boolean; onChange: (checked: boolean) => void; className?: string };

export function Checkbox({ label, checked, onChange, className }: CheckboxProps) {
  return (
    <label className={['checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
