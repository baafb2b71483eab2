import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDataset } from '../../../../../src-main/jobs/seed';
import { localMsAt, MS_PER_DAY } from '../../../../../src-shared/domain/recurrence';
import { recurrenceSchema } from '../../../../../src-shared/contract/inputs/activities';
import { openTestCore, type TestCore } from '../../../../helpers/core';

type ActivityDb = {
  id: string;
  kind: string;
  subject: string;
  owner_id: string;
  scope: string | null;
  company_id: string | null;
  contact_id: string | null;
  deal_id: string | null;
  all_day: number;
  starts_at: string | null;
  ends_at: string | null;
  start_date: string | null;
  end_date: string | null;
  time_zone: string | null;
  recurrence: string | null;
  done_at: string | null;
  follow_up_of: string | null;
  reminders: string;
  attendees: string;
  span_start: string;
  span_end: string;
  created_at: string;
};

const REFERENCE = new Date('2026-11-01T00:00:00.000Z');
let core: TestCore;
let rows: ActivityDb[];

beforeAll(() => {
  core = openTestCore();
  seedDataset(core, { size: 'demo', seed: 11, referenceDate: REFERENCE });
  rows = core.db.prepare('SELECT * FROM activities ORDER BY rowid').all() as ActivityDb[];
});
afterAll(() => core.dispose());

const exists = (table: string, id: string) => core.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

describe('seedDataset: activities of the demo dataset', () => {
  it('makes every kind, owned by every user, linked to records that exist', () => {
    expect(rows).toHaveLength(600);
    const kinds = new Set(rows.map((row) => row.kind));
    expect([...kinds].sort()).toEqual(['call', 'email', 'meeting', 'note', 'task', 'visit']);
    const users = core.db.prepare('SELECT id FROM users').pluck().all() as string[];
    expect(new Set(rows.map((row) => row.owner_id))).toEqual(new Set(users));
    for (const row of rows) {
      if (row.company_id) expect(exists('companies', row.company_id)).toBe(true);
      if (row.contact_id) expect(exists('contacts', row.contact_id)).toBe(true);
      if (row.deal_id) expect(exists('deals', row.deal_id)).toBe(true);
      if (row.follow_up_of) expect(rows.find((other) => other.id === row.follow_up_of)?.kind).toBe('call');
    }
    // A contact of the activity works at its company.
    const linked = rows.filter((row) => row.company_id && row.contact_id);
    expect(linked.length).toBeGreaterThan(100);
    for (const row of linked) {
      expect(core.db.prepare('SELECT 1 FROM contact_companies WHERE contact_id = ? AND company_id = ?').get(row.contact_id, row.company_id)).toBeDefined();
    }
  });

  it('plans timed activities on working days and hours in the company’s zone', () => {
    const timed = rows.filter((row) => row.all_day === 0 && row.starts_at);
    expect(timed.length).toBeGreaterThan(400);
    for (const row of timed) {
      const local = localMsAt(Date.parse(row.starts_at as string), row.time_zone as string);
      const weekday = (Math.floor(local / MS_PER_DAY) + 3) % 7;
      const hour = Math.floor((local % MS_PER_DAY) / 3_600_000);
      expect(weekday).toBeLessThan(5);
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThanOrEqual(17);
      if (row.ends_at) expect(Date.parse(row.ends_at)).toBeGreaterThanOrEqual(Date.parse(row.starts_at as string));
    }
    const allDay = rows.filter((row) => row.all_day === 1);
    for (const row of allDay) expect((row.end_date as string) > (row.start_date as string)).toBe(true);
  });

  it('has meetings ahead of the reference date, done tasks behind it, and open ones', () => {
    const ahead = rows.filter((row) => (row.kind === 'meeting' || row.kind === 'visit') && row.span_start > REFERENCE.toISOString());
    expect(ahead.length).toBeGreaterThan(0);
    const tasks = rows.filter((row) => row.kind === 'task');
    expect(tasks.filter((row) => row.done_at).length / tasks.length).toBeGreaterThan(0.7);
    expect(tasks.some((row) => !row.done_at)).toBe(true);
    for (const row of tasks) if (row.done_at) expect(row.done_at <= REFERENCE.toISOString()).toBe(true);
  });

  it('keeps private meetings private: a busy slot with the same id and times, nothing else', () => {
    const privateOnes = rows.filter((row) => row.scope === 'private');
    // Only the local user's own meetings (nobody hides a colleague's meeting from them).
    expect(privateOnes.length).toBeGreaterThan(0);
    for (const row of privateOnes) expect(row.owner_id).toBe(core.userId);
    const slots = core.db.prepare('SELECT * FROM busy_slots').all() as Record<string, unknown>[];
    expect(slots).toHaveLength(privateOnes.length);
    for (const row of privateOnes) {
      const slot = slots.find((candidate) => candidate.id === row.id) as Record<string, unknown>;
      expect(slot).toMatchObject({ owner_id: row.owner_id, starts_at: row.starts_at, ends_at: row.ends_at, start_date: row.start_date, span_start: row.span_start });
      expect(Object.keys(slot)).not.toContain('subject');
    }
  });

  it('writes reminders, attendees and repeat rules the app reads', () => {
    for (const row of rows) {
      const reminders = JSON.parse(row.reminders) as unknown;
      expect(Array.isArray(reminders)).toBe(true);
      expect(Array.isArray(JSON.parse(row.attendees))).toBe(true);
      if (row.recurrence) expect(recurrenceSchema.safeParse(JSON.parse(row.recurrence)).success).toBe(true);
    }
    expect(rows.filter((row) => row.reminders !== '[]').length).toBeGreaterThan(50);
  });

  it('gives a few key accounts many activities (the timeline benchmark’s company)', () => {
    const top = core.db
      .prepare('SELECT company_id, count(*) AS n FROM activities WHERE company_id IS NOT NULL GROUP BY company_id ORDER BY n DESC LIMIT 6')
      .all() as { n: number }[];
    // 3.5 % of 600 spread over five accounts: about four each, against well under one for the others.
    expect((top[0] as { n: number }).n).toBeGreaterThanOrEqual(3);
  });
});

describe('seedDataset: activities are deterministic', () => {
  it('gives the same activities for the same seed whatever the batch size', () => {
    const other = openTestCore();
    try {
      seedDataset(other, { size: 'demo', seed: 11, referenceDate: REFERENCE, batchSize: 13 });
      // The same rows but for the local user, whose id each database draws itself.
      const comparable = (db: TestCore, list: unknown[]) =>
        list.map((row) => JSON.parse(JSON.stringify({ ...(row as object), updated_at: null }).replaceAll(db.userId, 'local-user')) as unknown);
      const again = other.db.prepare('SELECT * FROM activities ORDER BY rowid').all();
      expect(comparable(other, again)).toEqual(comparable(core, rows));
    } finally {
      other.dispose();
    }
  });
});
