import { useTranslation } from 'react-i18next';
import { describeRecurrence, describeRecurrenceProblem, validateRule, weekdays, type Weekday } from '../../../src-shared/domain/recurrence';
import { localeOf } from '../../../src-shared/i18n';
import { recurrenceOfDraft } from '../../lib/activity-draft';
import { timingOfFields } from '../../lib/activity-timing-fields';
import { monthlyModes, ruleOfForm, weekdayOf, type MonthlyMode, type RecurrenceForm, type RepeatEnd, type RepeatFrequency } from '../../lib/recurrence-form';
import { useLanguage } from '../../i18n/use-language';
import { FieldMessage, SegmentedField, SelectField, TextField } from '../Field';
import type { ActivityFieldsProps } from './ActivityFormFields';

const frequencies: RepeatFrequency[] = ['none', 'daily', 'weekly', 'monthly', 'yearly'];

/** Weekday names in the language, Monday first (2024-01-01 was a Monday). */
function weekdayName(language: 'fr' | 'en', weekday: Weekday, width: 'short' | 'long'): string {
  const index = weekdays.indexOf(weekday);
  return new Intl.DateTimeFormat(localeOf[language], { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
}

/** How a meeting or visit repeats, with its summary in words as it is edited. */
export function RecurrenceEditor({ draft, change, errorFor }: ActivityFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = draft.repeat;
  const set = (patch: Partial<RecurrenceForm>) => change({ repeat: { ...form, ...patch } });
  const startDate = draft.startDate;
  const { timing } = timingOfFields(draft.kind, draft);
  const recurrence = recurrenceOfDraft(draft);
  const problem = recurrence ? validateRule(recurrence.rule) : null;
  const options = [...frequencies, ...(form.custom ? (['custom'] as const) : [])].map((value) => ({ value, label: t(`agenda.activity.repeat.${value}`) }));
  const chooseFrequency = (frequency: RepeatFrequency) => {
    const start = startDate ? weekdayOf(startDate) : null;
    set({ frequency, weekdays: frequency === 'weekly' && form.weekdays.length === 0 && start ? [start] : form.weekdays });
  };
  const monthlyLabel = (monthly: MonthlyMode) => {
    const rule = ruleOfForm({ ...form, monthly, interval: '1', end: 'never' }, startDate);
    return rule ? describeRecurrence(rule, { language, start: timing }) : '';
  };
  const edits = (draft.seriesEdits.exceptions?.length ?? 0) + (draft.seriesEdits.overrides?.length ?? 0);
  const error = errorFor('recurrence');
  return (
    <div className="recurrence-editor" data-field="recurrence">
      <SelectField<RepeatFrequency> label={t('agenda.activity.repeat.frequency')} value={form.frequency} options={options} onChange={(value) => chooseFrequency(value || 'none')} />
      {form.frequency !== 'none' && form.frequency !== 'custom' && (
        <div className="recurrence-interval">
          <TextField
            label={t('agenda.activity.repeat.interval')}
            value={form.interval}
            onChange={(interval) => set({ interval })}
            inputMode="numeric"
            maxLength={4}
            fieldClassName="recurrence-interval-field"
            data-testid="repeat-interval"
          />
          <span className="recurrence-unit">{t(`agenda.activity.repeat.unit.${form.frequency}`)}</span>
        </div>
      )}
      {form.frequency === 'weekly' && (
        <fieldset className="field recurrence-weekdays">
          <legend className="field-label">{t('agenda.activity.repeat.weekdays')}</legend>
          <div className="weekday-toggles">
            {weekdays.map((weekday) => {
              const on = form.weekdays.includes(weekday);
              return (
                <button
                  key={weekday}
                  type="button"
                  className={`weekday-toggle ${on ? 'weekday-toggle-on' : ''}`}
                  aria-pressed={on}
                  aria-label={weekdayName(language, weekday, 'long')}
                  title={weekdayName(language, weekday, 'long')}
                  onClick={() => set({ weekdays: on ? form.weekdays.filter((day) => day !== weekday) : [...form.weekdays, weekday] })}
                  data-testid={`repeat-day-${weekday}`}
                >
                  {weekdayName(language, weekday, 'short')}
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
      {form.frequency === 'monthly' && startDate && (
        <SelectField<MonthlyMode>
          label={t('agenda.activity.repeat.monthlyOn')}
          value={form.monthly}
          options={monthlyModes(startDate).map((monthly) => ({ value: monthly, label: monthlyLabel(monthly) }))}
          onChange={(monthly) => set({ monthly: monthly || 'dayOfMonth' })}
        />
      )}
      {form.frequency !== 'none' && (
        <div className="recurrence-end">
          <SegmentedField<RepeatEnd>
            label={t('agenda.activity.repeat.ends')}
            value={form.end}
            options={(['never', 'until', 'count'] as const).map((end) => ({ value: end, label: t(`agenda.activity.repeat.${end}`) }))}
            onChange={(end) => set({ end, until: end === 'until' && !form.until ? startDate : form.until })}
          />
          {form.end === 'until' && (
            <TextField label={t('agenda.activity.repeat.untilDate')} type="date" value={form.until} onChange={(until) => set({ until })} data-testid="repeat-until" />
          )}
          {form.end === 'count' && (
            <TextField label={t('agenda.activity.repeat.countValue')} value={form.count} onChange={(count) => set({ count })} inputMode="numeric" maxLength={6} data-testid="repeat-count" />
          )}
        </div>
      )}
      {recurrence && (
        <p className="recurrence-summary" aria-live="polite" data-testid="repeat-summary">
          <span className="faint">{t('agenda.activity.repeat.summary')} </span>
          {problem ? describeRecurrenceProblem(problem, language) : describeRecurrence(recurrence.rule, { language, start: timing })}
        </p>
      )}
      {recurrence && edits > 0 && <p className="faint small">{t('agenda.activity.repeat.keepsEdits', { count: edits })}</p>}
      <FieldMessage id="recurrence" error={error} />
    </div>
  );
}
