import { afterEach, beforeEach } from 'vitest';
import type { Role } from '../../src-shared/sync/protocol';
import { addAccount, connectDevice, startTestServer, type TestDevice, type TestServer } from './sync';

/**
 * For a test file: a fresh office server before each test with these accounts, and `device(email)`
 * to connect a real device database to it; devices and server are closed after each test.
 */
export function officePerTest(accounts: readonly { email: string; role: Role; name: string }[]): { server: () => TestServer; device: (email: string) => Promise<TestDevice> } {
  let server: TestServer | undefined;
  const devices: TestDevice[] = [];
  beforeEach(async () => {
    server = await startTestServer();
    for (const account of accounts) await addAccount(server, account.email, account.role, account.name);
  });
  afterEach(async () => {
    for (const device of devices.splice(0)) device.dispose();
    await server?.stop();
  });
  const current = () => {
    if (!server) throw new Error('the office server starts before each test');
    return server;
  };
  return {
    server: current,
    device: async (email) => {
      const connected = await connectDevice(current(), email);
      devices.push(connected);
      return connected;
    },
  };
}
