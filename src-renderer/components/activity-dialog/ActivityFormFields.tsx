import { useTranslation } from 'react-i18next';
import { hasReminders, isEventKind, type ActivityDraft } from '../../lib/activity-draft';
import { TextAreaField, TextField } from '../Field';
import { FormSection } from '../form/FormSection';
import type { FormFieldsProps, FormMode } from '../form/RecordForm';
import { AttendeesField } from './AttendeesField';
import { CallDetails, EmailDetails, TaskDetails } from './KindDetails';
import { KindSwitch } from './KindSwitch';
import { LinkFields, SharingFields } from './LinkFields';
import { RecurrenceEditor } from './RecurrenceEditor';
import { RemindersField } from './RemindersField';
import { TimingSection } from './TimingSection';

export type ActivityFieldsProps = FormFieldsProps<ActivityDraft>;

/** The activity dialog's sections; which ones show depends on the kind. */
export function ActivityFormFields({ draft, change, errorFor, mode }: ActivityFieldsProps & { mode: FormMode }) {
  const { t } = useTranslation();
  const props = { draft, change, errorFor };
  return (
    <>
      <FormSection id="activity-what" title={t('agenda.activity.sections.what')}>
        <KindSwitch kind={draft.kind} onChange={(kind) => change({ kind })} locked={mode === 'edit'} />
        <TextField
          label={t('agenda.activity.fields.subject')}
          value={draft.subject}
          onChange={(subject) => change({ subject })}
          path="subject"
          error={errorFor('subject')}
          placeholder={t('agenda.activity.placeholders.subject')}
          required
          maxLength={300}
          autoComplete="off"
          data-autofocus
          data-testid="activity-subject"
        />
        {draft.kind === 'task' && <TaskDetails {...props} />}
        {draft.kind === 'call' && <CallDetails {...props} />}
        {draft.kind === 'email' && <EmailDetails {...props} />}
        {isEventKind(draft.kind) && (
          <TextField
            label={t('agenda.activity.fields.location')}
            value={draft.location}
            onChange={(location) => change({ location })}
            path="location"
            error={errorFor('location')}
            placeholder={t('agenda.activity.placeholders.location')}
            maxLength={300}
            data-testid="activity-location"
          />
        )}
      </FormSection>
      <TimingSection {...props} />
      {isEventKind(draft.kind) && (
        <FormSection id="activity-repeat" title={t('agenda.activity.sections.repeat')}>
          <RecurrenceEditor {...props} />
        </FormSection>
      )}
      {isEventKind(draft.kind) && (
        <FormSection id="activity-attendees" title={t('agenda.activity.sections.attendees')}>
          <AttendeesField attendees={draft.attendees} onChange={(attendees) => change({ attendees })} error={errorFor('attendees')} />
        </FormSection>
      )}
      {hasReminders(draft.kind) && (
        <FormSection id="activity-reminders" title={t('agenda.activity.sections.reminders')}>
          <RemindersField reminders={draft.reminders} onChange={(reminders) => change({ reminders })} due={draft.kind === 'task'} error={errorFor('reminders')} />
        </FormSection>
      )}
      <FormSection id="activity-links" title={t('agenda.activity.sections.links')}>
        <LinkFields {...props} />
      </FormSection>
      <FormSection id="activity-sharing" title={t('agenda.activity.sections.sharing')}>
        <SharingFields {...props} />
      </FormSection>
      <FormSection id="activity-notes" title={t('agenda.activity.sections.notes')}>
        <TextAreaField label={t('agenda.activity.fields.notes')} value={draft.notes} onChange={(notes) => change({ notes })} path="notes" error={errorFor('notes')} rows={4} maxLength={20_000} />
      </FormSection>
    </>
  );
}
