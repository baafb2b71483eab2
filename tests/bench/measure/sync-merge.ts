import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ContactUpdateInput } from '../../../src-shared/contract/inputs/contacts';
import type { Core } from '../../../src-main/core/core';
import { seedDataset } from '../../../src-main/jobs/seed';
import type { Metrics } from '../suite';
import { round } from '../stats';
import { pullCursor } from '../../../src-main/sync/state';
import { call } from './call';
import { startDeviceProcess } from './device-process';
import { addBenchAccount, connectBenchDevice, countRows, reopenBenchDevice, settle, type BenchDevice, type BenchServer } from './sync-server';

const DEVICES = 20;
const EDITS_PER_DEVICE = 2_000;
/** The base: the `demo` dataset seeded with 40 different seeds = 8,000 contacts, 1,600 companies, 2,400 deals (and their links, tags, stage history and quotes; one catalogue). */
const BASE_SEEDS = 40;
/** Each group of devices shares a quarter of the contacts, and each device of a group edits its own field on them. */
const GROUPS = 4;
const fields: { patch: keyof ContactUpdateInput['patch']; column: string }[] = [
  { patch: 'jobTitle', column: 'job_title' },
  { patch: 'city', column: 'city' },
  { patch: 'address', column: 'address' },
  { patch: 'source', column: 'source' },
  { patch: 'postcode', column: 'postcode' },
];
/** Every device edits `notes` on these first contacts: the same field, concurrently (one edit in ten). */
const SAME_FIELD_CONTACTS = EDITS_PER_DEVICE / 10;

/**
 * The reconnection stops between two rounds after this long (`CRM_BENCH_MERGE_DEADLINE_S`,
 * default 180 s, 6× the budget), so that a slow engine does not hold the suite for an hour; it is
 * then reported as not converged and its time is a lower bound.
 */
const MERGE_DEADLINE_MS = Number(process.env.CRM_BENCH_MERGE_DEADLINE_S ?? 180) * 1000;

type Expected = { device: number; rowId: string; column: string; value: unknown };

/** What a device's contacts look like, for comparing devices once they have converged. */
function contactsDigest(core: Core): string {
  const hash = createHash('sha256');
  const rows = core.db
    .prepare(`SELECT id, ${fields.map((field) => field.column).join(', ')}, notes, deleted FROM contacts ORDER BY id`)
    .raw()
    .iterate() as IterableIterator<unknown[]>;
  for (const row of rows) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

/** 2,000 offline edits on device `d`, through the handlers (one transaction each); returns the disjoint ones as written. */
async function offlineEdits(device: BenchDevice, d: number, contactIds: readonly string[]): Promise<Expected[]> {
  const group = contactIds.filter((_, index) => index % GROUPS === Math.floor(d / fields.length) % GROUPS);
  const field = fields[d % fields.length] as (typeof fields)[number];
  const edited: string[] = [];
  let sameField = 0;
  for (let k = 0; k < EDITS_PER_DEVICE; k++) {
    if (k % 10 === 9) {
      const id = contactIds[sameField] as string;
      await call(device.core, 'contacts.update', { id, patch: { notes: `Note de l’appareil ${d}, édition ${sameField}` } });
      sameField += 1;
      continue;
    }
    // Each device of a group starts elsewhere in the group's contacts and edits each at most once.
    const id = group[(edited.length + d * 97) % group.length] as string;
    const value = field.column === 'postcode' ? `P${d}-${k}` : `${field.column} ${d}/${k} é`;
    await call(device.core, 'contacts.update', { id, patch: { [field.patch]: value } });
    edited.push(id);
  }
  const read = device.core.db.prepare(`SELECT ${field.column} FROM contacts WHERE id = ?`).pluck();
  return edited.map((rowId) => ({ device: d, rowId, column: field.column, value: read.get(rowId) }));
}

/**
 * 20 devices (20 accounts: one administrator who seeded the base, 19 salespeople) on a common
 * base of 8,000 contacts, all synced; each then makes 2,000 edits offline: 1,800 on its own field
 * of contacts it shares with four other devices (disjoint fields on shared records) and 200 on
 * `notes` of 200 contacts that every device edits (the same field: one winner, 19 losers each).
 * Then all reconnect at once, each device in a process of its own (as on a PC of its own; here
 * all share this machine's two cores with the server), and sync in rounds until a round moves
 * nothing (a device pulls what was pushed after its own pull at the next round):
 * `offline_merge_20x2000_s`. Afterwards every disjoint edit must be on the server and on every
 * device (`lost_disjoint_edits`), all devices must hold the same contacts, and the
 * same-field losses must be in each loser's Sync review (`same_field_conflicts_recorded`, 3,800
 * expected). Past the deadline the reconnection stops: `offline_merge_converged` is 0 and the
 * checks cover what was pushed and the devices that were up to date.
 */
export async function measureOfflineMerge(workDir: string, server: BenchServer, log: (line: string) => void, deadlineMs = MERGE_DEADLINE_MS): Promise<Metrics> {
  const emails = Array.from({ length: DEVICES }, (_, d) => `merge${d}@bench.fr`);
  for (const [d, email] of emails.entries()) await addBenchAccount(server, email, d === 0 ? 'administrator' : 'salesperson');
  const devices: BenchDevice[] = [];
  try {
    log(`sync: merge base (${BASE_SEEDS} demo seeds) on device 0, pushed, then pulled by ${DEVICES - 1} devices…`);
    const first = await connectBenchDevice(join(workDir, 'merge-0'), server, emails[0] as string);
    devices.push(first);
    for (let seed = 1; seed <= BASE_SEEDS; seed++) seedDataset(first.core, { size: 'demo', seed });
    await settle();
    await first.sync();
    const baseStarted = performance.now();
    for (let d = 1; d < DEVICES; d++) {
      const device = await connectBenchDevice(join(workDir, `merge-${d}`), server, emails[d] as string);
      devices.push(device);
      await device.sync();
    }
    const contactIds = first.core.db.prepare('SELECT id FROM contacts WHERE deleted = 0 ORDER BY id').pluck().all() as string[];
    for (const device of devices) {
      if (countRows(device.core, 'contacts') !== contactIds.length) throw new Error('the merge devices do not share the base');
    }
    log(`  base of ${contactIds.length} contacts on ${DEVICES} devices (${((performance.now() - baseStarted) / 1000).toFixed(1)} s for the ${DEVICES - 1} initial pulls)`);

    log(`sync: ${DEVICES} × ${EDITS_PER_DEVICE} offline edits…`);
    const editsStarted = performance.now();
    const expected: Expected[] = [];
    for (const [d, device] of devices.entries()) expected.push(...(await offlineEdits(device, d, contactIds)));
    const editMs = performance.now() - editsStarted;
    log(`  ${DEVICES * EDITS_PER_DEVICE} edits in ${(editMs / 1000).toFixed(1)} s`);

    await settle();
    log('sync: all devices reconnect at once, each in a process of its own…');
    // Each device as on a PC of its own: a process of its own, all syncing at the same time against
    // the server (this process), in rounds until a round moves nothing.
    const dataDirs = devices.map((_, d) => join(workDir, `merge-${d}`));
    for (const device of devices.splice(0)) device.close();
    const processes = await Promise.all(dataDirs.map((dir) => startDeviceProcess(dir, server.url)));
    const started = performance.now();
    let rounds = 0;
    let converged = false;
    // Until the last round's answers (the processes then close their databases, not timed).
    let mergeMs = 0;
    try {
      for (;;) {
        if (performance.now() - started > deadlineMs) break;
        rounds += 1;
        const reports = await Promise.all(processes.map((device) => device.sync()));
        mergeMs = performance.now() - started;
        const moved = reports.reduce((sum, report) => sum + report.moved, 0);
        log(`  round ${rounds}: ${moved} changes moved, the slowest device synced in ${(Math.max(...reports.map((report) => report.ms)) / 1000).toFixed(1)} s`);
        if (reports.every((report) => report.moved === 0)) {
          converged = true;
          break;
        }
        if (rounds >= 10) throw new Error('the devices did not converge in 10 rounds');
      }
    } finally {
      await Promise.all(processes.map((device) => device.close()));
    }
    for (const dir of dataDirs) devices.push(reopenBenchDevice(dir, server.url));
    const lastSeq = await server.store.lastSeq();
    const unsent = (device: BenchDevice) => device.core.db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get() as number;
    const done = devices.filter((device) => pullCursor(device.core) >= lastSeq && unsent(device) === 0);
    log(
      converged
        ? `  converged in ${(mergeMs / 1000).toFixed(1)} s (${rounds} rounds, the last one moving nothing)`
        : `  NOT converged after ${(mergeMs / 1000).toFixed(1)} s (the deadline; ${done.length} of ${DEVICES} devices up to date): the figures below are lower bounds`,
    );

    // Every disjoint-field edit, on the server and on each device. Past the deadline, what was not
    // pushed yet is not lost: only pushed edits count, on the server and on the up-to-date devices.
    const pushedBy = new Set(devices.flatMap((device, d) => (unsent(device) === 0 ? [d] : [])));
    const checked = expected.filter((edit) => pushedBy.has(edit.device));
    const lost = new Set<number>();
    const serverValues = await server.store.write(async (writer) => {
      const values: unknown[] = [];
      for (const edit of checked) values.push((await writer.row('contacts', edit.rowId))?.data[edit.column]);
      return values;
    });
    checked.forEach((edit, index) => {
      if (serverValues[index] !== edit.value) lost.add(index);
    });
    for (const device of done) {
      const reads = new Map(fields.map((field) => [field.column, device.core.db.prepare(`SELECT ${field.column} FROM contacts WHERE id = ?`).pluck()]));
      checked.forEach((edit, index) => {
        if (reads.get(edit.column)?.get(edit.rowId) !== edit.value) lost.add(index);
      });
    }
    const digests = new Set(done.map((device) => contactsDigest(device.core)));
    const conflicts = (sql: string) => devices.reduce((sum, device) => sum + (device.core.db.prepare(sql).pluck().get() as number), 0);
    return {
      offline_merge_20x2000_s: round(mergeMs / 1000, 2),
      offline_merge_converged: converged ? 1 : 0,
      offline_merge_devices_up_to_date: done.length,
      offline_merge_rounds: rounds,
      offline_merge_base_contacts: contactIds.length,
      offline_merge_edit_ms_avg: round(editMs / (DEVICES * EDITS_PER_DEVICE)),
      disjoint_edits: expected.length,
      disjoint_edits_checked: checked.length,
      lost_disjoint_edits: lost.size,
      merge_device_digests: digests.size,
      same_field_edits: DEVICES * SAME_FIELD_CONTACTS,
      same_field_losses_expected: (DEVICES - 1) * SAME_FIELD_CONTACTS,
      same_field_conflicts_recorded: conflicts("SELECT count(*) FROM sync_conflicts WHERE kind = 'lost' AND field = 'notes'"),
      // Must be 0: disjoint edits never conflict, and a value replaced by an edit made after seeing it is no loss.
      disjoint_field_conflicts_recorded: conflicts("SELECT count(*) FROM sync_conflicts WHERE NOT (kind = 'lost' AND field = 'notes')"),
    };
  } finally {
    for (const device of devices) device.close();
  }
}
