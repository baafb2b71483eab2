/**
 * The activity dialog's draft: every field as the user edits it, what it starts from (a new
 * activity with the defaults it was opened with, or an activity read from the core), and the
 * contract input it becomes. The fields sent depend on the kind.
 */
import { activityCreateInput, activityUpdateInput, type ActivityCreateInput } from '../../src-shared/contract/inputs/activities';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { z } from 'zod';
import type { Activity, ActivityKind, Attendee, CallOutcome, Direction, TaskPriority } from '../../src-shared/domain/activities';
import { validateRule, type EventTiming, type Recurrence } from '../../src-shared/domain/recurrence';
import type { PickedRecord } from '../components/RecordPicker';
import { issueOn, mapActivityIssues } from './activity-issues';
import { minutesOf, timingFieldsOf, timingOfFields, wallClockIn, type TimingFields } from './activity-timing-fields';
import { schemaIssues } from './field-issues';
import { emptyRecurrenceForm, recurrenceFormOf, recurrenceInput, ruleOfForm, type RecurrenceForm } from './recurrence-form';

export type ActivityDraft = TimingFields & {
  kind: ActivityKind;
  subject: string;
  contact: PickedRecord | null;
  company: PickedRecord | null;
  deal: PickedRecord | null;
  ownerId: string;
  /** '' shared with the office, 'private', 'team:…', 'territory:…'. */
  scope: string;
  repeat: RecurrenceForm;
  /** The series' exceptions and single-occurrence edits, kept as they are. */
  seriesEdits: Omit<Recurrence, 'rule'>;
  location: string;
  attendees: Attendee[];
  reminders: number[];
  priority: TaskPriority;
  done: boolean;
  direction: Direction;
  outcome: CallOutcome | '';
  notes: string;
};

export type ActivityUpdateInput = z.input<typeof activityUpdateInput>;

/** What a new activity starts with (the dialog's request). */
export type ActivityDefaults = {
  kind?: ActivityKind;
  timing?: EventTiming;
  subject?: string;
  contact?: PickedRecord | null;
  company?: PickedRecord | null;
  deal?: PickedRecord | null;
};

/** Kinds planned at a time with attendees, a place and a repeat. */
export const isEventKind = (kind: ActivityKind): kind is 'meeting' | 'visit' => kind === 'meeting' || kind === 'visit';
/** Kinds that can ring a reminder before they happen. */
export const hasReminders = (kind: ActivityKind): boolean => kind === 'meeting' || kind === 'visit' || kind === 'task' || kind === 'call';

const HOUR = 3_600_000;

/** When a new activity happens unless told: the next full hour for an hour, today for a task, now for what is logged. */
export function defaultTiming(kind: ActivityKind, timeZone: string, now: Date): EventTiming {
  const today = wallClockIn(now.toISOString(), timeZone).date;
  if (kind === 'task') return { allDay: true, startDate: today, endDate: nextDate(today) };
  if (isEventKind(kind)) {
    const start = Math.ceil(now.getTime() / HOUR) * HOUR;
    return { allDay: false, start: new Date(start).toISOString(), end: new Date(start + HOUR).toISOString(), timeZone };
  }
  const fiveMinutes = 5 * 60_000;
  const at = new Date(Math.floor(now.getTime() / fiveMinutes) * fiveMinutes).toISOString();
  return { allDay: false, start: at, end: at, timeZone };
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function startsAfter(timing: EventTiming, now: Date): boolean {
  return (timing.allDay ? Date.parse(`${timing.startDate}T00:00:00Z`) : Date.parse(timing.start)) > now.getTime();
}

export function emptyActivityDraft(defaults: ActivityDefaults, context: { ownerId: string; timeZone: string; now: Date }): ActivityDraft {
  const kind = defaults.kind ?? 'meeting';
  const timing = defaults.timing ?? defaultTiming(kind, context.timeZone, context.now);
  return {
    ...timingFieldsOf(timing, context.timeZone),
    kind,
    subject: defaults.subject ?? '',
    contact: defaults.contact ?? null,
    company: defaults.company ?? null,
    deal: defaults.deal ?? null,
    ownerId: context.ownerId,
    scope: '',
    repeat: emptyRecurrenceForm(),
    seriesEdits: {},
    location: '',
    attendees: [],
    // A meeting still to come rings a quarter of an hour before, as calendars do.
    reminders: isEventKind(kind) && startsAfter(timing, context.now) ? [15] : [],
    priority: 'normal',
    done: false,
    direction: 'outbound',
    outcome: '',
    notes: '',
  };
}

export function activityDraftFrom(activity: Activity, userZone: string): ActivityDraft {
  const fields = timingFieldsOf(activity.timing, userZone, activity.durationMinutes);
  const seriesEdits: Omit<Recurrence, 'rule'> = {};
  if (activity.recurrence?.exceptions?.length) seriesEdits.exceptions = activity.recurrence.exceptions;
  if (activity.recurrence?.overrides?.length) seriesEdits.overrides = activity.recurrence.overrides;
  return {
    ...fields,
    kind: activity.kind,
    subject: activity.subject,
    contact: activity.contact,
    company: activity.company,
    deal: activity.deal,
    ownerId: activity.owner?.id ?? '',
    scope: activity.scope ?? '',
    repeat: recurrenceFormOf(activity.recurrence?.rule ?? null, fields.startDate || null, fields.timeZone),
    seriesEdits,
    location: activity.location ?? '',
    attendees: activity.attendees,
    reminders: activity.reminders,
    priority: activity.priority ?? 'normal',
    done: activity.doneAt !== null,
    direction: activity.direction ?? 'outbound',
    outcome: activity.outcome ?? '',
    notes: activity.notes ?? '',
  };
}

/** The repeat the draft stands for, with the series' own edits; null when it does not repeat. */
export function recurrenceOfDraft(draft: ActivityDraft): Recurrence | null {
  if (!isEventKind(draft.kind) || !draft.startDate) return null;
  const rule = ruleOfForm(draft.repeat, draft.startDate);
  return rule ? { rule, ...draft.seriesEdits } : null;
}

const recurrenceOrNull = (recurrence: Recurrence | null) => (recurrence ? recurrenceInput(recurrence) : null);

/** The fields of the contract input that the draft's kind has. */
function fieldsOf(draft: ActivityDraft, timing: EventTiming | null) {
  const common = {
    notes: draft.notes,
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
    scope: draft.scope || null,
    contactId: draft.contact?.id ?? null,
    companyId: draft.company?.id ?? null,
    dealId: draft.deal?.id ?? null,
    timing,
  };
  switch (draft.kind) {
    case 'meeting':
    case 'visit':
      return {
        ...common,
        recurrence: recurrenceOrNull(recurrenceOfDraft(draft)),
        location: draft.location,
        attendees: draft.attendees.map(({ kind, id }) => ({ kind, id })),
        reminders: draft.reminders,
      };
    case 'task':
      return { ...common, priority: draft.priority, reminders: timing ? draft.reminders : [] };
    case 'call':
      return { ...common, direction: draft.direction, durationMinutes: minutesOf(draft.duration), outcome: draft.outcome || null, reminders: draft.reminders };
    case 'email':
      return { ...common, direction: draft.direction };
    case 'note':
      return common;
  }
}

export function activityCreateInputOf(draft: ActivityDraft): ActivityCreateInput {
  const { timing } = timingOfFields(draft.kind, draft);
  return { kind: draft.kind, subject: draft.subject, ...(draft.kind === 'task' && draft.done ? { done: true } : {}), ...fieldsOf(draft, timing) };
}

export function activityUpdateInputOf(id: string, draft: ActivityDraft): ActivityUpdateInput {
  const { timing } = timingOfFields(draft.kind, draft);
  return { id, patch: { subject: draft.subject, ...fieldsOf(draft, timing) } };
}

const someId = '00000000-0000-7000-8000-000000000000';

/** What is wrong with the draft, on the dialog's fields, checked with the contract's own schemas. */
export function validateActivityDraft(draft: ActivityDraft, mode: 'create' | 'edit'): FieldIssue[] {
  const local: FieldIssue[] = [...timingOfFields(draft.kind, draft).issues];
  if (!draft.subject.trim()) local.push(issueOn('subject', 'required'));
  const recurrence = recurrenceOfDraft(draft);
  if (recurrence) {
    if (draft.repeat.end === 'until' && !draft.repeat.until) local.push(issueOn('recurrence', 'required'));
    else if (validateRule(recurrence.rule)) local.push(issueOn('recurrence', 'invalid_value'));
  }
  const schema =
    mode === 'create' ? schemaIssues(activityCreateInput, activityCreateInputOf(draft)) : schemaIssues(activityUpdateInput, activityUpdateInputOf(someId, draft));
  return [...local, ...mapActivityIssues(schema)];
}
