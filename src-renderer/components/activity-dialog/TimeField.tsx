import { normalizeTime } from '../../lib/activity-timing-fields';
import { TextField } from '../Field';

type TimeFieldProps = { label: string; value: string; onChange: (value: string) => void; testId: string };

/** A time of day on the 24-hour clock ("14:30"), typed freely ("1430", "14h30") and tidied on leaving. */
export function TimeField({ label, value, onChange, testId }: TimeFieldProps) {
  return (
    <TextField
      label={label}
      value={value}
      onChange={onChange}
      onBlur={() => {
        const tidy = normalizeTime(value);
        if (tidy && tidy !== value) onChange(tidy);
      }}
      inputMode="numeric"
      placeholder="hh:mm"
      maxLength={5}
      autoComplete="off"
      data-testid={testId}
    />
  );
}
