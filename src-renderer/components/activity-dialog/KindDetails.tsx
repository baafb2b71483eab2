import { useTranslation } from 'react-i18next';
import { callOutcomes, directions, taskPriorities, type CallOutcome } from '../../../src-shared/domain/activities';
import { Checkbox, SegmentedField, SelectField, TextField } from '../Field';
import type { ActivityFieldsProps } from './ActivityFormFields';

/** A task's priority, and whether it is done. */
export function TaskDetails({ draft, change }: ActivityFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-grid activity-task-details">
      <SegmentedField
        label={t('agenda.activity.fields.priority')}
        value={draft.priority}
        options={taskPriorities.map((priority) => ({ value: priority, label: t(`agenda.activity.priorities.${priority}`) }))}
        onChange={(priority) => change({ priority })}
        path="priority"
      />
      <Checkbox label={t('agenda.activity.fields.done')} checked={draft.done} onChange={(done) => change({ done })} className="activity-done" />
    </div>
  );
}

/** A call's direction, how long it lasted and how it went. */
export function CallDetails({ draft, change, errorFor }: ActivityFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <SegmentedField
        label={t('agenda.activity.fields.direction')}
        value={draft.direction}
        options={directions.map((direction) => ({ value: direction, label: t(`agenda.activity.callDirections.${direction}`) }))}
        onChange={(direction) => change({ direction })}
        path="direction"
      />
      <div className="form-grid">
        <TextField
          label={t('agenda.activity.fields.duration')}
          value={draft.duration}
          onChange={(duration) => change({ duration })}
          path="durationMinutes"
          error={errorFor('durationMinutes')}
          inputMode="numeric"
          maxLength={5}
          data-testid="activity-duration"
        />
        <SelectField<CallOutcome>
          label={t('agenda.activity.fields.outcome')}
          value={draft.outcome}
          emptyLabel={t('agenda.activity.noOutcome')}
          options={callOutcomes.map((outcome) => ({ value: outcome, label: t(`activities.outcome.${outcome}`) }))}
          onChange={(outcome) => change({ outcome })}
          path="outcome"
          error={errorFor('outcome')}
        />
      </div>
    </>
  );
}

/** An email logged by hand: received or sent. */
export function EmailDetails({ draft, change }: ActivityFieldsProps) {
  const { t } = useTranslation();
  return (
    <SegmentedField
      label={t('agenda.activity.fields.direction')}
      value={draft.direction}
      options={directions.map((direction) => ({ value: direction, label: t(`agenda.activity.emailDirections.${direction}`) }))}
      onChange={(direction) => change({ direction })}
      path="direction"
    />
  );
}
