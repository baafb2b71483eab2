/**
 * An .ics file into the agenda, all or nothing: its size is checked before it is read, it is
 * parsed (events taken or skipped whole, with line and UID), and every event becomes a meeting of
 * the current user in ONE transaction — a failure half-way leaves the database as it was.
 *
 * The same file imported again updates the meetings it created (same UID, same owner) instead of
 * adding copies, field by field: what was changed here since the last import is kept (see
 * imported-fields.ts). An event whose UID belongs to someone else's activity is left alone, as is
 * one whose meeting was deleted here. A file this app exported comes back onto the activities it was
 * written from (`<id>@crm.local`).
 *
 * One transaction for the whole file is why meetings are written here with the write path
 * (insertRecord/updateRecord, then the busy slot of private ones) rather than through
 * activities/service.ts, whose createActivity/updateActivity each commit on their own.
 */
import { runParseJob, ParseWorkerFailure } from '../../jobs/parse/runner';
import type { CalendarMessage } from '../../jobs/parse/messages';
import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import { eventKinds, type ActivityKind, type AttendeeRef, type IcalImportReport } from '../../../src-shared/domain/activities';
import { checkICalendarSize, describeICalendarProblem, type ICalendarImport, type ICalendarProblem, type ICalendarResult, type ImportedEvent, type ImportWarning } from '../../../src-shared/ical';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import type { Row } from '../../db/synced-tables';
import { prepared } from '../../db/handles';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { findFile } from '../../files/store';
import { syncBusySlot } from '../activities/busy-slots';
import { attendeesOf } from '../activities/mapping';
import { checkLinks } from '../activities/validation';
import { IssueList } from '../common/validation';
import { importedRecurrence, meetingColumnsOf, OUR_PRODUCT_ID } from './convert';
import { appLanguage } from './language';
import { importedFieldsOf, rememberImportedFields, reimportPatch } from './imported-fields';
import { attendeesOfEvent, existingByUid, peopleByEmail, type ExistingRow } from './matches';

type ImportInput = ApiParsedInput<'ical.import'>;

/** A refused file, said in the user's language with what to do; the issue keeps a stable English reason. */
function refused(problem: ICalendarProblem, language: Language): ApiError {
  const description = describeICalendarProblem(problem, language);
  const message = problem.code === 'too_large' ? description : `${description} ${translate(language, 'agenda.ical.chooseICalendar')}`;
  return new ApiError({
    code: 'validation',
    field: 'fileId',
    message,
    issues: [
      problem.code === 'too_large'
        ? { path: 'fileId', code: 'too_long', message: `larger than ${problem.limit} bytes` }
        : { path: 'fileId', code: 'invalid_value', message: 'not an iCalendar file' },
    ],
  });
}

/** The worker stopped (out of memory on a hostile file, or crashed): nothing was imported. */
function unreadable(language: Language): ApiError {
  return new ApiError({
    code: 'validation',
    field: 'fileId',
    message: `${translate(language, 'agenda.ical.unreadable')} ${translate(language, 'agenda.ical.chooseICalendar')}`,
    issues: [{ path: 'fileId', code: 'invalid_value', message: 'unreadable' }],
  });
}

/**
 * The file behind the id, parsed: refused before reading when it is too large, then read in the
 * parse worker (its memory capped, away from the process that owns the database).
 */
async function readCalendar(core: Core, input: ImportInput, language: Language): Promise<ICalendarImport> {
  const file = await findFile(core.paths.dataDir, 'incoming', input.fileId);
  if (!file) throw ApiError.notFound('File', input.fileId);
  const tooLarge = checkICalendarSize(file.size);
  if (tooLarge) throw refused(tooLarge, language);
  let parsed: ICalendarResult | null = null;
  try {
    await runParseJob<CalendarMessage>({ kind: 'calendar', path: file.path, defaultTimeZone: input.timeZone }, (message) => {
      if (message.type === 'calendar') parsed = message.result;
    });
  } catch (error) {
    if (error instanceof ParseWorkerFailure) throw unreadable(language);
    throw error;
  }
  const result = parsed as ICalendarResult | null;
  if (!result) throw unreadable(language);
  if (!result.ok) throw refused(result.problem, language);
  return result.value;
}

const editable: ReadonlySet<ActivityKind> = new Set(eventKinds);

/** What happens to one event: a new meeting, the user's meetings of that UID updated, or nothing. */
type Plan = { action: 'create' } | { action: 'update'; rows: ExistingRow[] } | { action: 'leave' };

function planOf(existing: readonly ExistingRow[], userId: string): Plan {
  if (existing.length === 0) return { action: 'create' };
  const own = existing.filter((row) => row.owner_id === userId && row.deleted === 0 && editable.has(row.kind as ActivityKind));
  return own.length > 0 ? { action: 'update', rows: own } : { action: 'leave' };
}

/** Attendees added here stay: the file's are added to them. */
function mergedAttendees(row: ExistingRow, imported: readonly AttendeeRef[]): string {
  const merged = [...attendeesOf(row)];
  for (const ref of imported) if (!merged.some((known) => known.kind === ref.kind && known.id === ref.id)) merged.push(ref);
  return JSON.stringify(merged);
}

type Context = {
  tx: WriteTx;
  core: Core;
  input: ImportInput;
  ours: boolean;
  language: Language;
  people: Map<string, AttendeeRef>;
  warnings: ImportWarning[];
  /** Meetings where a field changed here was kept rather than taken from the file. */
  kept: Set<string>;
};

/** Writes one event; returns what was done ('same': the meetings already held the file's values). */
function importEvent(context: Context, event: ImportedEvent, existing: readonly ExistingRow[]): Plan['action'] | 'same' {
  const { tx, core, input } = context;
  const plan = planOf(existing, core.userId);
  if (plan.action === 'leave') return 'leave';
  const { recurrence, dropped } = importedRecurrence(event);
  if (dropped > 0) context.warnings.push({ reason: 'override_ignored', line: event.line, uid: event.uid, summary: event.summary || null, detail: `+${dropped}` });
  const attendees = attendeesOfEvent(event, context.people, core.userId);
  const columns = meetingColumnsOf(event, recurrence, attendees, context.ours, context.language);
  const links: Row = {
    ...(input.contactId !== undefined ? { contact_id: input.contactId } : {}),
    ...(input.companyId !== undefined ? { company_id: input.companyId } : {}),
  };
  if (plan.action === 'create') {
    const id = uuidv7();
    insertRecord(tx, 'activities', id, { kind: 'meeting', owner_id: core.userId, ...columns, ...links, ical_uid: event.uid });
    rememberImportedFields(tx.db, id, columns);
    syncBusySlot(tx, id);
    return 'create';
  }
  let changed = false;
  for (const row of plan.rows) {
    const current = prepared(tx.db, 'SELECT * FROM activities WHERE id = ?').get(row.id) as Row;
    const { patch, kept } = reimportPatch(current, columns, importedFieldsOf(tx.db, row.id));
    if (kept) context.kept.add(row.id);
    const written = updateRecord(tx, 'activities', row.id, { ...patch, ...links, attendees: mergedAttendees(row, attendees) });
    rememberImportedFields(tx.db, row.id, columns);
    syncBusySlot(tx, row.id);
    if (written.length > 0) changed = true;
  }
  return changed ? 'update' : 'same';
}

export async function importAgenda(core: Core, input: ImportInput): Promise<IcalImportReport> {
  const language = appLanguage(core);
  const issues = new IssueList();
  checkLinks(core.read, input, issues);
  issues.throwIfAny();
  const calendar = await readCalendar(core, input, language);
  const warnings = [...calendar.warnings];
  const counts = { create: 0, update: 0, same: 0, leave: 0 };
  const kept = new Set<string>();
  // Who the file's e-mails are (a read of the contacts table) is found before the write lock is taken.
  const people = peopleByEmail(core.read, calendar.events);
  write(core, (tx) => {
    const context: Context = { tx, core, input, ours: calendar.productId === OUR_PRODUCT_ID, language, people, warnings, kept };
    const existing = existingByUid(core.read, calendar.events.map((event) => event.uid));
    for (const event of calendar.events) counts[importEvent(context, event, existing.get(event.uid) ?? [])] += 1;
  });
  return {
    created: counts.create,
    updated: counts.update,
    unchanged: counts.leave + counts.same,
    keptChanges: kept.size,
    skipped: calendar.skipped,
    warnings: warnings.sort((a, b) => a.line - b.line),
    calendarName: calendar.calendarName,
  };
}
