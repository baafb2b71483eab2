import { rmSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { write } from '../../../../src-main/core/transactions';
import { attendeeContactIds, attendeeIndexCurrent, rebuildAttendeeIndex } from '../../../../src-main/db/attendee-index';
import { insertRecord } from '../../../../src-main/db/write-path';
import { call, openTestCore, tempDir, type TestCore } from '../../../helpers/core';

const pairsOf = (core: TestCore) => core.db.prepare('SELECT contact_id, activity_id FROM activity_attendees ORDER BY contact_id, activity_id').all();

/** What the index should hold, computed from the attendee lists in plain TypeScript. */
function expectedPairs(core: TestCore) {
  const rows = core.db.prepare('SELECT id, attendees FROM activities WHERE deleted = 0').all() as { id: string; attendees: string }[];
  const pairs = rows.flatMap((row) =>
    (JSON.parse(row.attendees) as { kind: string; id: string }[]).filter((ref) => ref.kind === 'contact').map((ref) => ({ contact_id: ref.id, activity_id: row.id })),
  );
  return pairs.sort((a, b) => a.contact_id.localeCompare(b.contact_id) || a.activity_id.localeCompare(b.activity_id));
}

describe('the activity attendees index', () => {
  it('reads contacts only from an attendee list, once each, and nothing from a malformed one', () => {
    expect(attendeeContactIds('[{"kind":"contact","id":"c1"},{"kind":"user","id":"u1"},{"kind":"contact","id":"c1"},{"kind":"contact","id":"c2"}]')).toEqual(['c1', 'c2']);
    expect(attendeeContactIds('not json')).toEqual([]);
    expect(attendeeContactIds('{"kind":"contact","id":"c1"}')).toEqual([]);
    expect(attendeeContactIds(null)).toEqual([]);
  });

  it('is made again at open when missing (a database from before it) and equals what the writes made', async () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    const anne = await call(core, 'contacts.create', { firstName: 'Anne', lastName: 'Roux' });
    const paul = await call(core, 'contacts.create', { firstName: 'Paul', lastName: 'Roux' });
    const timing = { allDay: false as const, start: '2027-01-04T09:00:00.000Z', end: '2027-01-04T10:00:00.000Z', timeZone: 'Europe/Paris' };
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Réunion', attendees: [{ kind: 'contact', id: anne.id }, { kind: 'contact', id: paul.id }], timing });
    await call(core, 'activities.create', { kind: 'visit', subject: 'Visite', attendees: [{ kind: 'contact', id: paul.id }], timing });
    const made = pairsOf(core);
    expect(made).toHaveLength(3);
    expect(made).toEqual(expectedPairs(core));
    core.db.exec("DELETE FROM activity_attendees; DELETE FROM meta WHERE key = 'activities.attendee_index_version'");
    core.dispose();
    const reopened = openTestCore({ dataDir });
    try {
      expect(reopened.notices).toContain('activity attendees indexed: 3');
      expect(pairsOf(reopened)).toEqual(made);
    } finally {
      reopened.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a bulk load writes without it, marks it stale, and it is made at its end (or at the next open): the same pairs as the lists hold', async () => {
    const dataDir = tempDir();
    const core = openTestCore({ dataDir });
    const anne = await call(core, 'contacts.create', { firstName: 'Anne', lastName: 'Roux' });
    const attendees = JSON.stringify([{ kind: 'contact', id: anne.id }, { kind: 'user', id: core.userId }]);
    write(core, (tx) => {
      tx.duplicateKeysDeferred = true;
      for (let index = 0; index < 3; index++) {
        insertRecord(tx, 'activities', uuidv7(), { kind: 'meeting', subject: `Réunion ${index}`, owner_id: core.userId, attendees, reminders: '[]', all_day: 0, starts_at: '2027-01-04T09:00:00.000Z', ends_at: '2027-01-04T10:00:00.000Z', time_zone: 'Europe/Paris' });
      }
    });
    expect(pairsOf(core)).toEqual([]);
    expect(attendeeIndexCurrent(core.read)).toBe(false);
    core.dispose();
    const reopened = openTestCore({ dataDir });
    try {
      expect(attendeeIndexCurrent(reopened.read)).toBe(true);
      expect(pairsOf(reopened)).toHaveLength(3);
      expect(pairsOf(reopened)).toEqual(expectedPairs(reopened));
      write(reopened, (tx) => rebuildAttendeeIndex(tx.db));
      expect(pairsOf(reopened)).toEqual(expectedPairs(reopened));
    } finally {
      reopened.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
