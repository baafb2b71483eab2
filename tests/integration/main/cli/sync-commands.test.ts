import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { crm, startServerProcess } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/core';

const dirs: string[] = [];
const stops: (() => void)[] = [];
function dir(prefix: string): string {
  const made = tempDir(prefix);
  dirs.push(made);
  return made;
}
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const made of dirs.splice(0)) rmSync(made, { recursive: true, force: true });
});

const password = 'mot de passe solide';

describe('the office server and devices driven from the command line', () => {
  it('starts unattended with its first administrator, adds a salesperson, and two devices exchange a contact', async () => {
    const serverData = dir('crm-server-data-');
    const server = await startServerProcess(['--data-dir', serverData, '--port', '0', '--host', '127.0.0.1', '--admin-email', 'admin@bureau.fr'], { CRM_ADMIN_PASSWORD: password });
    stops.push(() => server.child.kill('SIGKILL'));

    const added = await crm(['server', 'users', 'add', '--server-data', serverData, '--email', 'lea@bureau.fr', '--name', 'Léa', '--role', 'salesperson'], { CRM_PASSWORD: password });
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('added lea@bureau.fr (salesperson)');
    const listed = await crm(['server', 'users', 'list', '--server-data', serverData]);
    expect(listed.stdout.split('\n').filter(Boolean).map((line) => line.split('\t')[0])).toEqual(['admin@bureau.fr', 'lea@bureau.fr']);
    // Teams from the command line, as synced rows the devices will receive.
    expect((await crm(['server', 'teams', 'add', '--server-data', serverData, '--name', 'Lyon'])).stdout).toMatch(/^added team Lyon/);
    const member = await crm(['server', 'teams', 'add-member', '--server-data', serverData, '--team', 'lyon', '--email', 'lea@bureau.fr']);
    expect(member.stdout, member.stderr).toBe('lea@bureau.fr added to team Lyon\n');
    expect((await crm(['server', 'teams', 'list', '--server-data', serverData])).stdout).toMatch(/\tLyon\t1 member\n$/);
    expect((await crm(['server', 'teams', 'add-member', '--server-data', serverData, '--team', 'Paris', '--email', 'lea@bureau.fr'])).stderr).toMatch(/No team is called Paris/);

    const laptop = dir('crm-laptop-');
    const office = dir('crm-office-');
    for (const [data, user] of [[laptop, 'lea@bureau.fr'], [office, 'admin@bureau.fr']] as const) {
      const connected = await crm(['--data-dir', data, 'connect', server.url, '--user', user], {}, `${password}\n`);
      expect(connected.code, connected.stderr).toBe(0);
    }
    const created = await crm(['--data-dir', laptop, 'api', 'contacts.create', JSON.stringify({ firstName: 'Émile', lastName: 'Zola' })]);
    expect(created.code, created.stderr).toBe(0);
    const pushed = await crm(['--data-dir', laptop, 'sync']);
    expect(pushed.stdout).toMatch(/^pushed [1-9]\d*, pulled \d+, rejected 0, conflicts 0/);
    const pulled = await crm(['--data-dir', office, 'sync']);
    expect(pulled.code, pulled.stderr).toBe(0);
    const list = await crm(['--data-dir', office, 'api', 'contacts.list', '{"limit":10}']);
    expect(JSON.parse(list.stdout).rows.map((row: { displayName: string }) => row.displayName)).toEqual(['Émile Zola']);
  }, 120_000);

  it('refuses a wrong password and a disabled account with one clear line', async () => {
    const serverData = dir('crm-server-data-');
    const server = await startServerProcess(['--data-dir', serverData, '--port', '0', '--host', '127.0.0.1', '--admin-email', 'admin@bureau.fr'], { CRM_ADMIN_PASSWORD: password });
    stops.push(() => server.child.kill('SIGKILL'));
    const device = dir('crm-device-');
    const wrong = await crm(['--data-dir', device, 'connect', server.url, '--user', 'admin@bureau.fr'], { CRM_PASSWORD: 'pas le bon' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('error: Wrong e-mail or password.\n');
    expect((await crm(['--data-dir', device, 'connect', server.url, '--user', 'admin@bureau.fr'], { CRM_PASSWORD: password })).code).toBe(0);
    await crm(['server', 'users', 'disable', '--server-data', serverData, '--email', 'admin@bureau.fr']);
    const refused = await crm(['--data-dir', device, 'sync']);
    expect(refused.code).toBe(1);
    // Disabling revokes the account's sessions: the device is told to log in again.
    expect(refused.stderr).toContain('log in again');
    const again = await crm(['--data-dir', device, 'connect', server.url, '--user', 'admin@bureau.fr'], { CRM_PASSWORD: password });
    expect(again.stderr).toBe('error: This account is disabled: ask an administrator.\n');
  }, 120_000);

  it('says what to do when the device is not connected or the server is unreachable', async () => {
    const device = dir('crm-device-');
    const unreachable = await crm(['--data-dir', device, 'connect', 'http://127.0.0.1:9', '--user', 'x@y.fr'], { CRM_PASSWORD: password });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('cannot be reached');
    const notConnected = await crm(['--data-dir', device, 'sync']);
    expect(notConnected.code).toBe(1);
    expect(notConnected.stderr).toContain('not connected to an office server');
  }, 60_000);
});
