import type { Core } from '../core/core';
import { scheduleDailyBackups } from './backup-scheduler';
import { scheduleMaintenance } from './db-maintenance';

/** The timers both hosts run while the app is open; returns one function that stops them all. */
export function startBackgroundJobs(core: Core): () => void {
  const stops = [scheduleDailyBackups(core), scheduleMaintenance(core)];
  return () => {
    for (const stop of stops) stop();
  };
}
