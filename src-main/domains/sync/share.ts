import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { DEFAULT_SHARE_PORT } from '../../../src-shared/contract/inputs/sync';
import type { ShareStatus } from '../../../src-shared/domain/sync';
import type { Core } from '../../core/core';
import { getMeta, setMeta } from '../../core/meta';
import { log } from '../../log';
import { ServerError } from '../../server/errors';
import { listen, type RunningServer } from '../../server/http';
import { createSyncService, type SyncService } from '../../server/service';
import { openSqliteStore } from '../../server/store/sqlite';
import type { ServerStore } from '../../server/store/types';
import type { SyncRuntime } from './runtime';

type Running = { store: ServerStore; service: SyncService; http: RunningServer; port: number };
type Saved = { port: number; enabled: boolean };

const META_KEY = 'sync.share';

/** IPv4 addresses of this PC on its networks: what other PCs type to reach it. */
export function lanAddresses(port: number, interfaces = networkInterfaces()): string[] {
  const found = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => `http://${entry.address}:${port}`);
  return [...new Set(found)];
}

/**
 * "Share this PC with the office": the office server, started inside the app on this PC, with
 * its data in `server-data` beside the database. The first start creates the first
 * administrator and links this device to it as that account; the app restarts the server at
 * its next start when it was on.
 */
export class ShareHost {
  private running: Running | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly core: Core,
    private readonly runtime: SyncRuntime,
  ) {}

  get dataDir(): string {
    return join(this.core.paths.dataDir, 'server-data');
  }

  /** The server's migrations sit beside the desktop's (packaged: in the resources folder). */
  private get root(): string {
    return dirname(this.core.paths.migrationsDir);
  }

  private saved(): Saved {
    try {
      const raw = getMeta(this.core.db, META_KEY);
      const value = raw ? (JSON.parse(raw) as Partial<Saved>) : {};
      return { port: typeof value.port === 'number' ? value.port : DEFAULT_SHARE_PORT, enabled: value.enabled === true };
    } catch {
      return { port: DEFAULT_SHARE_PORT, enabled: false };
    }
  }

  private save(value: Saved): void {
    if (this.core.db.open) setMeta(this.core.db, META_KEY, JSON.stringify(value));
  }

  private async accountsExist(): Promise<boolean> {
    if (this.running) return (await this.running.store.accountCount()) > 0;
    if (!existsSync(join(this.dataDir, 'server.sqlite'))) return false;
    const store = openSqliteStore(this.dataDir, this.root);
    try {
      return (await store.accountCount()) > 0;
    } finally {
      await store.close();
    }
  }

  async status(): Promise<ShareStatus> {
    const port = this.running?.port ?? this.saved().port;
    const addresses = lanAddresses(port);
    return {
      running: this.running !== null,
      port,
      addresses: addresses.length > 0 ? addresses : [`http://127.0.0.1:${port}`],
      localOnly: addresses.length === 0,
      needsAdministrator: !(await this.accountsExist()),
      error: this.running ? null : this.lastError,
    };
  }

  /** Opens the server's store and listens on every interface; the caller has checked nothing runs. */
  private async open(port: number): Promise<Running> {
    const store = openSqliteStore(this.dataDir, this.root);
    const service = createSyncService(store);
    try {
      const http = await listen(service, { port, host: '0.0.0.0' });
      return { store, service, http, port };
    } catch (error) {
      await store.close();
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EACCES') {
        throw new ApiError({ code: 'port_in_use', message: `Port ${port} is taken (or not allowed) on this PC: choose another one.`, field: 'port' });
      }
      throw error;
    }
  }

  async start(input: ApiParsedInput<'sync.share.start'>): Promise<ShareStatus> {
    if (this.running) return this.status();
    const running = await this.open(input.port);
    try {
      const accounts = await running.store.accountCount();
      if (accounts === 0) {
        if (!input.administrator) {
          throw ApiError.validation([{ path: 'administrator', code: 'required', message: 'the first start creates the first administrator' }]);
        }
        await running.service.createAccount({ ...input.administrator, role: 'administrator' });
        log.info({ port: input.port }, 'shared office server: first administrator created');
      }
    } catch (error) {
      await this.close(running);
      if (error instanceof ServerError) throw new ApiError({ code: 'server_refused', message: error.message });
      throw error;
    }
    this.running = running;
    this.lastError = null;
    this.save({ port: input.port, enabled: true });
    log.info({ port: input.port }, 'sharing this PC with the office');
    if (input.administrator) {
      // This device joins its own server as the administrator just created (or named).
      try {
        await this.runtime.connect({
          url: `http://127.0.0.1:${input.port}`,
          email: input.administrator.email,
          password: input.administrator.password,
          ...(input.deviceName ? { deviceName: input.deviceName } : {}),
        });
      } catch (error) {
        await this.stop({ remember: false });
        throw error;
      }
    }
    return this.status();
  }

  /** At app start: the server comes back if it was on (a failure is kept for Settings to show). */
  async restore(): Promise<void> {
    const saved = this.saved();
    if (!saved.enabled || this.running) return;
    try {
      this.running = await this.open(saved.port);
      this.lastError = null;
      log.info({ port: saved.port }, 'sharing this PC with the office again');
    } catch (error) {
      this.lastError = error instanceof ApiError ? error.body.code : 'internal';
      log.warn({ port: saved.port, code: this.lastError }, 'the shared office server could not restart');
    }
  }

  private async close(running: Running): Promise<void> {
    await running.http.close();
    await running.store.close();
  }

  /** Stops the server; `remember` keeps it marked on so the next app start restarts it. */
  async stop(options: { remember: boolean }): Promise<void> {
    const running = this.running;
    this.running = null;
    if (running) await this.close(running);
    if (!options.remember) {
      this.save({ ...this.saved(), enabled: false });
      this.lastError = null;
      if (running) log.info({ port: running.port }, 'stopped sharing this PC');
    }
  }
}
