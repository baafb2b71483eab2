import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { decodeHlc, type HlcState } from '../../src-shared/sync/hlc';
import { createBackup, dailyBackupDue } from '../db/backups';
import { asReadDb, type ReadDb } from '../db/handles';
import { openDatabase } from '../db/open';
import { checkIntegrityAside } from './integrity';
import { log } from '../log';
import { EventBus } from './events';
import { dataPaths, sourceRoot, type DataPaths } from './paths';
import { ensureLocalUser } from './local-user';
import { getMeta, setMeta } from './meta';

export type Clock = { now: () => number };
export const systemClock: Clock = { now: () => Date.now() };

/** The wall time this device's timestamps use: its clock corrected by the server's (see clockOffsetMs). */
export const correctedNow = (core: Pick<Core, 'clock' | 'clockOffsetMs'>): number => core.clock.now() + core.clockOffsetMs;

/** The core: one open database and the identity of this device and its user. */
export type Core = {
  db: Database.Database;
  read: ReadDb;
  paths: DataPaths & { migrationsDir: string };
  deviceId: string;
  /** 16 hex characters of the device id: the node part of this device's HLC timestamps. */
  hlcNode: string;
  userId: string;
  clock: Clock;
  /**
   * How far this device's wall clock is from the office server's (server minus device, ms),
   * smoothed over sync answers; HLC timestamps use the corrected time. 0 without a server.
   */
  clockOffsetMs: number;
  hlc: HlcState;
  events: EventBus;
  schemaVersion: number;
  notices: string[];
  appVersion: string;
  /**
   * The integrity check of this start: settled already when it ran at open, else running beside
   * the first screen (`integrityCheck: 'after-open'`; core/integrity.ts). Rejects with the
   * error a damaged base gives at open: the host then says so and stops.
   */
  integrity: Promise<void>;
};

export type CoreOptions = {
  dataDir: string;
  migrationsDir?: string;
  clock?: Clock;
  appVersion?: string;
  /** Daily backups are made at open; tests and the CLI may turn them off. */
  dailyBackup?: boolean;
  /**
   * When the database's integrity is checked: before the open returns (the default: the CLI,
   * tests), or beside the first screen (the app and browser mode; see core/integrity.ts).
   */
  integrityCheck?: 'at-open' | 'after-open';
};

function ensureDeviceIdentity(db: Database.Database): { deviceId: string; hlc: HlcState } {
  let deviceId = getMeta(db, 'device_id');
  if (!deviceId) {
    deviceId = uuidv7();
    setMeta(db, 'device_id', deviceId);
  }
  const lastHlc = getMeta(db, 'hlc');
  const hlc = lastHlc ? decodeHlc(lastHlc) : { wallMs: 0, counter: 0 };
  return { deviceId, hlc: { wallMs: hlc.wallMs, counter: hlc.counter } };
}

export function openCore(options: CoreOptions): Core {
  const paths = { ...dataPaths(options.dataDir), migrationsDir: options.migrationsDir ?? join(sourceRoot, 'migrations') };
  const opened = openDatabase({ file: paths.databaseFile, migrationsDir: paths.migrationsDir, backupsDir: paths.backupsDir, checkLater: options.integrityCheck === 'after-open' });
  const { deviceId, hlc } = ensureDeviceIdentity(opened.db);
  const core: Core = {
    db: opened.db,
    read: asReadDb(opened.db),
    paths,
    deviceId,
    hlcNode: deviceId.replace(/-/g, '').slice(-16),
    userId: getMeta(opened.db, 'user_id') ?? '',
    clock: options.clock ?? systemClock,
    clockOffsetMs: Number(getMeta(opened.db, 'sync.clock_offset') ?? 0) || 0,
    hlc,
    events: new EventBus(),
    schemaVersion: opened.schemaVersion,
    notices: opened.notices,
    appVersion: options.appVersion ?? '0.1.0',
    integrity: Promise.resolve(),
  };
  ensureLocalUser(core);
  const backUp = options.dailyBackup !== false;
  if (opened.checkPending) {
    core.integrity = checkIntegrityAside(paths.databaseFile, () => String(opened.db.pragma('quick_check', { simple: true })));
    // A damaged base is never backed up: its copy would replace a good one in the rotation.
    core.integrity.then(
      () => {
        if (!backUp || !opened.db.open) return;
        try {
          backUpDaily(core);
        } catch (error) {
          // The app is running by now: the failure is logged, and the next start tries again.
          log.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'the daily backup failed');
        }
      },
      () => undefined,
    );
  } else if (backUp) {
    backUpDaily(core);
  }
  return core;
}

/** The day's backup when none was made today and there is something to keep. */
function backUpDaily(core: Core): void {
  if (!dailyBackupDue(core.paths.backupsDir)) return;
  const hasData = (core.db.prepare('SELECT EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM companies)').pluck().get() as number) > 0;
  if (!hasData) return;
  const backup = createBackup(core.db, core.paths.backupsDir, 'daily');
  log.info({ file: backup.file }, 'daily backup written');
}

export function closeCore(core: Core): void {
  if (core.db.open) core.db.close();
}
