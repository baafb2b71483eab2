/**
 * Activities: what fills a salesperson's day (tasks, calls, meetings, visits, notes, emails
 * logged by hand), the agenda built from them, the Today screen, record timelines and
 * reminders. Plain JSON-able shapes shared by the core and the renderer.
 */
import type { ImportWarning, SkippedItem } from '../ical/types';
import type { HistoryEntry, UserRef } from './records';
import type { CivilDate, EventTiming, Instant, OccurrenceKey, Recurrence } from './recurrence';

export const activityKinds = ['task', 'call', 'meeting', 'visit', 'note', 'email'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** Kinds that sit in the agenda at a time (a task sits there at its due time). */
export const scheduledKinds = ['meeting', 'visit', 'task', 'call'] as const satisfies readonly ActivityKind[];
/** Kinds that may repeat and have attendees and a location. */
export const eventKinds = ['meeting', 'visit'] as const satisfies readonly ActivityKind[];

export const taskPriorities = ['low', 'normal', 'high'] as const;
export type TaskPriority = (typeof taskPriorities)[number];

export const directions = ['inbound', 'outbound'] as const;
export type Direction = (typeof directions)[number];

/** How a call went. */
export const callOutcomes = ['reached', 'interested', 'not_interested', 'callback', 'voicemail', 'no_answer', 'wrong_number'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

/** Someone expected at a meeting: a contact of the base or a user of the office. */
export type AttendeeRef = { kind: 'contact' | 'user'; id: string };
export type Attendee = AttendeeRef & { name: string };

/** Reminder offsets, in minutes before the start (or the due time of a task). */
export const MAX_REMINDERS = 5;
export const MAX_REMINDER_MINUTES = 60 * 24 * 28;

/** A record an activity is about. */
export type LinkedRecord = { id: string; name: string };

export type Activity = {
  id: string;
  kind: ActivityKind;
  subject: string;
  notes: string | null;
  owner: UserRef | null;
  /** null = shared with the office, 'private' = only its owner (others see "busy"), 'team:…', 'territory:…'. */
  scope: string | null;
  contact: LinkedRecord | null;
  company: LinkedRecord | null;
  deal: LinkedRecord | null;
  /** When: a meeting's start and end, a task's due time (an all-day task is due on a date), when a call or note happened. */
  timing: EventTiming | null;
  recurrence: Recurrence | null;
  location: string | null;
  attendees: Attendee[];
  priority: TaskPriority | null;
  /** A done task: when it was done. */
  doneAt: Instant | null;
  direction: Direction | null;
  durationMinutes: number | null;
  outcome: CallOutcome | null;
  reminders: number[];
  /** The activity this one follows up (a task created while logging a call). */
  followUpOf: string | null;
  icalUid: string | null;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
};

/**
 * One occurrence on the agenda. Another user's private event is `busy`: only its owner and
 * times are known, never its subject, place or links.
 */
export type AgendaEvent = {
  /** `<activity id>` or `<activity id>/<occurrence key>` for an occurrence of a series. */
  key: string;
  activityId: string;
  occurrenceKey: OccurrenceKey | null;
  kind: ActivityKind;
  busy: boolean;
  subject: string | null;
  owner: UserRef | null;
  allDay: boolean;
  /** Timed: instants. All-day: the first date and the day after the last, at midnight UTC. */
  start: Instant;
  end: Instant;
  startDate: CivilDate | null;
  endDate: CivilDate | null;
  location: string | null;
  recurring: boolean;
  doneAt: Instant | null;
  private: boolean;
  contact: LinkedRecord | null;
  company: LinkedRecord | null;
  deal: LinkedRecord | null;
};

/** A row of the activities table (lists, exports). */
export type ActivityListRow = {
  id: string;
  kind: ActivityKind;
  subject: string;
  owner: UserRef | null;
  contact: LinkedRecord | null;
  company: LinkedRecord | null;
  deal: LinkedRecord | null;
  /** When it happens, happened or is due (ISO instant), null for an undated task. */
  at: Instant | null;
  allDay: boolean;
  priority: TaskPriority | null;
  doneAt: Instant | null;
  outcome: CallOutcome | null;
  private: boolean;
  createdAt: string;
};

/** A company (or contact) nobody has been in touch with for a while. */
export type NeglectedAccount = {
  entity: 'company' | 'contact';
  id: string;
  name: string;
  /** The last activity's date, null when there never was one. */
  lastActivityAt: Instant | null;
  daysSince: number | null;
};

export type TodayView = {
  /** The day shown, in the user's zone. */
  date: CivilDate;
  meetings: AgendaEvent[];
  overdueTasks: ActivityListRow[];
  dueTasks: ActivityListRow[];
  /** Follow-ups planned in the next days (tasks and calls created as follow-ups). */
  followUps: ActivityListRow[];
  neglected: NeglectedAccount[];
  neglectedDays: number;
};

/** One line of a timeline: an activity, or a change to the record (from its history). */
export type TimelineItem = { type: 'activity'; at: string; activity: ActivityListRow } | { type: 'change'; at: string; change: HistoryEntry };

export type TimelinePage = { items: TimelineItem[]; /** Pass as `before` for older items; null at the end. */ nextBefore: string | null };

/** A reminder that is due (or was missed while the app was closed). */
export type DueReminder = {
  activityId: string;
  occurrenceKey: OccurrenceKey | null;
  kind: ActivityKind;
  subject: string;
  /** When the activity starts (or the task is due). */
  startsAt: Instant;
  allDay: boolean;
  /** When the reminder was meant to show. */
  remindAt: Instant;
  location: string | null;
  /** What the activity is about: the reminder links to the deal, else the contact, else the company. */
  contact: LinkedRecord | null;
  company: LinkedRecord | null;
  deal: LinkedRecord | null;
  /** Missed while the app was closed, or asleep. */
  missed: boolean;
};

/** What an iCalendar import did: meetings created, updated (same UID imported again), and what was left out or kept with a reservation. */
export type IcalImportReport = {
  created: number;
  updated: number;
  /** Events already as the meetings hold them, or with the same UID as a meeting of someone else or one deleted here: left as they are. */
  unchanged: number;
  /** Meetings updated from the file where a field changed here since the last import was kept. */
  keptChanges: number;
  skipped: SkippedItem[];
  warnings: ImportWarning[];
  calendarName: string | null;
};
