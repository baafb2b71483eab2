import { Bell } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAX_REMINDERS } from '../../../src-shared/domain/activities';
import { FieldMessage } from '../Field';

/** The usual choices, in minutes before: at the start, 5, 15, 30 minutes, an hour, a day. */
export const reminderChoices = [0, 5, 15, 30, 60, 1440] as const;

/** "15 minutes avant", "1 heure avant", "1 jour avant"; 0 is "at the start" (or "when due"). */
export function reminderLabel(t: TFunction, minutes: number, due = false): string {
  if (minutes === 0) return t(due ? 'agenda.activity.reminders.atDue' : 'agenda.activity.reminders.atStart');
  if (minutes % 1440 === 0) return t('agenda.activity.reminders.daysBefore', { count: minutes / 1440 });
  if (minutes % 60 === 0) return t('agenda.activity.reminders.hoursBefore', { count: minutes / 60 });
  return t('agenda.activity.reminders.minutesBefore', { count: minutes });
}

type RemindersFieldProps = { reminders: number[]; onChange: (reminders: number[]) => void; due: boolean; error?: string | null };

/** Reminders to ring before the activity: several may be chosen; others it came with stay offered. */
export function RemindersField({ reminders, onChange, due, error }: RemindersFieldProps) {
  const { t } = useTranslation();
  const choices = [...new Set<number>([...reminderChoices, ...reminders])].sort((a, b) => a - b);
  const full = reminders.length >= MAX_REMINDERS;
  const toggle = (minutes: number) => onChange(reminders.includes(minutes) ? reminders.filter((value) => value !== minutes) : [...reminders, minutes].sort((a, b) => a - b));
  return (
    <fieldset className="field reminders-field" data-field="reminders">
      <legend className="field-label">{t('agenda.activity.reminders.label')}</legend>
      <div className="reminder-choices">
        {choices.map((minutes) => {
          const on = reminders.includes(minutes);
          return (
            <button
              key={minutes}
              type="button"
              className={`reminder-choice ${on ? 'reminder-choice-on' : ''}`}
              aria-pressed={on}
              disabled={!on && full}
              onClick={() => toggle(minutes)}
              data-testid={`reminder-${minutes}`}
            >
              {on && <Bell size={12} aria-hidden="true" />}
              {reminderLabel(t, minutes, due)}
            </button>
          );
        })}
      </div>
      <FieldMessage id="reminders" error={error} hint={reminders.length === 0 ? t('agenda.activity.reminders.none') : full ? t('agenda.activity.reminders.max') : null} />
    </fieldset>
  );
}
