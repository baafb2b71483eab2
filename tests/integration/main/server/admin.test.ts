import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpTransport, SyncError } from '../../../../src-main/sync/transport';
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../../../helpers/sync';

/* The accounts administration the app's Administration screen uses, over HTTP. */
let server: TestServer;
let adminToken = '';
let salesToken = '';

beforeAll(async () => {
  server = await startTestServer();
  await addAccount(server, 'admin@bureau.fr', 'administrator', 'Admin');
  await addAccount(server, 'lea@bureau.fr', 'salesperson', 'Léa');
  const login = httpTransport(server.url, () => undefined);
  adminToken = (await login.login({ email: 'admin@bureau.fr', password: PASSWORD, deviceId: 'admin-pc', deviceName: 'PC' })).token;
  salesToken = (await login.login({ email: 'lea@bureau.fr', password: PASSWORD, deviceId: 'lea-pc', deviceName: 'PC' })).token;
});
afterAll(async () => server.stop());

const as = (token: string) => httpTransport(server.url, () => token).admin;

describe('account administration over HTTP', () => {
  it('lets an administrator list, add, change the role of, reset and disable accounts — never showing password hashes', async () => {
    const admin = as(adminToken);
    const { user } = await admin.createUser({ email: 'hugo@bureau.fr', displayName: 'Hugo', role: 'salesperson', password: 'un mot de passe sûr' });
    expect(user).toMatchObject({ email: 'hugo@bureau.fr', role: 'salesperson', disabled: false });
    const listed = await admin.listUsers();
    expect(listed.users.map((account) => account.email).sort()).toEqual(['admin@bureau.fr', 'hugo@bureau.fr', 'lea@bureau.fr']);
    expect(JSON.stringify(listed)).not.toMatch(/argon2|passwordHash/);

    await admin.updateUser({ id: user.id, role: 'manager' });
    const hugo = httpTransport(server.url, () => undefined);
    const session = await hugo.login({ email: 'hugo@bureau.fr', password: 'un mot de passe sûr', deviceId: 'hugo-pc', deviceName: 'PC' });
    expect(session.user.role).toBe('manager');
    await admin.updateUser({ id: user.id, password: 'un autre mot de passe' });
    // A reset revokes the sessions opened with the old password.
    await expect(httpTransport(server.url, () => session.token).pull(0, 10)).rejects.toMatchObject({ kind: 'auth' });
    await admin.updateUser({ id: user.id, disabled: true });
    await expect(hugo.login({ email: 'hugo@bureau.fr', password: 'un autre mot de passe', deviceId: 'hugo-pc', deviceName: 'PC' })).rejects.toMatchObject({ code: 'account_disabled' });
  });

  it('refuses anyone but an administrator, bad input, and an administrator demoting themself', async () => {
    await expect(as(salesToken).listUsers()).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as(salesToken).createUser({ email: 'x@bureau.fr', displayName: 'X', role: 'administrator', password: 'un mot de passe sûr' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(as('not-a-token').listUsers()).rejects.toBeInstanceOf(SyncError);
    const admin = as(adminToken);
    await expect(admin.createUser({ email: 'pas-un-email', displayName: 'Y', role: 'salesperson', password: 'un mot de passe sûr' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(admin.createUser({ email: 'court@bureau.fr', displayName: 'Z', role: 'salesperson', password: 'court' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(admin.createUser({ email: 'LEA@bureau.fr', displayName: 'Doublon', role: 'salesperson', password: 'un mot de passe sûr' })).rejects.toMatchObject({ code: 'bad_request' });
    const me = (await admin.listUsers()).users.find((account) => account.email === 'admin@bureau.fr');
    await expect(admin.updateUser({ id: me?.id ?? '', role: 'salesperson' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(admin.updateUser({ id: 'nobody', disabled: true })).rejects.toMatchObject({ code: 'not_found' });
  });
});
