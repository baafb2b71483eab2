import { rmSync } from 'node:fs';
import { sourceRoot } from '../../src-main/core/paths';
import { listen, type RunningServer } from '../../src-main/server/http';
import { serverLog } from '../../src-main/server/log';
import { createSyncService, type SyncService } from '../../src-main/server/service';
import { openSqliteStore } from '../../src-main/server/store/sqlite';
import type { ServerStore } from '../../src-main/server/store/types';
import { connectToServer } from '../../src-main/sync/connect';
import { syncOnce, type SyncSummary } from '../../src-main/sync/engine';
import { fileSecretStore, type SecretStore } from '../../src-main/sync/secrets';
import { httpTransport, type SyncTransport } from '../../src-main/sync/transport';
import type { Role } from '../../src-shared/sync/protocol';
import { openTestCore, tempDir, type TestCore } from './core';

export type TestServer = { service: SyncService; store: ServerStore; url: string; running: RunningServer; dataDir: string; stop: () => Promise<void> };

/** The real office server (SQLite back end) on 127.0.0.1, on a free port, in this process. */
export async function startTestServer(now?: () => number): Promise<TestServer> {
  serverLog.level = process.env.CRM_SERVER_LOG_LEVEL ?? 'warn';
  const dataDir = tempDir('crm-server-');
  const store = openSqliteStore(dataDir, sourceRoot);
  const service = createSyncService(store, now);
  const running = await listen(service, { port: 0, host: '127.0.0.1' });
  return {
    service,
    store,
    url: running.url,
    running,
    dataDir,
    stop: async () => {
      await running.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const PASSWORD = 'correct horse battery';

export async function addAccount(server: TestServer, email: string, role: Role = 'salesperson', displayName = email.split('@')[0] ?? email) {
  return server.service.createAccount({ email, displayName, role, password: PASSWORD });
}

export type TestDevice = { core: TestCore; transport: SyncTransport; secrets: SecretStore; sync: () => Promise<SyncSummary>; dispose: () => void };

/** A real device database connected to the server as `email`. */
export async function connectDevice(server: TestServer, email: string): Promise<TestDevice> {
  const core = openTestCore();
  const secrets = fileSecretStore(core.paths.dataDir);
  const transport = httpTransport(server.url, () => secrets.get());
  await connectToServer(core, { url: server.url, email, password: PASSWORD, deviceName: `test ${email}` }, transport, secrets);
  return { core, transport, secrets, sync: () => syncOnce(core, transport), dispose: () => core.dispose() };
}
