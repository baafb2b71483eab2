import { rmSync } from 'node:fs';
import { sourceRoot } from '../../src-main/core/paths';
import { listen, type RunningServer } from '../../src-main/server/http';
import { serverLog } from '../../src-main/server/log';
import { createSyncService, type SyncService } from '../../src-main/server/service';
import { openPostgresStore } from '../../src-main/server/store/postgres';
import { openSqliteStore } from '../../src-main/server/store/sqlite';
import type { ServerStore } from '../../src-main/server/store/types';
import { connectToServer } from '../../src-main/sync/connect';
import { syncOnce, type SyncSummary } from '../../src-main/sync/engine';
import { fileSecretStore, type SecretStore } from '../../src-main/sync/secrets';
import { httpTransport, type SyncTransport } from '../../src-main/sync/transport';
import type { Role } from '../../src-shared/sync/protocol';
import { openTestCore, tempDir, type TestCore } from './core';
import { createTestDatabase } from './postgres';

export type Backend = ServerStore['kind'];

/** Both back ends of the office server, for describe.each: the same tests run on each (invariant 11). */
export const backends: Backend[] = ['sqlite', 'postgres'];

export type TestStore = { store: ServerStore; dispose: () => Promise<void> };

/** A fresh, empty server store: SQLite in a temp folder, or PostgreSQL in a database of its own. */
export async function openTestStore(backend: Backend): Promise<TestStore> {
  serverLog.level = process.env.CRM_SERVER_LOG_LEVEL ?? 'warn';
  if (backend === 'postgres') {
    const database = await createTestDatabase();
    const store = await openPostgresStore(database.url, sourceRoot);
    return {
      store,
      dispose: async () => {
        await store.close();
        await database.drop();
      },
    };
  }
  const dataDir = tempDir('crm-server-');
  const store = openSqliteStore(dataDir, sourceRoot);
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestServer = { service: SyncService; store: ServerStore; url: string; running: RunningServer; backend: Backend; stop: () => Promise<void> };

/** The real office server (SQLite back end unless told otherwise) on 127.0.0.1, on a free port, in this process. */
export async function startTestServer(now?: () => number, backend: Backend = 'sqlite'): Promise<TestServer> {
  serverLog.level = process.env.CRM_SERVER_LOG_LEVEL ?? 'warn';
  const { store, dispose } = await openTestStore(backend);
  const service = createSyncService(store, now);
  const running = await listen(service, { port: 0, host: '127.0.0.1' });
  return {
    service,
    store,
    url: running.url,
    running,
    backend,
    stop: async () => {
      await running.close();
      await dispose();
    },
  };
}

export const PASSWORD = 'correct horse battery';

export async function addAccount(server: TestServer, email: string, role: Role = 'salesperson', displayName = email.split('@')[0] ?? email) {
  return server.service.createAccount({ email, displayName, role, password: PASSWORD });
}

export type TestDevice = { core: TestCore; transport: SyncTransport; secrets: SecretStore; sync: () => Promise<SyncSummary>; dispose: () => void };

/** A real device database connected to the server (in this process or not) as `email`. */
export async function connectDevice(server: Pick<TestServer, 'url'>, email: string): Promise<TestDevice> {
  const core = openTestCore();
  const secrets = fileSecretStore(core.paths.dataDir);
  const transport = httpTransport(server.url, () => secrets.get());
  await connectToServer(core, { url: server.url, email, password: PASSWORD, deviceName: `test ${email}` }, transport, secrets);
  return { core, transport, secrets, sync: () => syncOnce(core, transport), dispose: () => core.dispose() };
}
