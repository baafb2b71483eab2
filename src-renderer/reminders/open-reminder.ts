import type { AgendaEvent, DueReminder } from '../../src-shared/domain/activities';
import { invoke } from '../api/client';
import { userTimeZone } from '../lib/agenda-dates';
import { openActivityDialog, openAgendaEvent } from '../stores/activity-dialog-store';
import { navigate } from '../stores/router-store';
import { reminderRecord } from './reminder-text';

const DAY_MS = 86_400_000;

/**
 * The occurrence a reminder rings for, as the agenda shows it (its own time, subject and place
 * when it was changed alone); null when the agenda around its start does not have it.
 */
async function remindedOccurrence(reminder: DueReminder): Promise<AgendaEvent | null> {
  const startsAt = Date.parse(reminder.startsAt);
  const events = await invoke('agenda.range', {
    from: new Date(startsAt - DAY_MS).toISOString(),
    to: new Date(startsAt + DAY_MS).toISOString(),
    timeZone: userTimeZone(),
  });
  return events.find((event) => event.activityId === reminder.activityId && event.occurrenceKey === reminder.occurrenceKey) ?? null;
}

/**
 * Opens the activity a reminder is for (its dialog, over the current screen): for a repeating
 * one, on the occurrence that rang, else (not found around its start) on the series.
 */
export function openReminderActivity(reminder: DueReminder): void {
  if (!reminder.occurrenceKey) {
    openActivityDialog({ activityId: reminder.activityId });
    return;
  }
  void remindedOccurrence(reminder)
    .catch(() => null)
    .then((event) => (event ? openAgendaEvent(event) : openActivityDialog({ activityId: reminder.activityId })));
}

/** Goes to the page of the record the activity is about. */
export function openReminderRecord(reminder: DueReminder): void {
  const record = reminderRecord(reminder);
  if (record) navigate({ name: record.entity, id: record.id });
}
