import { v7 as uuidv7 } from 'uuid';
import { instantOfLocal, localMsOf, parseDateTime } from '../../../../../src-shared/domain/recurrence';
import { write } from '../../../../../src-main/core/transactions';
import type { Row } from '../../../../../src-main/db/synced-tables';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { syncBusySlot } from '../../../../../src-main/domains/activities/busy-slots';
import { openTestCore, type TestCore } from '../../../../helpers/core';

/** A core whose clock reads `clock.ms` (tests move it). */
export function coreAt(iso: string): { core: TestCore; clock: { ms: number } } {
  const clock = { ms: Date.parse(iso) };
  return { core: openTestCore({ clock: { now: () => clock.ms } }), clock };
}

/** Another user of the office, as sync would have brought them. */
export function addUser(core: TestCore, displayName: string): string {
  const id = uuidv7();
  write(core, (tx) => insertRecord(tx, 'users', id, { display_name: displayName }));
  return id;
}

/**
 * An activity written as another device would have (sync applies rows, not API calls): for
 * another user's activities, which this device's user may not create through the API.
 */
export function addActivityRow(core: TestCore, values: Row): string {
  const id = uuidv7();
  write(core, (tx) => {
    insertRecord(tx, 'activities', id, { attendees: '[]', reminders: '[]', ...values });
    syncBusySlot(tx, id);
  });
  return id;
}

/** The activity tables and the change log, for "nothing was written" checks. */
export function activityState(core: TestCore): Record<string, unknown> {
  return {
    activities: core.db.prepare('SELECT * FROM activities ORDER BY id').all(),
    busy: core.db.prepare('SELECT * FROM busy_slots ORDER BY id').all(),
    log: core.db.prepare('SELECT count(*) FROM change_log').pluck().get(),
  };
}

export const ZONE = 'Europe/Paris';

/** A timed event in Paris: `paris('2027-03-26T09:00', 60)` is 09:00–10:00 Paris time that day. */
export function paris(local: string, minutes = 60): { allDay: false; start: string; end: string; timeZone: string } {
  const parts = parseDateTime(`${local}:00`);
  if (!parts) throw new Error(`not a wall clock: ${local}`);
  const start = instantOfLocal(localMsOf(parts), ZONE);
  return { allDay: false, start: new Date(start).toISOString(), end: new Date(start + minutes * 60_000).toISOString(), timeZone: ZONE };
}
