/**
 * An activity row ↔ a calendar event (src-shared/ical): what the export writes for each
 * activity, and the meeting columns an imported event becomes. Pure: names, e-mails and the
 * matched attendees are read in bulk by the callers.
 */
import type { AttendeeRef } from '../../../src-shared/domain/activities';
import { MAX_REMINDER_MINUTES, MAX_REMINDERS } from '../../../src-shared/domain/activities';
import type { EventTiming, OccurrenceOverride, Recurrence } from '../../../src-shared/domain/recurrence';
import type { CalendarEvent, CalendarOverride, CalendarPerson, ImportedEvent } from '../../../src-shared/ical';
import { languages, translate, type Language } from '../../../src-shared/i18n';
import type { Row } from '../../db/synced-tables';
import { attendeesOf, normalizeTiming, remindersOf, timingColumnValues, type ActivityDbRow } from '../activities/mapping';

/** The PRODID of the files this app writes (writeICalendar's default): their descriptions start with the linked records. */
export const OUR_PRODUCT_ID = '-//CRM//Agenda//FR';

/** The UID an activity is exported under when it was not imported: stable, and recognised when the file comes back. */
export const uidOfActivityId = (id: string): string => `${id}@crm.local`;

const OWN_UID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@crm\.local$/i;

/** The activity id behind one of our own UIDs, else null. */
export function activityIdOfUid(uid: string): string | null {
  return OWN_UID.exec(uid)?.[1]?.toLowerCase() ?? null;
}

/* ---- Export ---- */

/** The columns of an activity the export reads. */
export type ExportRow = Pick<
  ActivityDbRow,
  | 'id'
  | 'kind'
  | 'subject'
  | 'notes'
  | 'owner_id'
  | 'scope'
  | 'contact_id'
  | 'company_id'
  | 'deal_id'
  | 'all_day'
  | 'starts_at'
  | 'ends_at'
  | 'start_date'
  | 'end_date'
  | 'time_zone'
  | 'recurrence'
  | 'location'
  | 'attendees'
  | 'reminders'
  | 'ical_uid'
  | 'created_at'
  | 'updated_at'
>;

/** The attendees of a row; most have none, and thousands of rows need no JSON parsing for that. */
export const attendeeRefsOf = (row: Pick<ExportRow, 'attendees'>): AttendeeRef[] => (row.attendees && row.attendees !== '[]' ? attendeesOf(row) : []);

/** A person as the file names them: a display name and the e-mail calendars reach them at (if any). */
export type Person = { name: string; email: string | null };

/** What the rows point to, read once for the whole export. */
export type ExportNames = {
  contacts: ReadonlyMap<string, Person>;
  users: ReadonlyMap<string, Person>;
  companies: ReadonlyMap<string, string>;
  deals: ReadonlyMap<string, string>;
};

const calendarPerson = (person: Person | undefined): CalendarPerson | null =>
  person?.email ? { email: person.email, name: person.name || null } : null;

/** "Contact : {{name}}" as a function of the name, made once per language (an export writes thousands). */
const linkedLabels = new Map<Language, Record<'contact' | 'company' | 'deal', (name: string) => string>>();

function labelsOf(language: Language): Record<'contact' | 'company' | 'deal', (name: string) => string> {
  let labels = linkedLabels.get(language);
  if (!labels) {
    const label = (key: string) => {
      const [before = '', after = ''] = translate(language, `agenda.ical.${key}`, { name: '\u0000' }).split('\u0000');
      return (name: string) => `${before}${name}${after}`;
    };
    labels = { contact: label('linkedContact'), company: label('linkedCompany'), deal: label('linkedDeal') };
    linkedLabels.set(language, labels);
  }
  return labels;
}

/** The linked records in words, then the notes: "Contact : Paul Dupont / Société : Dupont & Fils / (blank) / notes". */
export function descriptionOf(row: ExportRow, names: ExportNames, language: Language): string | null {
  const labels = labelsOf(language);
  const lines: string[] = [];
  const contact = row.contact_id ? names.contacts.get(row.contact_id)?.name : undefined;
  const company = row.company_id ? names.companies.get(row.company_id) : undefined;
  const deal = row.deal_id ? names.deals.get(row.deal_id) : undefined;
  if (contact) lines.push(labels.contact(contact));
  if (company) lines.push(labels.company(company));
  if (deal) lines.push(labels.deal(deal));
  const notes = row.notes?.trim() ?? '';
  if (notes) lines.push(...(lines.length > 0 ? ['', notes] : [notes]));
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Single-occurrence edits as iCalendar carries them: at their own time, with their own title and place when they have them. */
const calendarOverrides = (recurrence: Recurrence): CalendarOverride[] =>
  (recurrence.overrides ?? []).map((override) =>
    override.cancelled
      ? { key: override.key, cancelled: true }
      : {
          key: override.key,
          timing: override.timing,
          ...(override.subject !== undefined ? { summary: override.subject } : {}),
          ...(override.location !== undefined ? { location: override.location } : {}),
        },
  );

/**
 * The calendar event of an activity, at its timing with its recurrence (read from the row by the
 * caller). `uid`: the one chosen for it in this file (its import UID, else its id's).
 */
export function calendarEventOf(row: ExportRow, when: { timing: EventTiming; recurrence: Recurrence | null }, uid: string, names: ExportNames, language: Language): CalendarEvent {
  const { timing, recurrence } = when;
  const attendees = attendeeRefsOf(row)
    .map((attendee) => calendarPerson((attendee.kind === 'user' ? names.users : names.contacts).get(attendee.id)))
    .filter((person): person is CalendarPerson => person !== null);
  return {
    uid,
    summary: row.subject,
    location: row.location,
    description: descriptionOf(row, names, language),
    timing,
    rule: recurrence?.rule ?? null,
    exceptions: recurrence?.exceptions ?? [],
    overrides: recurrence ? calendarOverrides(recurrence) : [],
    reminders: remindersOf(row),
    private: row.scope === 'private',
    organizer: calendarPerson(names.users.get(row.owner_id)),
    attendees,
    created: row.created_at,
    lastModified: row.updated_at,
  };
}

/* ---- Import ---- */

/** The longest texts an activity takes (as the contract's inputs say). */
const MAX_SUBJECT = 300;
const MAX_LOCATION = 300;
const MAX_NOTES = 20_000;
/** The most exceptions and single-occurrence edits a series keeps (as the contract's inputs say). */
export const MAX_SERIES_EDITS = 1_000;

const clip = (text: string | null, max: number): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : [...trimmed].slice(0, max).join('');
};

/** The prefixes of the linked-record lines our own export writes, in every language. */
const linkedPrefixes: readonly string[] = languages.flatMap((language) =>
  (['linkedContact', 'linkedCompany', 'linkedDeal'] as const).map((key) => translate(language, `agenda.ical.${key}`, { name: '' })),
);

/**
 * The notes of an event's description. A file this app wrote starts its descriptions with the
 * linked records ("Contact : …"): those lines are dropped, the records are links here.
 */
export function notesOfDescription(description: string | null, ours: boolean): string | null {
  if (!description || !ours) return clip(description, MAX_NOTES);
  const lines = description.split('\n');
  let first = 0;
  while (first < lines.length && linkedPrefixes.some((prefix) => (lines[first] ?? '').startsWith(prefix))) first += 1;
  if (first > 0 && lines[first]?.trim() === '') first += 1;
  return clip(lines.slice(first).join('\n'), MAX_NOTES);
}

/** Reminders the agenda keeps: whole minutes up to four weeks before, at most five (the nearest). */
export function importedReminders(minutes: readonly number[]): number[] {
  const kept = minutes.filter((value) => Number.isInteger(value) && value >= 0 && value <= MAX_REMINDER_MINUTES);
  return [...new Set(kept)].sort((a, b) => a - b).slice(0, MAX_REMINDERS);
}

/**
 * An occurrence edit as the agenda stores it: its time, and its own subject and place when they
 * differ from the series' as imported (a blank title keeps the series' one).
 */
function occurrenceOverride(override: CalendarOverride, series: ImportedEvent): OccurrenceOverride {
  if (override.cancelled) return { key: override.key, cancelled: true };
  const edited: OccurrenceOverride = { key: override.key, timing: normalizeTiming(override.timing) };
  const subject = override.summary === undefined ? null : clip(override.summary, MAX_SUBJECT);
  if (subject !== null && subject !== clip(series.summary, MAX_SUBJECT)) edited.subject = subject;
  if (override.location !== undefined) {
    const location = clip(override.location, MAX_LOCATION);
    if (location !== clip(series.location, MAX_LOCATION)) edited.location = location;
  }
  return edited;
}

/** The event's recurrence as the agenda stores it, and how many edits had to be left out. */
export function importedRecurrence(event: ImportedEvent): { recurrence: Recurrence | null; dropped: number } {
  if (!event.rule) return { recurrence: null, dropped: 0 };
  const exceptions = [...new Set(event.exceptions)].sort();
  const overrides = [...event.overrides].sort((a, b) => a.key.localeCompare(b.key));
  const dropped = Math.max(0, exceptions.length - MAX_SERIES_EDITS) + Math.max(0, overrides.length - MAX_SERIES_EDITS);
  return {
    recurrence: { rule: event.rule, exceptions: exceptions.slice(0, MAX_SERIES_EDITS), overrides: overrides.slice(0, MAX_SERIES_EDITS).map((override) => occurrenceOverride(override, event)) },
    dropped,
  };
}

/**
 * The columns an imported event gives a meeting (kind, owner, links and UID aside): title,
 * notes, when, repeats, place, reminders, attendees and whether it is private.
 */
export function meetingColumnsOf(event: ImportedEvent, recurrence: Recurrence | null, attendees: readonly AttendeeRef[], ours: boolean, language: Language): Row {
  return {
    subject: clip(event.summary, MAX_SUBJECT) ?? translate(language, 'agenda.ical.untitled'),
    notes: notesOfDescription(event.description, ours),
    scope: event.private ? 'private' : null,
    ...timingColumnValues(event.timing),
    recurrence: recurrence ? JSON.stringify(recurrence) : null,
    location: clip(event.location, MAX_LOCATION),
    reminders: JSON.stringify(importedReminders(event.reminders)),
    attendees: JSON.stringify(attendees),
  };
}
