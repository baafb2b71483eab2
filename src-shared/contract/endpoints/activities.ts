import type { Activity, ActivityListRow, AgendaEvent, DueReminder, IcalImportReport, TimelinePage, TodayView } from '../../domain/activities';
import type { OutgoingFile } from '../../domain/files';
import type { Page } from '../../domain/records';
import { endpoint } from '../endpoint';
import {
  activityCompleteInput,
  activityCreateInput,
  activityListInput,
  activityUpdateInput,
  agendaRangeInput,
  icalExportInput,
  icalImportInput,
  occurrenceEditInput,
  reminderRefInput,
  reminderSnoozeInput,
  timelineInput,
  todayInput,
} from '../inputs/activities';
import { byId, byIds } from '../inputs/common';
import { noInput } from '../inputs/misc';

/** Activities, the agenda, Today and timelines. */
export const activityEndpoints = {
  'activities.create': endpoint<Activity>()(activityCreateInput),
  'activities.update': endpoint<Activity>()(activityUpdateInput),
  'activities.complete': endpoint<Activity>()(activityCompleteInput),
  'activities.editOccurrence': endpoint<Activity>()(occurrenceEditInput),
  'activities.delete': endpoint<{ ids: string[] }>()(byIds),
  'activities.restore': endpoint<{ ids: string[] }>()(byIds),
  'activities.get': endpoint<Activity>()(byId),
  'activities.list': endpoint<Page<ActivityListRow>>()(activityListInput),
  'activities.timeline': endpoint<TimelinePage>()(timelineInput),

  'agenda.range': endpoint<AgendaEvent[]>()(agendaRangeInput),
  'today.get': endpoint<TodayView>()(todayInput),
} as const;

/** Reminders: the scheduler in the main process pushes `reminder.due`; these answer the user. */
export const reminderEndpoints = {
  /** Reminders due now or missed while the app was closed (the renderer asks at start). */
  'reminders.pending': endpoint<DueReminder[]>()(noInput),
  'reminders.dismiss': endpoint<{ ok: true }>()(reminderRefInput),
  'reminders.snooze': endpoint<{ ok: true }>()(reminderSnoozeInput),
} as const;

/** The agenda to and from .ics files (Outlook, Google Calendar, Thunderbird). */
export const icalEndpoints = {
  'ical.export': endpoint<OutgoingFile>()(icalExportInput),
  'ical.import': endpoint<IcalImportReport>()(icalImportInput),
} as const;
