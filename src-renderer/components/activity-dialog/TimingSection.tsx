import { useTranslation } from 'react-i18next';
import { isEventKind } from '../../lib/activity-draft';
import { movedEnd, movedStart, switchedAllDay, timingOfFields } from '../../lib/activity-timing-fields';
import { userTimeZone } from '../../lib/agenda-dates';
import { timingSummary } from '../../lib/agenda-format';
import { useLanguage } from '../../i18n/use-language';
import { Checkbox, TextField } from '../Field';
import { FormSection } from '../form/FormSection';
import type { ActivityFieldsProps } from './ActivityFormFields';
import { TimeField } from './TimeField';

/** When: a meeting's start and end (or days), a task's due date and optional time, when a call or note happened. */
export function TimingSection({ draft, change, errorFor }: ActivityFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { timing } = timingOfFields(draft.kind, draft);
  const event = isEventKind(draft.kind);
  const task = draft.kind === 'task';
  const startError = errorFor('start');
  const endError = errorFor('end');
  const setStart = (patch: { startDate?: string; startTime?: string }) => change(event ? movedStart(draft, patch) : patch);
  return (
    <FormSection id="activity-when" title={t('agenda.activity.sections.when')}>
      {event && <Checkbox label={t('agenda.activity.fields.allDay')} checked={draft.allDay} onChange={(allDay) => change(switchedAllDay(draft, allDay))} className="activity-all-day" />}
      <div className="form-grid activity-when-grid">
        <TextField
          label={t(event ? 'agenda.activity.fields.startDate' : task ? 'agenda.activity.fields.dueDate' : 'agenda.activity.fields.date')}
          type="date"
          value={draft.startDate}
          onChange={(startDate) => setStart({ startDate })}
          path="start"
          error={startError}
          hint={task && !draft.startDate ? t('agenda.activity.noDueDate') : null}
          required={!task && draft.kind !== 'note' && draft.kind !== 'email'}
          data-testid="activity-start-date"
        />
        {!(event && draft.allDay) && (
          <TimeField
            label={t(event ? 'agenda.activity.fields.startTime' : task ? 'agenda.activity.fields.dueTime' : 'agenda.activity.fields.time')}
            value={draft.startTime}
            onChange={(startTime) => setStart({ startTime })}
            testId="activity-start-time"
          />
        )}
      </div>
      {event && (
        <div className="form-grid activity-when-grid">
          <TextField
            label={t('agenda.activity.fields.endDate')}
            type="date"
            value={draft.endDate}
            onChange={(endDate) => change(movedEnd(draft, { endDate }))}
            path="end"
            error={endError}
            data-testid="activity-end-date"
          />
          {!draft.allDay && (
            <TimeField label={t('agenda.activity.fields.endTime')} value={draft.endTime} onChange={(endTime) => change(movedEnd(draft, { endTime }))} testId="activity-end-time" />
          )}
        </div>
      )}
      {timing && (
        <p className="activity-when-summary" data-testid="activity-when-summary">
          {timingSummary(language, timing)}
          {!timing.allDay && timing.timeZone !== userTimeZone() && <span className="faint"> · {t('agenda.activity.timeZone', { zone: timing.timeZone })}</span>}
        </p>
      )}
    </FormSection>
  );
}
