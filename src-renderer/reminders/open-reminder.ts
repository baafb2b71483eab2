import type { DueReminder } from '../../src-shared/domain/activities';
import { openActivityDialog } from '../stores/activity-dialog-store';
import { navigate } from '../stores/router-store';
import { reminderRecord } from './reminder-text';

/** Opens the activity a reminder is for (its dialog, over the current screen). */
export function openReminderActivity(reminder: DueReminder): void {
  openActivityDialog({ activityId: reminder.activityId });
}

/** Goes to the page of the record the activity is about. */
export function openReminderRecord(reminder: DueReminder): void {
  const record = reminderRecord(reminder);
  if (record) navigate({ name: record.entity, id: record.id });
}
