import type { Core } from '../core/core';
import { catchUpSoon } from '../core/derived-catch-up';
import { disposePdfPrinter } from '../documents/printer';
import { attachSyncRuntime, type SyncRuntimeOptions } from '../domains/sync/runtime';
import { sweepFiles } from '../files/store';
import { log } from '../log';
import { scheduleDailyBackups } from './backup-scheduler';
import { scheduleMaintenance } from './db-maintenance';
import { createReminderScheduler } from './reminders/scheduler';

export type BackgroundJobs = {
  /** Stops every timer; a sync under way finishes and the shared office server closes. */
  stop: () => Promise<void>;
  /** Looks at reminders again at once: the desktop calls it when the computer wakes or is unlocked. */
  rearmReminders: () => void;
};

/**
 * The work both hosts run while the app is open: daily backups, idle-time maintenance, and sync
 * (periodic when a server is linked, soon after local changes; the office server this PC shares
 * comes back if it was on), and reminders (pushed as `reminder.due` events: to the window, and
 * by the desktop host as notifications). `sync` carries the host's token store. Stopping also
 * closes the PDF printer.
 */
export function startBackgroundJobs(core: Core, options: { sync?: SyncRuntimeOptions } = {}): BackgroundJobs {
  const stops = [scheduleDailyBackups(core), scheduleMaintenance(core)];
  // Search documents and duplicate keys a large import had not finished making when the app closed.
  catchUpSoon(core);
  // Uploads and documents left from an earlier run (a day old) are removed.
  for (const kind of ['incoming', 'outgoing'] as const) {
    sweepFiles(core.paths.dataDir, kind, Date.now()).catch((error: unknown) => log.warn({ err: (error as Error)?.message }, 'old files not swept'));
  }
  const reminders = createReminderScheduler(core, { notify: (reminder) => core.events.emit('reminder.due', reminder) });
  reminders.start();
  const sync = attachSyncRuntime(core, options.sync);
  sync.start().catch((error: unknown) => {
    log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'sync could not start');
  });
  return {
    rearmReminders: () => reminders.rearm(),
    stop: async () => {
      reminders.stop();
      for (const stop of stops) stop();
      await sync.close();
      await disposePdfPrinter(core);
    },
  };
}
