import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { syncBusySlot } from '../../../../../src-main/domains/activities/busy-slots';
import { timingColumnValues } from '../../../../../src-main/domains/activities/mapping';
import type { EventTiming } from '../../../../../src-shared/domain/recurrence';
import { findFile, receiveFile } from '../../../../../src-main/files/store';
import { MAX_UPLOAD_BYTES, type OutgoingFile } from '../../../../../src-shared/domain/files';
import { parseICalendar, type ICalendarImport, type ImportedEvent } from '../../../../../src-shared/ical';
import type { TestCore } from '../../../../helpers/core';

/** A file of tests/fixtures/ical, as bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../fixtures/ical/${name}`, import.meta.url))));
}

/** What the page does: upload the file, then hand its id to the core. */
export async function upload(core: TestCore, name: string, bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return (await receiveFile(core.paths.dataDir, name, data, MAX_UPLOAD_BYTES)).fileId;
}

/** The text of a file the core made for the page to save. */
export async function outgoingText(core: TestCore, file: OutgoingFile): Promise<string> {
  const stored = await findFile(core.paths.dataDir, 'outgoing', file.fileId);
  if (!stored) throw new Error(`outgoing file ${file.fileId} is missing`);
  return readFile(stored.path, 'utf8');
}

/** Parses .ics text and expects success. */
export function parsed(text: string, defaultTimeZone = 'Europe/Paris'): ICalendarImport {
  const result = parseICalendar(text, { defaultTimeZone });
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

export function eventNamed(calendar: ICalendarImport, summary: string): ImportedEvent {
  const event = calendar.events.find((candidate) => candidate.summary === summary);
  if (!event) throw new Error(`no event “${summary}” in ${calendar.events.map((candidate) => candidate.summary).join(', ')}`);
  return event;
}

/** Another user of the office (as sync would bring them). */
export function addUser(core: TestCore, displayName: string, email: string | null): string {
  const id = uuidv7();
  write(core, (tx) => insertRecord(tx, 'users', id, { display_name: displayName, email }));
  return id;
}

/** Another user's private meeting, written as on their PC (with its busy slot): this device should not show it. */
export function privateOfMarc(core: TestCore, ownerId: string, subject: string, timing: EventTiming, icalUid: string | null = null): string {
  const id = uuidv7();
  write(core, (tx) => {
    insertRecord(tx, 'activities', id, { kind: 'meeting', subject, owner_id: ownerId, scope: 'private', ...timingColumnValues(timing), ical_uid: icalUid });
    syncBusySlot(tx, id);
  });
  return id;
}

export type ActivityRow = {
  id: string;
  kind: string;
  subject: string;
  notes: string | null;
  owner_id: string;
  scope: string | null;
  contact_id: string | null;
  company_id: string | null;
  all_day: number;
  starts_at: string | null;
  ends_at: string | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  recurrence: string | null;
  location: string | null;
  attendees: string;
  reminders: string;
  ical_uid: string | null;
  deleted: number;
};

export const activityRows = (core: TestCore): ActivityRow[] => core.db.prepare('SELECT * FROM activities ORDER BY starts_at, start_date, id').all() as ActivityRow[];

export function rowNamed(core: TestCore, subject: string): ActivityRow {
  const rows = activityRows(core).filter((row) => row.subject === subject);
  expect(rows).toHaveLength(1);
  return rows[0] as ActivityRow;
}

/** Counts that say whether anything was written: rows of the agenda's tables and the change log. */
export function writeCounts(core: TestCore): Record<string, number> {
  const count = (sqlText: string) => core.db.prepare(sqlText).pluck().get() as number;
  return {
    activities: count('SELECT count(*) FROM activities'),
    busySlots: count('SELECT count(*) FROM busy_slots'),
    changeLog: count('SELECT count(*) FROM change_log'),
    transactions: count('SELECT count(*) FROM change_txns'),
  };
}
