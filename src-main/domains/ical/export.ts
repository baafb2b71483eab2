/**
 * The agenda to an .ics file: the activities some users (the current one by default) own or
 * attend, as their agenda shows them, that happen between two dates — each as a VEVENT in its
 * own zone (writeICalendar adds the VTIMEZONEs), with its repeats, exceptions, moved
 * occurrences, reminders and people. Another user's private activity is never written.
 */
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { eventKinds, scheduledKinds, type ActivityKind } from '../../../src-shared/domain/activities';
import type { OutgoingFile } from '../../../src-shared/domain/files';
import {
  dayOfDate,
  expandOccurrences,
  instantOfLocal,
  MS_PER_DAY,
  toInstant,
  type CivilDate,
  type EventTiming,
  type OccurrenceWindow,
  type Recurrence,
} from '../../../src-shared/domain/recurrence';
import { parseRecurrence } from '../../../src-shared/domain/activity-span';
import { writeICalendar, type CalendarEvent } from '../../../src-shared/ical';
import { translate, type Language } from '../../../src-shared/i18n';
import { correctedNow, type Core } from '../../core/core';
import { createOutgoingFile } from '../../files/store';
import { timingOfRow } from '../activities/mapping';
import { IssueList } from '../common/validation';
import { appLanguage } from './language';
import { calendarEventOf, OUR_PRODUCT_ID, uidOfActivityId, type ExportNames, type ExportRow } from './convert';
import { exportNames, exportRows } from './reads';

type ExportInput = ApiParsedInput<'ical.export'>;

export const ICS_MIME_TYPE = 'text/calendar';

/** The export's window: the days asked (both included) and the instants they run between in the zone. */
export type Window = OccurrenceWindow & { firstDate: CivilDate; lastDate: CivilDate; fromMs: number; toMs: number };

/** [from 00:00, the day after `to` 00:00) in the zone, as instants: both dates included. */
function windowOf(input: ExportInput): Window {
  const issues = new IssueList();
  const fromDay = dayOfDate(input.from);
  const toDay = dayOfDate(input.to);
  if (fromDay === null) issues.add('from', 'invalid_date', 'not a date');
  if (toDay === null) issues.add('to', 'invalid_date', 'not a date');
  if (fromDay !== null && toDay !== null && toDay < fromDay) issues.add('to', 'invalid_value', 'the last day comes before the first');
  issues.throwIfAny();
  const fromMs = instantOfLocal((fromDay ?? 0) * MS_PER_DAY, input.timeZone);
  const toMs = instantOfLocal(((toDay ?? 0) + 1) * MS_PER_DAY, input.timeZone);
  return { from: toInstant(fromMs), to: toInstant(toMs), timeZone: input.timeZone, firstDate: input.from, lastDate: input.to, fromMs, toMs };
}

/** Meetings and visits unless asked otherwise; of the kinds asked, those that sit in the agenda at a time. */
function kindsOf(input: ExportInput): ActivityKind[] {
  const agenda = new Set<ActivityKind>(scheduledKinds);
  return input.kinds ? [...new Set(input.kinds)].filter((kind) => agenda.has(kind)) : [...eventKinds];
}

/**
 * Whether an activity happens in the window. The span the rows were read by is a bound: an
 * all-day day seen from another zone, a series without an occurrence in the window, are left out.
 */
function happensIn(timing: EventTiming, recurrence: Recurrence | null, window: Window): boolean {
  if (recurrence) return expandOccurrences(timing, recurrence, window).length > 0;
  // A single event: compared directly (what the expansion would find, without its cost on thousands of rows).
  if (timing.allDay) return timing.startDate <= window.lastDate && timing.endDate > window.firstDate;
  const startMs = Date.parse(timing.start);
  const endMs = Date.parse(timing.end);
  return endMs > startMs ? startMs < window.toMs && endMs > window.fromMs : startMs >= window.fromMs && startMs < window.toMs;
}

/** The events of the rows that happen in the window, each under a UID of its own in this file. */
export function calendarEvents(rows: readonly ExportRow[], names: ExportNames, window: Window, language: Language): CalendarEvent[] {
  const uids = new Set<string>();
  const events: CalendarEvent[] = [];
  for (const row of rows) {
    const timing = timingOfRow(row);
    const recurrence = parseRecurrence(row.recurrence);
    if (!timing || !happensIn(timing, recurrence, window)) continue;
    // The same imported UID on two activities (two people imported the same invitation): the second goes under its id.
    const uid = row.ical_uid && !uids.has(row.ical_uid) ? row.ical_uid : uidOfActivityId(row.id);
    uids.add(uid);
    events.push(calendarEventOf(row, { timing, recurrence }, uid, names, language));
  }
  return events;
}

/** "agenda-2027-01-01-2027-03-31.ics". */
export const exportFileName = (input: Pick<ExportInput, 'from' | 'to'>): string => `agenda-${input.from}-${input.to}.ics`;

/** The .ics text of an export (no file): what `ical.export` stores. */
export function exportICalendar(core: Core, input: ExportInput): { text: string; events: number } {
  const window = windowOf(input);
  const language = appLanguage(core);
  const rows = exportRows(core.read, { userId: core.userId, owners: input.userIds ?? [core.userId], kinds: kindsOf(input), from: window.from, to: window.to });
  const events = calendarEvents(rows, exportNames(core.read, rows), window, language);
  const text = writeICalendar(events, {
    stamp: new Date(correctedNow(core)).toISOString(),
    productId: OUR_PRODUCT_ID,
    calendarName: translate(language, 'agenda.ical.calendarName'),
    language,
  });
  return { text, events: events.length };
}

export async function exportAgenda(core: Core, input: ExportInput): Promise<OutgoingFile> {
  const { text } = exportICalendar(core, input);
  return createOutgoingFile(core.paths.dataDir, { fileName: exportFileName(input), mimeType: ICS_MIME_TYPE, bytes: new TextEncoder().encode(text) });
}
