import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crm, startServerProcess } from '../../../helpers/cli';
import { call, snapshotTables, tempDir } from '../../../helpers/core';
import { createTestDatabase, type TestDatabase } from '../../../helpers/postgres';
import { connectDevice, PASSWORD } from '../../../helpers/sync';

/*
 * `DATABASE_URL=postgres://… npm run server` as real processes: two servers on one database (as
 * behind a load balancer), started at the same moment (both migrate and create the first
 * administrator), a device pushing through one and another pulling through the other.
 */
// The devices' helpers log in with PASSWORD.
const password = PASSWORD;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function dir(prefix: string): string {
  const made = tempDir(prefix);
  cleanups.push(() => rmSync(made, { recursive: true, force: true }));
  return made;
}

async function database(): Promise<TestDatabase> {
  const made = await createTestDatabase();
  cleanups.push(() => made.drop());
  return made;
}

describe('office servers on PostgreSQL', () => {
  it('run side by side on one database: a device pushes through one, another pulls through the other', async () => {
    const db = await database();
    const unused = join(dir('crm-server-parent-'), 'server-data');
    const env = { DATABASE_URL: db.url, CRM_ADMIN_PASSWORD: password };
    const args = ['--data-dir', unused, '--port', '0', '--host', '127.0.0.1', '--admin-email', 'admin@bureau.fr'];
    const [one, two] = await Promise.all([startServerProcess(args, env), startServerProcess(args, env)]);
    cleanups.push(() => void one.child.kill('SIGKILL'), () => void two.child.kill('SIGKILL'));
    expect(one.output()).toContain(`PostgreSQL database 127.0.0.1:${new URL(db.url).port}/${db.name}`);
    expect(one.output() + two.output()).not.toContain(new URL(db.url).password);
    for (const server of [one, two]) expect(await (await fetch(`${server.url}/v1/health`)).json()).toMatchObject({ status: 'ok', backend: 'postgres' });
    expect(existsSync(unused)).toBe(false);

    // The account command works on the same database (DATABASE_URL) as the servers.
    const added = await crm(['server', 'users', 'add', '--email', 'lea@bureau.fr', '--name', 'Léa', '--role', 'salesperson'], { DATABASE_URL: db.url, CRM_PASSWORD: password });
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('added lea@bureau.fr (salesperson)');

    // The devices are real device databases in this process, each talking HTTP to its own server process.
    const laptop = await connectDevice(one, 'lea@bureau.fr');
    const office = await connectDevice(two, 'admin@bureau.fr');
    cleanups.push(() => laptop.dispose(), () => office.dispose());
    const created = await call(laptop.core, 'contacts.create', { firstName: 'Émile', lastName: 'Zola' });
    expect((await laptop.sync()).pushed).toBeGreaterThan(0);
    await office.sync();
    expect(await call(office.core, 'contacts.get', { id: created.id })).toMatchObject({ lastName: 'Zola', city: null });

    // And back the other way: an edit made on the office PC reaches the laptop through the other server.
    await call(office.core, 'contacts.update', { id: created.id, patch: { city: 'Médan' } });
    expect((await office.sync()).pushed).toBeGreaterThan(0);
    await laptop.sync();
    expect(snapshotTables(laptop.core).contacts).toEqual(snapshotTables(office.core).contacts);
    expect(await call(laptop.core, 'contacts.get', { id: created.id })).toMatchObject({ lastName: 'Zola', city: 'Médan' });
  }, 180_000);

  it('says in one line why it cannot reach the database, without the password', async () => {
    const db = await database();
    const wrongPassword = new URL(db.url);
    wrongPassword.password = 'not-the-password-42';
    const closedPort = new URL(db.url);
    closedPort.password = 'secret-password-43';
    closedPort.port = '9';
    const attempts = [
      [wrongPassword.toString(), 'not-the-password-42', /^error: cannot open the PostgreSQL database 127\.0\.0\.1:\d+\/crm_test_\w+: .*password authentication failed.*\n$/],
      [closedPort.toString(), 'secret-password-43', /^error: cannot open the PostgreSQL database 127\.0\.0\.1:9\/crm_test_\w+: .*ECONNREFUSED.*\n$/],
      ['mysql://root:secret-password-44@db/crm', 'secret-password-44', /^error: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ] as const;
    const outputs = await Promise.all(
      attempts.map(([url]) =>
        startServerProcess(['--data-dir', dir('crm-unused-'), '--port', '0', '--host', '127.0.0.1'], { DATABASE_URL: url, CRM_ADMIN_PASSWORD: password }).then(
          (started) => {
            started.child.kill('SIGKILL');
            return 'the server started';
          },
          (error: Error) => error.message.replace(/^the server exited \(\d+\):\n/, ''),
        ),
      ),
    );
    for (const [index, [, secret, expected]] of attempts.entries()) {
      expect(outputs[index]).toMatch(expected);
      expect(outputs[index]).not.toContain(secret);
    }
  }, 60_000);
});
