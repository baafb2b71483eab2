import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatusInfo } from '../../../../src-shared/domain/sync';
import { startBackgroundJobs, type BackgroundJobs } from '../../../../src-main/jobs/background';
import { listen } from '../../../../src-main/server/http';
import { call, openTestCore, type TestCore } from '../../../helpers/core';
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Running = { core: TestCore; jobs: BackgroundJobs; statuses: SyncStatusInfo[] };

/** A device as a host runs it: background jobs started, its sync.status events recorded. */
async function runningDevice(office: TestServer, email: string): Promise<Running> {
  const core = openTestCore();
  const statuses: SyncStatusInfo[] = [];
  core.events.subscribe((name, payload) => {
    if (name === 'sync.status') statuses.push(payload as SyncStatusInfo);
  });
  const jobs = startBackgroundJobs(core, { sync: { timing: { afterChangeMs: 50, intervalMs: 60_000, backoffMs: 100, maxBackoffMs: 200 } } });
  cleanups.push(async () => {
    await jobs.stop();
    core.dispose();
  });
  await call(core, 'sync.connect', { url: office.url, email, password: PASSWORD });
  await until(() => statuses.at(-1)?.state === 'idle' && statuses.at(-1)?.lastSyncAt !== null);
  return { core, jobs, statuses };
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const syncsStarted = (statuses: SyncStatusInfo[], from = 0) => statuses.slice(from).filter((status, index, all) => status.state === 'syncing' && all[index - 1]?.state !== 'syncing').length;

describe('the sync scheduler in the background jobs', () => {
  it('syncs soon after a local edit, without being asked', async () => {
    const office = await startTestServer();
    cleanups.push(() => office.stop());
    await addAccount(office, 'lea@office.fr');
    const lea = await runningDevice(office, 'lea@office.fr');
    const mark = lea.statuses.length;
    await call(lea.core, 'contacts.create', { lastName: 'Automatique' });
    // The edit is announced as pending at once, then sent by itself.
    await until(() => lea.statuses.slice(mark).some((status) => status.pending > 0));
    await until(() => lea.statuses.at(-1)?.state === 'idle' && lea.statuses.at(-1)?.pending === 0 && syncsStarted(lea.statuses, mark) > 0);
    expect((await office.store.changesSince(0, 100)).some((change) => change.tbl === 'contacts')).toBe(true);
  });

  it('does not start another sync for the changes a sync applied', async () => {
    const office = await startTestServer();
    cleanups.push(() => office.stop());
    await addAccount(office, 'lea@office.fr');
    await addAccount(office, 'marc@office.fr');
    const lea = await runningDevice(office, 'lea@office.fr');
    const marc = await runningDevice(office, 'marc@office.fr');
    await call(marc.core, 'contacts.create', { lastName: 'Reçu' });
    await until(() => marc.statuses.at(-1)?.pending === 0 && marc.statuses.at(-1)?.state === 'idle');

    const mark = lea.statuses.length;
    const status = await call(lea.core, 'sync.now', {});
    expect(status.lastSummary?.pulled).toBeGreaterThan(0);
    expect((await call(lea.core, 'contacts.list', {})).rows.map((row) => row.displayName)).toContain('Reçu');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(syncsStarted(lea.statuses, mark)).toBe(1);
  });

  it('goes offline when the server is away, retries with backoff, and sends what waited once it is back', async () => {
    const office = await startTestServer();
    cleanups.push(() => office.stop());
    await addAccount(office, 'lea@office.fr');
    const lea = await runningDevice(office, 'lea@office.fr');
    const port = Number(new URL(office.url).port);
    await office.running.close();

    await call(lea.core, 'contacts.create', { lastName: 'Patient' });
    await until(() => lea.statuses.at(-1)?.state === 'offline');
    const offline = lea.statuses.at(-1)!;
    expect(offline.error).toEqual({ kind: 'offline', code: null });
    expect(offline.pending).toBeGreaterThan(0);
    expect(offline.nextAttemptAt).not.toBeNull();

    const back = await listen(office.service, { port, host: '127.0.0.1' });
    cleanups.push(() => back.close());
    await until(() => lea.statuses.at(-1)?.state === 'idle' && lea.statuses.at(-1)?.pending === 0);
    expect(lea.statuses.at(-1)?.error).toBeNull();
  });

  it('stops syncing once the device is disconnected', async () => {
    const office = await startTestServer();
    cleanups.push(() => office.stop());
    await addAccount(office, 'lea@office.fr');
    const lea = await runningDevice(office, 'lea@office.fr');
    await call(lea.core, 'sync.disconnect', {});
    const mark = lea.statuses.length;
    await call(lea.core, 'contacts.create', { lastName: 'Seul' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(syncsStarted(lea.statuses, mark)).toBe(0);
    expect((await call(lea.core, 'sync.status', {})).configured).toBe(false);
  });
});
