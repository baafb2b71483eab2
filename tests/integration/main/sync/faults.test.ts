/**
 * Sync under real faults, with real processes: the office server as a child process, devices as
 * CLI processes (and a device script that SIGKILLs itself at a known point), every device
 * reaching the server through a fault proxy on 127.0.0.1. After healing, invariants 1–4 of
 * design/sync.md are checked on the device databases and the server's: identical synced data
 * everywhere, disjoint-field edits all kept, every committed local edit on the server once, no
 * pending outbox.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../helpers/browser-mode';
import { crm, startServerProcess, type CliRun } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/core';
import { startFaultProxy, type FaultMode, type FaultProxy, type SeenRequest } from '../../../helpers/fault-proxy';
import { dataPaths } from '../../../../src-main/core/paths';
import { syncCatalog } from '../../../../src-shared/sync/catalog';

const password = 'mot de passe solide';
const ADMIN = 'admin@bureau.fr';
const LEA = 'lea@bureau.fr';
const SYNCED = Object.keys(syncCatalog);
/** One clear line: the device could not reach the server (the CLI and the device script say the same). */
const UNREACHABLE = /^error: The office server cannot be reached \(.+\)\.( \(cursor \d+\))?\n$/;
/** One clear line: the connection broke while the answer was arriving. */
const BROKEN = /^error: The connection to the office server broke during its answer \(.+\)\.\n$/;

type Cleanup = () => Promise<void> | void;
type Office = {
  data: string;
  proxy: FaultProxy;
  kill: () => Promise<void>;
  restart: () => Promise<void>;
  /** Undone when the test ends (each test owns its processes and folders: the tests run concurrently). */
  track: (cleanup: Cleanup) => void;
  dir: (prefix: string) => string;
};

/** The server (first administrator: ADMIN) behind a fault proxy, for one test. */
async function startOffice(onTestFinished: (cleanup: Cleanup) => void): Promise<Office> {
  const cleanups: Cleanup[] = [];
  onTestFinished(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const track = (cleanup: Cleanup) => void cleanups.push(cleanup);
  const dir = (prefix: string) => {
    const made = tempDir(prefix);
    track(() => rmSync(made, { recursive: true, force: true }));
    return made;
  };
  const data = dir('crm-faults-server-');
  let server = await startServerProcess(['--data-dir', data, '--port', '0', '--host', '127.0.0.1', '--admin-email', ADMIN], { CRM_ADMIN_PASSWORD: password });
  track(() => void server.child.kill('SIGKILL'));
  const proxy = await startFaultProxy(server.url);
  track(() => proxy.close());
  const office: Office = {
    data,
    proxy,
    track,
    dir,
    kill: () => exited(server.child, () => server.child.kill('SIGKILL')),
    restart: async () => {
      server = await startServerProcess(['--data-dir', data, '--port', '0', '--host', '127.0.0.1']);
      proxy.retarget(server.url);
    },
  };
  return office;
}

function exited(child: ChildProcess, kill: () => void): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    kill();
  });
}

/** A device folder connected to the office (through the proxy) as `email`. */
async function device(office: Office, email: string): Promise<string> {
  const data = office.dir('crm-faults-device-');
  await ok(['--data-dir', data, 'connect', office.proxy.url, '--user', email, '--device-name', `device ${email}`], { CRM_PASSWORD: password });
  return data;
}

/** The administrator's device, and `count` devices of `email` (Léa's salesperson account is added meanwhile). */
async function devices(office: Office, count: number, email = LEA): Promise<[string, ...string[]]> {
  const others = async () => {
    if (email === LEA) await ok(['server', 'users', 'add', '--server-data', office.data, '--email', LEA, '--name', 'Léa', '--role', 'salesperson'], { CRM_PASSWORD: password });
    return Promise.all(Array.from({ length: count }, () => device(office, email)));
  };
  const [admin, rest] = await Promise.all([device(office, ADMIN), others()]);
  return [admin, ...rest];
}

async function ok(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const run = await crm(args, env);
  expect(run.code, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run;
}

const sync = (data: string) => crm(['--data-dir', data, 'sync']);

type ScriptRun = CliRun & { signal: NodeJS.Signals | null };

/** Runs tests/fixtures/scripts/sync-device.ts as its own process; `onStdout` may kill it. */
function deviceScript(office: Office, data: string, args: string[], onStdout?: (text: string, child: ChildProcess) => void): Promise<ScriptRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/scripts/sync-device.ts', data, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  office.track(() => void child.kill('SIGKILL'));
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onStdout?.(stdout, child);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/* ---- reading the databases (read-only, from the test process) ---- */

function readOnly<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const onDevice = <T>(data: string, read: (db: Database.Database) => T) => readOnly(dataPaths(data).databaseFile, read);
const onServer = <T>(office: Office, read: (db: Database.Database) => T) => readOnly(join(office.data, 'server.sqlite'), read);

const pending = (data: string) => onDevice(data, (db) => db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get() as number);
const cursorOf = (data: string) => onDevice(data, (db) => Number(db.prepare("SELECT value FROM meta WHERE key = 'sync.cursor'").pluck().get() ?? 0));
const deviceIdOf = (data: string) => onDevice(data, (db) => db.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string);
const contactIds = (data: string) => onDevice(data, (db) => db.prepare('SELECT id FROM contacts ORDER BY id').pluck().all() as string[]);
const contact = (data: string, id: string) => onDevice(data, (db) => db.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as Record<string, unknown>);
/**
 * Every synced row but private ones: the seeded dataset holds private meetings, which reach only
 * their owner's devices (the office sees their busy slots), so devices of different users differ
 * there by design.
 */
const shared = (table: string) => (table === 'activities' ? "WHERE scope IS NOT 'private'" : '');
const snapshot = (data: string) =>
  onDevice(data, (db) => Object.fromEntries(SYNCED.map((table) => [table, db.prepare(`SELECT * FROM ${table} ${shared(table)} ORDER BY id`).all()])));

/** The changes stored by the server from one device; duplicates would show as repeated (hlc, table, row). */
function serverChangesFrom(office: Office, deviceId: string): { count: number; duplicates: number } {
  return onServer(office, (db) => ({
    count: db.prepare('SELECT count(*) FROM changes WHERE device_id = ?').pluck().get(deviceId) as number,
    duplicates: db.prepare('SELECT count(*) FROM (SELECT 1 FROM changes GROUP BY hlc, tbl, row_id HAVING count(*) > 1)').pluck().get() as number,
  }));
}

/** The sequence of the n-th change after `after` (an administrator sees every change: the cursor after n applied). */
function nthSeqAfter(office: Office, after: number, n: number): number {
  return onServer(office, (db) => db.prepare('SELECT seq FROM changes WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?').pluck().get(after, n - 1) as number);
}

const snapshotProgress = (data: string) =>
  onDevice(data, (db) => {
    const raw = db.prepare("SELECT value FROM meta WHERE key = 'sync.snapshot'").pluck().get() as string | undefined;
    return raw ? (JSON.parse(raw) as { after: unknown; watermark: number | null }) : null;
  });
const indexNames = (data: string) =>
  onDevice(data, (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").pluck().all() as string[]);
const pages = (run: CliRun, kind: 'snapshot' | 'pulled') => run.stdout.match(new RegExp(`^${kind} page`, 'gm'))?.length ?? 0;

/** The contacts the server had created up to a sequence number. */
function contactsCreatedUpTo(office: Office, seq: number): string[] {
  return onServer(office, (db) =>
    db.prepare("SELECT DISTINCT row_id FROM changes WHERE tbl = 'contacts' AND seq <= ? AND json_extract(changes, '$.created_at') IS NOT NULL ORDER BY row_id").pluck().all(seq) as string[],
  );
}

/** The device holds exactly the server's merged rows, every synced field equal (private ones aside, see `snapshot`). */
function expectMatchesServer(office: Office, data: string): void {
  const serverRows = onServer(
    office,
    (db) =>
      db.prepare("SELECT tbl, row_id, data FROM rows WHERE NOT (tbl = 'activities' AND json_extract(data, '$.scope') IS 'private') ORDER BY tbl, row_id").all() as {
        tbl: string;
        row_id: string;
        data: string;
      }[],
  );
  const local = snapshot(data);
  const byKey = new Map<string, Record<string, unknown>>();
  for (const [table, rows] of Object.entries(local)) for (const row of rows as Record<string, unknown>[]) byKey.set(`${table}/${String(row.id)}`, row);
  expect(serverRows.map((row) => `${row.tbl}/${row.row_id}`).sort()).toEqual([...byKey.keys()].sort());
  for (const row of serverRows) {
    const mine = byKey.get(`${row.tbl}/${row.row_id}`);
    const fields = JSON.parse(row.data) as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(fields).map((field) => [field, mine?.[field]])), `${row.tbl} ${row.row_id}`).toEqual(fields);
  }
}

/**
 * Invariants 1–4 after healing: nothing pending anywhere, every database intact, the devices
 * holding the same synced rows (every column) and the server's merged rows.
 */
function expectConverged(office: Office, devices: string[]): void {
  for (const data of devices) {
    expect(pending(data), `pending outbox on ${data}`).toBe(0);
    expect(onDevice(data, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
  }
  const first = snapshot(devices[0] ?? '');
  for (const data of devices.slice(1)) expect(snapshot(data)).toEqual(first);
  expectMatchesServer(office, devices[0] ?? '');
  expect(onServer(office, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
}

async function writeContacts(office: Office, data: string, count: number, label: string): Promise<void> {
  const run = await deviceScript(office, data, ['write', String(count), label]);
  expect(run.code, run.stderr).toBe(0);
}

const only = (path: string, mode: FaultMode) => (request: Omit<SeenRequest, 'mode'>) => (request.path === path ? mode : 'pass');
const update = (data: string, id: string, patch: Record<string, string>) => ok(['--data-dir', data, 'api', 'contacts.update', JSON.stringify({ id, patch })]);

// Each test has its own server, proxy and devices; running them side by side keeps both cores busy.
describe.concurrent('sync through a faulty network and crashing processes', () => {
  it('a push whose reply is lost after the server committed fails with a clear error; the retry is free and nothing is lost', async ({ onTestFinished }) => {
    const office = await startOffice(onTestFinished);
    const [admin, lea = ''] = await devices(office, 1);
    await ok(['--data-dir', admin, 'seed', '--size', 'demo']);
    const outbox = pending(admin);
    expect(outbox).toBeGreaterThan(500);

    office.proxy.set(only('/v1/push', 'cut-replies'));
    const cut = await sync(admin);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(UNREACHABLE);
    // The server committed the whole page; the device, never told, still holds it all as pending.
    expect(office.proxy.requests.filter((request) => request.mode === 'cut-replies')).toHaveLength(1);
    expect(serverChangesFrom(office, deviceIdOf(admin))).toEqual({ count: outbox, duplicates: 0 });
    expect(pending(admin)).toBe(outbox);

    office.proxy.heal();
    const retried = await ok(['--data-dir', admin, 'sync']);
    expect(retried.stdout).toMatch(new RegExp(`^pushed ${outbox}, pulled \\d+, rejected 0, conflicts 0`));
    // The retry was answered from the transactions already received: each change is stored once.
    expect(serverChangesFrom(office, deviceIdOf(admin))).toEqual({ count: outbox, duplicates: 0 });
    // Both edit the same contact offline, different fields (Léa once she has the office's data); both replies are lost.
    const target = contactIds(admin)[7] ?? '';
    await Promise.all([
      update(admin, target, { city: 'Quimper' }),
      ok(['--data-dir', lea, 'sync']).then(() => {
        expect(contactIds(lea)).toEqual(contactIds(admin));
        return update(lea, target, { jobTitle: 'Acheteuse' });
      }),
    ]);
    office.proxy.set(only('/v1/push', 'cut-replies'));
    const [adminCut, leaCut] = await Promise.all([sync(admin), sync(lea)]);
    for (const run of [adminCut, leaCut]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(UNREACHABLE);
    }
    expect(pending(admin)).toBeGreaterThan(0);
    expect(pending(lea)).toBeGreaterThan(0);

    // Both pushes were committed before their replies were cut: one healed sync each is enough.
    office.proxy.heal();
    await Promise.all([ok(['--data-dir', admin, 'sync']), ok(['--data-dir', lea, 'sync'])]);
    expectConverged(office, [admin, lea]);
    for (const data of [admin, lea]) expect(contact(data, target)).toMatchObject({ city: 'Quimper', job_title: 'Acheteuse' });
    expect(serverChangesFrom(office, deviceIdOf(lea)).duplicates).toBe(0);
  }, 300_000);

  it('connection resets during a pull fail clearly, keep the cursor at what was applied, and the next sync converges', async ({ onTestFinished }) => {
    const office = await startOffice(onTestFinished);
    const [admin, laptop = ''] = await devices(office, 1, ADMIN);
    // The laptop joins first (its snapshot is nearly empty) with its own offline contact; then the office PC
    // records 400 contacts, one transaction each (pull pages end at a transaction's end).
    const [creation] = await Promise.all([
      ok(['--data-dir', laptop, 'api', 'contacts.create', '{"firstName":"Yvonne","lastName":"Kerbrat"}']).then(async (made) => (await ok(['--data-dir', laptop, 'sync']), made)),
      writeContacts(office, admin, 400, 'Lot'),
    ]);
    const created = JSON.parse(creation.stdout) as { id: string };
    await ok(['--data-dir', admin, 'sync']);
    const start = cursorOf(laptop);

    // Pages of 100: the third pull request is reset.
    const pullsBefore = office.proxy.requests.filter((request) => request.path === '/v1/pull').length;
    office.proxy.set((request) => (request.path === '/v1/pull' && request.pathIndex === pullsBefore + 3 ? 'reset' : 'pass'));
    const reset = await deviceScript(office, laptop, ['sync', '--page-limit', '100']);
    expect(reset.code, reset.stderr).toBe(1);
    expect(reset.stderr).toMatch(UNREACHABLE);
    expect(pages(reset, 'pulled')).toBe(2);
    // The cursor is exactly where the applied pages end, and what they created is there, nothing more.
    const applied = nthSeqAfter(office, start, 200);
    expect(cursorOf(laptop)).toBe(applied);
    expect(contactIds(laptop)).toEqual([...new Set([...contactsCreatedUpTo(office, applied), created.id])].sort());

    // The connection breaks in the middle of the answer: a clear error, and the cursor does not move.
    office.proxy.set(only('/v1/pull', 'reset-mid-reply'));
    const midReply = await sync(laptop);
    expect(midReply.code).toBe(1);
    expect(midReply.stderr).toMatch(BROKEN);
    expect(cursorOf(laptop)).toBe(applied);

    // A server that never answers: the request times out with a clear error.
    office.proxy.set(only('/v1/pull', 'blackhole'));
    const silent = await deviceScript(office, laptop, ['sync', '--timeout-ms', '1500']);
    expect(silent.code).toBe(1);
    expect(silent.stderr).toMatch(UNREACHABLE);
    expect(cursorOf(laptop)).toBe(applied);

    // The laptop's contact reached the office PC before the faults; one healed sync finishes the laptop.
    office.proxy.heal();
    await ok(['--data-dir', laptop, 'sync']);
    expectConverged(office, [admin, laptop]);
    expect(contactIds(admin)).toContain(created.id);
  }, 300_000);

  it('a device killed in the middle of a snapshot, of a pull or right after a push syncs again without loss', async ({ onTestFinished }) => {
    const office = await startOffice(onTestFinished);
    const [admin, laptop = ''] = await devices(office, 1, ADMIN);
    const [creation] = await Promise.all([
      ok(['--data-dir', laptop, 'api', 'contacts.create', '{"firstName":"Soazig","lastName":"Le Goff"}']),
      ok(['--data-dir', admin, 'seed', '--size', 'demo']).then(() => ok(['--data-dir', admin, 'sync'])),
    ]);
    const created = JSON.parse(creation.stdout) as { id: string };

    // The laptop's first sync is a snapshot of the office, in pages of 100: killed once two are
    // applied (a third received, the engine fetching each page while it applies the previous one).
    const inSnapshot = await deviceScript(office, laptop, ['sync', '--page-limit', '100', '--kill-at', 'snapshot-applied:2']);
    expect(inSnapshot.signal).toBe('SIGKILL');
    expect(pages(inSnapshot, 'snapshot')).toBe(3);
    expect(pending(laptop)).toBe(0);
    expect(cursorOf(laptop)).toBe(0);
    const progress = snapshotProgress(laptop);
    expect(progress?.after).not.toBeNull();
    // A new device loads its snapshot in bulk, its secondary indexes set aside: killed, it left them so.
    expect(progress).toMatchObject({ bulk: true });
    expect(indexNames(laptop).length).toBeLessThan(indexNames(admin).length);
    // It resumes where it stopped (not from the start) and ends with the office's data.
    const office0 = onServer(office, (db) => db.prepare('SELECT count(*) FROM rows').pluck().get() as number);
    const resumed = await deviceScript(office, laptop, ['sync', '--page-limit', '100']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(pages(resumed, 'snapshot')).toBe(Math.ceil((office0 - 200 + 1) / 100));
    expect(snapshotProgress(laptop)).toBeNull();
    expect(cursorOf(laptop)).toBeGreaterThanOrEqual(progress?.watermark ?? Infinity);
    expectMatchesServer(office, laptop);
    // Built again (at the next open, and at the end of the load).
    expect(indexNames(laptop)).toEqual(indexNames(admin));

    // More office data to pull, in pages of 100: 400 contacts, one transaction each.
    await writeContacts(office, admin, 400, 'Lot');
    await ok(['--data-dir', admin, 'sync']);
    const start = cursorOf(laptop);
    // Killed once two pulled pages are applied: the cursor says exactly that.
    const afterTwo = await deviceScript(office, laptop, ['sync', '--page-limit', '100', '--kill-at', 'pull-applied:2']);
    expect(afterTwo.signal).toBe('SIGKILL');
    expect(pages(afterTwo, 'pulled')).toBe(2);
    expect(cursorOf(laptop)).toBe(nthSeqAfter(office, start, 200));
    expect(contactIds(laptop)).toEqual([...new Set([...contactsCreatedUpTo(office, cursorOf(laptop)), created.id])].sort());
    // Killed with the second page received but not applied: only the first one counts.
    const received = await deviceScript(office, laptop, ['sync', '--page-limit', '100', '--kill-at', 'pull-received:2']);
    expect(received.signal).toBe('SIGKILL');
    expect(cursorOf(laptop)).toBe(nthSeqAfter(office, start, 300));
    expect(contactIds(laptop)).toEqual([...new Set([...contactsCreatedUpTo(office, cursorOf(laptop)), created.id])].sort());

    // Disjoint offline edits of one contact on both; the laptop is killed once the server has taken its edit.
    const target = contactIds(laptop).find((id) => id !== created.id) ?? '';
    await Promise.all([update(admin, target, { city: 'Morlaix' }), update(laptop, target, { jobTitle: 'Gérante' })]);
    const acked = await deviceScript(office, laptop, ['sync', '--kill-at', 'push-acked:1']);
    expect(acked.signal).toBe('SIGKILL');
    const laptopDevice = deviceIdOf(laptop);
    const laptopOnServer = serverChangesFrom(office, laptopDevice);
    expect(pending(laptop)).toBeGreaterThan(0);

    // Killed at a random moment of a slow pull (every request 25 ms late each way).
    office.proxy.set({ delayMs: 25 });
    const delay = Math.floor(Math.random() * 300);
    let scheduled = false;
    const randomly = await deviceScript(office, laptop, ['sync', '--page-limit', '5'], (stdout, child) => {
      if (scheduled || !stdout.includes('pulled page')) return;
      scheduled = true;
      setTimeout(() => child.kill('SIGKILL'), delay);
    });
    expect(randomly.signal, `killed ${delay} ms after the first page\n${randomly.stdout}`).toBe('SIGKILL');
    office.proxy.heal();

    // The file is intact right after the kill; the next sync opens it as the app does (quick check, migrations).
    expect(onDevice(laptop, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    // The laptop's edits reached the server before it was killed: the office PC's sync gets them all.
    await ok(['--data-dir', admin, 'sync']);
    await ok(['--data-dir', laptop, 'sync']);
    expectConverged(office, [admin, laptop]);
    for (const data of [admin, laptop]) expect(contact(data, target)).toMatchObject({ city: 'Morlaix', job_title: 'Gérante' });
    expect(contactIds(admin)).toContain(created.id);
    // Re-sending what the server had already taken stored nothing twice.
    expect(serverChangesFrom(office, laptopDevice)).toEqual({ count: laptopOnServer.count, duplicates: 0 });
  }, 300_000);

  it('the server killed in the middle of a large push restarts on its data and every committed edit reaches every device', async ({ onTestFinished }) => {
    const office = await startOffice(onTestFinished);
    const [admin, lea = '', leaLaptop = ''] = await devices(office, 2);
    // Offline: a large outbox on Léa's desktop; disjoint edits of one office contact on the two others.
    let target = '';
    await Promise.all([
      writeContacts(office, lea, 2_100, 'Lot'),
      (async () => {
        await ok(['--data-dir', admin, 'seed', '--size', 'demo']);
        await ok(['--data-dir', admin, 'sync']);
        target = contactIds(admin)[3] ?? '';
        await Promise.all([update(admin, target, { city: 'Brest' }), ok(['--data-dir', leaLaptop, 'sync']).then(() => update(leaLaptop, target, { jobTitle: 'Directrice' }))]);
      })(),
    ]);
    const outbox = pending(lea);
    expect(outbox).toBeGreaterThan(2_000);
    const leaDevice = deviceIdOf(lea);

    // Known point: the server has committed the first page of 2,000 and dies before answering.
    office.proxy.set(only('/v1/push', 'cut-replies'));
    const died = new Promise<void>((resolve) => office.proxy.events.once('cut', () => void office.kill().then(resolve)));
    const first = await sync(lea);
    await died;
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(UNREACHABLE);
    expect(serverChangesFrom(office, leaDevice)).toEqual({ count: 2_000, duplicates: 0 });
    expect(pending(lea)).toBe(outbox);

    // While it is down, the laptop's sync fails clearly and keeps its edit.
    const down = await sync(leaLaptop);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(UNREACHABLE);
    expect(pending(leaLaptop)).toBeGreaterThan(0);
    // A port forwarder without its back end accepts and closes at once: Node 20's fetch may then never
    // settle; the device still ends with one clear line (here at its 1.5 s limit), not a silent exit.
    office.proxy.setConnect('close');
    const forwarder = await deviceScript(office, leaLaptop, ['sync', '--timeout-ms', '1500']);
    expect(forwarder.code, forwarder.stderr).toBe(1);
    expect(forwarder.stderr).toMatch(UNREACHABLE);
    office.proxy.setConnect('accept');

    // Random point: restarted, killed again at some moment after the next push starts.
    await office.restart();
    office.proxy.heal();
    const delay = Math.floor(Math.random() * 400);
    const killed = new Promise<void>((resolve) => {
      const onRequest = (request: SeenRequest) => {
        if (request.path !== '/v1/push') return;
        office.proxy.events.off('request', onRequest);
        setTimeout(() => void office.kill().then(resolve), delay);
      };
      office.proxy.events.on('request', onRequest);
    });
    const second = await sync(lea);
    await killed;
    // Killed before, during or after the answer: a clear line either way (or a finished sync).
    if (second.code !== 0) expect(second.stderr, `server killed ${delay} ms into the push`).toMatch(new RegExp(`${UNREACHABLE.source}|${BROKEN.source}`));

    await office.restart();
    // Each pushes what it still holds; the last one sees everything, the first two catch up after.
    await ok(['--data-dir', lea, 'sync']);
    await ok(['--data-dir', leaLaptop, 'sync']);
    await ok(['--data-dir', admin, 'sync']);
    await Promise.all([ok(['--data-dir', lea, 'sync']), ok(['--data-dir', leaLaptop, 'sync'])]);
    expectConverged(office, [admin, lea, leaLaptop]);
    expect(serverChangesFrom(office, leaDevice)).toEqual({ count: outbox, duplicates: 0 });
    const lots = (data: string) => onDevice(data, (db) => db.prepare("SELECT count(*) FROM contacts WHERE first_name = 'Lot'").pluck().get() as number);
    for (const data of [admin, lea, leaLaptop]) {
      expect(lots(data)).toBe(2_100);
      expect(contact(data, target)).toMatchObject({ city: 'Brest', job_title: 'Directrice' });
    }
  }, 300_000);
});
