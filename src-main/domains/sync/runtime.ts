import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { SyncStatusInfo } from '../../../src-shared/domain/sync';
import type { Core } from '../../core/core';
import { getMeta } from '../../core/meta';
import { log } from '../../log';
import { connectToServer } from '../../sync/connect';
import { syncOnce, type SyncSummary } from '../../sync/engine';
import { outboxCount } from '../../sync/outbox';
import { createSyncScheduler, type SchedulerOptions, type SyncScheduler, type SyncStatus } from '../../sync/scheduler';
import { fileSecretStore, type SecretStore } from '../../sync/secrets';
import { serverLink, setServerLink, type ServerLink } from '../../sync/state';
import { httpTransport, SyncError, type SyncTransport } from '../../sync/transport';
import { callServer, notConnected } from './errors';
import { openReviewCount } from './queries';
import { ShareHost } from './share';

export type SyncRuntimeOptions = {
  /** Where the session token lives: the OS key store in Electron, a private file otherwise. */
  secrets?: SecretStore;
  /** Scheduler timings (tests shorten them). */
  timing?: Pick<SchedulerOptions, 'intervalMs' | 'afterChangeMs' | 'backoffMs' | 'maxBackoffMs'>;
};

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/**
 * This device's side of sync while the app runs: the token store, the scheduler (periodic,
 * soon after local changes, on demand, with backoff), the status the shell shows, and the
 * office server this PC may share. One per open core; the hosts start it with the background
 * jobs, and the contract's sync handlers reach it through `syncRuntime(core)`.
 */
export class SyncRuntime {
  readonly secrets: SecretStore;
  readonly share: ShareHost;
  private scheduler: SyncScheduler | null = null;
  private schedulerStatus: SyncStatus | null = null;
  private lastErrorCode: string | null = null;
  private unsubscribe: (() => void) | null = null;
  private started = false;

  constructor(
    readonly core: Core,
    private readonly options: SyncRuntimeOptions = {},
  ) {
    this.secrets = options.secrets ?? fileSecretStore(core.paths.dataDir);
    this.share = new ShareHost(core, this);
  }

  /** The protocol client for the linked server, with this device's token. */
  transport(link: ServerLink | null = serverLink(this.core)): SyncTransport {
    if (!link) throw notConnected();
    return httpTransport(link.url, () => this.secrets.get());
  }

  /** Starts syncing in the background (when a server is linked) and the shared server (when it was on). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.unsubscribe = this.core.events.subscribe((name) => {
      if (name === 'data.changed') this.onDataChanged();
    });
    this.startScheduler(0);
    await this.share.restore();
  }

  /** Stops the timers and the shared server; a sync under way finishes first. */
  async close(): Promise<void> {
    this.started = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.stopScheduler();
    await this.share.stop({ remember: true });
  }

  /**
   * A write committed. Local edits leave something in the outbox: sync soon. Changes applied by
   * a sync leave nothing to send, so they do not start another one.
   */
  private onDataChanged(): void {
    if (!this.scheduler || !this.core.db.open) return;
    if (outboxCount(this.core.read) > 0) this.scheduler.localChange();
    this.publish();
  }

  private readonly runSync = async (): Promise<SyncSummary> => {
    const link = serverLink(this.core);
    if (!link) throw new SyncError('auth', 'This device is not connected to an office server.');
    try {
      const summary = await this.syncRetryingStaleConnection(link);
      this.lastErrorCode = null;
      return summary;
    } catch (error) {
      this.lastErrorCode = error instanceof SyncError ? (error.code ?? null) : null;
      if (!(error instanceof SyncError)) log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'sync failed');
      else log.warn({ kind: error.kind, code: error.code }, 'sync did not complete');
      throw error;
    }
  };

  /**
   * A server that restarted leaves this process a pooled keep-alive connection it already
   * closed: the first request on it fails at once ("other side closed") though the server is
   * there. A failure that fast is tried once more at once; a sync is safe to run again (pushes
   * are deduplicated by transaction, pulls resume from the cursor).
   */
  private async syncRetryingStaleConnection(link: ServerLink): Promise<SyncSummary> {
    const started = Date.now();
    try {
      return await syncOnce(this.core, this.transport(link));
    } catch (error) {
      if (!(error instanceof SyncError) || error.kind !== 'offline' || Date.now() - started > 1_000) throw error;
      return syncOnce(this.core, this.transport(link));
    }
  }

  private makeScheduler(): SyncScheduler {
    return createSyncScheduler({
      ...this.options.timing,
      run: this.runSync,
      onStatus: (status) => {
        this.schedulerStatus = status;
        this.publish();
      },
    });
  }

  private startScheduler(firstDelayMs: number): void {
    if (!this.started || this.scheduler || !serverLink(this.core)) return;
    this.scheduler = this.makeScheduler();
    this.scheduler.start(firstDelayMs);
  }

  private async stopScheduler(): Promise<void> {
    const scheduler = this.scheduler;
    this.scheduler = null;
    if (scheduler) await scheduler.stop();
  }

  /** What the shell shows. */
  status(): SyncStatusInfo {
    const link = this.core.db.open ? serverLink(this.core) : null;
    const scheduled = this.schedulerStatus;
    const lastSync = scheduled?.lastSyncAt ? iso(scheduled.lastSyncAt) : link ? (getMeta(this.core.db, 'sync.last_sync') ?? null) : null;
    const summary = scheduled?.lastSummary;
    return {
      configured: link !== null,
      server: link ? { url: link.url, accountId: link.accountId, accountName: link.displayName, email: link.email, role: link.role, deviceName: link.deviceName } : null,
      state: link ? (scheduled?.state ?? 'idle') : 'idle',
      pending: link ? outboxCount(this.core.read) : 0,
      lastSyncAt: lastSync,
      nextAttemptAt: link ? iso(scheduled?.nextAttemptAt) : null,
      error: link && scheduled?.error ? { kind: scheduled.error.kind, code: this.lastErrorCode } : null,
      reviewCount: this.core.db.open ? openReviewCount(this.core.read) : 0,
      lastSummary: summary ? { pushed: summary.pushed, pulled: summary.pulled, rejected: summary.rejected, conflicts: summary.conflicts } : null,
    };
  }

  /** Tells the windows the sync state changed. */
  publish(): void {
    if (!this.core.db.open) return;
    this.core.events.emit('sync.status', this.status());
  }

  /** Syncs now (Sync now, Retry); resolves once done, with the status after it. */
  async syncNow(): Promise<SyncStatusInfo> {
    if (!serverLink(this.core)) throw notConnected();
    if (this.scheduler) {
      await this.scheduler.syncNow();
    } else {
      // Not running in the background (the CLI): one sync, then nothing left scheduled.
      const once = this.makeScheduler();
      await once.syncNow();
      await once.stop();
    }
    return this.status();
  }

  /** Asks for a sync soon without waiting for it (after an administrator's change on the server). */
  syncSoon(): void {
    if (this.scheduler) void this.scheduler.syncNow();
  }

  /** Logs in to an office server and links this device to it; syncing starts at once. */
  async connect(input: ApiParsedInput<'sync.connect'>): Promise<SyncStatusInfo> {
    await this.stopScheduler();
    const transport = httpTransport(input.url, () => this.secrets.get());
    try {
      const relogged = await callServer(() => this.relogin(input, transport), 'login');
      if (!relogged) await callServer(() => connectToServer(this.core, input, transport, this.secrets), 'login');
    } finally {
      // A failed log-in leaves the previous link as it was, syncing as before.
      this.schedulerStatus = null;
      this.lastErrorCode = null;
      this.startScheduler(0);
    }
    log.info({ device: this.core.deviceId }, 'device linked to an office server');
    // The account is now this device's user: the profile and the owners shown change.
    this.core.events.emit('data.changed', { entity: 'profile', ids: [this.core.userId] });
    this.publish();
    return this.status();
  }

  /**
   * The same account on the same server logging in again (its session lapsed, its password was
   * reset): only the token and what the server says of the account (name, role) change; the
   * device keeps its place in the server's log. Returns false when this is a new link.
   */
  private async relogin(input: ApiParsedInput<'sync.connect'>, transport: SyncTransport): Promise<boolean> {
    const link = serverLink(this.core);
    if (!link || link.url !== input.url || link.email.toLowerCase() !== input.email.toLowerCase()) return false;
    const deviceName = input.deviceName ?? link.deviceName;
    const session = await transport.login({ email: input.email, password: input.password, deviceId: this.core.deviceId, deviceName });
    if (session.user.id !== link.accountId) return false;
    const renewed: ServerLink = { ...link, displayName: session.user.displayName, email: session.user.email, role: session.user.role, deviceName };
    this.core.db.transaction(() => setServerLink(this.core, renewed)).immediate();
    this.secrets.set(session.token);
    return true;
  }

  /** Forgets the server and the token; the local data stays, and the app works standalone. */
  async disconnect(): Promise<SyncStatusInfo> {
    await this.stopScheduler();
    this.secrets.clear();
    this.core.db.transaction(() => setServerLink(this.core, null)).immediate();
    this.schedulerStatus = null;
    this.lastErrorCode = null;
    log.info({ device: this.core.deviceId }, 'device unlinked from its office server');
    this.publish();
    return this.status();
  }
}

const runtimes = new WeakMap<Core, SyncRuntime>();

/** Creates (or replaces) the runtime of an open core with the host's options. */
export function attachSyncRuntime(core: Core, options: SyncRuntimeOptions = {}): SyncRuntime {
  const runtime = new SyncRuntime(core, options);
  runtimes.set(core, runtime);
  return runtime;
}

/** The core's runtime; a core no host attached one to (the CLI) gets one that does not run in the background. */
export function syncRuntime(core: Core): SyncRuntime {
  return runtimes.get(core) ?? attachSyncRuntime(core);
}
