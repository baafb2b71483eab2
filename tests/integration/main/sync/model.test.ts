import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { addAccount, connectDevice, startTestServer, type TestDevice } from '../../../helpers/sync';
import { readOutbox } from '../../../../src-main/sync/outbox';

/*
 * The invariants of sync.md as a model-based test: 2–4 devices and the real server, random
 * offline edits, syncs in random order, replies lost after the server committed (the device
 * pushes the same page again). At the end everyone syncs until quiet, then: all devices hold
 * the same rows (convergence), every field holds its highest-HLC write across all logs (no silent
 * loss, disjoint edits survive), deleted stays deleted unless restored later.
 * SYNC_MODEL_RUNS sets the number of cases (default 200; `SYNC_MODEL_RUNS=500 npx vitest run tests/integration/main/sync/model.test.ts` for a long run).
 */
const fields = ['city', 'jobTitle', 'notes'] as const;
type Op =
  | { kind: 'create'; device: number; name: string }
  | { kind: 'update'; device: number; contact: number; field: (typeof fields)[number]; value: string }
  | { kind: 'delete'; device: number; contact: number }
  | { kind: 'restore'; device: number; contact: number }
  | { kind: 'sync'; device: number }
  | { kind: 'sync-reply-lost'; device: number };

const op = (devices: number): fc.Arbitrary<Op> => {
  const device = fc.nat({ max: devices - 1 });
  const contact = fc.nat({ max: 20 });
  return fc.oneof(
    fc.record({ kind: fc.constant('create' as const), device, name: fc.constantFrom('Dupont', 'Lefèvre', 'Nguyễn', 'Müller') }),
    fc.record({ kind: fc.constant('update' as const), device, contact, field: fc.constantFrom(...fields), value: fc.constantFrom('Lyon', 'Paris', 'Brest', 'x', '') }),
    fc.record({ kind: fc.constant('delete' as const), device, contact }),
    fc.record({ kind: fc.constant('restore' as const), device, contact }),
    fc.record({ kind: fc.constant('sync' as const), device }),
    fc.record({ kind: fc.constant('sync-reply-lost' as const), device }),
  );
};

const scenario = fc.integer({ min: 2, max: 4 }).chain((devices) => fc.record({ devices: fc.constant(devices), sameAccount: fc.boolean(), ops: fc.array(op(devices), { maxLength: 30 }) }));

const contactRows = (device: TestDevice) =>
  device.core.db.prepare('SELECT id, first_name, last_name, city, job_title, notes, deleted, owner_id FROM contacts ORDER BY id').all();

/** The contacts a user of this device can act on: live ones to edit or delete, deleted ones to restore. */
function localIds(device: TestDevice, deleted: boolean): string[] {
  return device.core.db.prepare('SELECT id FROM contacts WHERE deleted = ? ORDER BY created_at, id').pluck().all(deleted ? 1 : 0) as string[];
}

async function run(ops: readonly Op[], devices: TestDevice[]): Promise<void> {
  for (const step of ops) {
    const device = devices[step.device] as TestDevice;
    const ids = localIds(device, step.kind === 'restore');
    const target = 'contact' in step ? ids[step.contact % Math.max(1, ids.length)] : undefined;
    switch (step.kind) {
      case 'create':
        await call(device.core, 'contacts.create', { lastName: step.name });
        break;
      case 'update':
        if (target) await call(device.core, 'contacts.update', { id: target, patch: { [step.field]: step.value || null } });
        break;
      case 'delete':
        if (target) await call(device.core, 'contacts.delete', { ids: [target] });
        break;
      case 'restore':
        if (target) await call(device.core, 'contacts.restore', { ids: [target] });
        break;
      case 'sync':
        await device.sync();
        break;
      case 'sync-reply-lost': {
        // The server commits the push but the reply never arrives: the device will send it again.
        const page = readOutbox(device.core.read, 2000);
        if (page.txns.length > 0) await device.transport.push(page.txns);
        break;
      }
    }
  }
}

/** For each contact field, the value of the write with the highest HLC in any device's log. */
function expectedFromLogs(devices: TestDevice[]): Map<string, unknown> {
  const best = new Map<string, { hlc: string; value: unknown }>();
  for (const device of devices) {
    const entries = device.core.db.prepare("SELECT hlc, row_id, changes FROM change_log WHERE tbl = 'contacts'").all() as { hlc: string; row_id: string; changes: string }[];
    for (const entry of entries) {
      for (const [field, value] of Object.entries(JSON.parse(entry.changes) as Record<string, unknown>)) {
        const key = `${entry.row_id}.${field}`;
        const current = best.get(key);
        if (!current || entry.hlc > current.hlc) best.set(key, { hlc: entry.hlc, value });
      }
    }
  }
  return new Map([...best].map(([key, { value }]) => [key, value]));
}

describe('sync invariants (model-based, real server)', () => {
  it('converges without losing any newest write, whatever the order, batching and re-delivery', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ devices: count, sameAccount, ops }) => {
        const server = await startTestServer();
        const devices: TestDevice[] = [];
        try {
          await addAccount(server, 'a@bureau.fr', 'salesperson');
          await addAccount(server, 'b@bureau.fr', 'manager');
          for (let i = 0; i < count; i++) devices.push(await connectDevice(server, sameAccount || i % 2 === 0 ? 'a@bureau.fr' : 'b@bureau.fr'));
          await run(ops, devices);
          for (let round = 0; round < 2; round++) for (const device of devices) await device.sync();
          for (const device of devices) expect(readOutbox(device.core.read, 10).txns).toEqual([]);
          const reference = contactRows(devices[0] as TestDevice);
          for (const device of devices.slice(1)) expect(contactRows(device)).toEqual(reference);
          const expected = expectedFromLogs(devices);
          const columns: Record<string, string> = { city: 'city', job_title: 'job_title', notes: 'notes', deleted: 'deleted', last_name: 'last_name' };
          for (const row of reference as Record<string, unknown>[]) {
            for (const [field, column] of Object.entries(columns)) {
              const key = `${String(row.id)}.${field}`;
              if (expected.has(key)) expect(row[column]).toEqual(expected.get(key));
            }
          }
        } finally {
          for (const device of devices) device.dispose();
          await server.stop();
        }
      }),
      { numRuns: Number(process.env.SYNC_MODEL_RUNS ?? 200), ...(process.env.SYNC_MODEL_SEED ? { seed: Number(process.env.SYNC_MODEL_SEED) } : {}) },
    );
  }, 600_000);
});
