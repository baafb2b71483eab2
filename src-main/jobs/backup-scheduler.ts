import { createBackup, dailyBackupDue } from '../db/backups';
import type { Core } from '../core/core';
import { log } from '../log';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Keeps a daily backup while the app stays open for days; returns a stop function. */
export function scheduleDailyBackups(core: Core): () => void {
  const timer = setInterval(() => {
    try {
      if (dailyBackupDue(core.paths.backupsDir)) {
        const backup = createBackup(core.db, core.paths.backupsDir, 'daily');
        core.events.emit('backup.created', { file: backup.file });
      }
    } catch (error) {
      log.error({ err: (error as Error).message }, 'daily backup failed');
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
