import { statSync } from 'node:fs';
import { closeCore, openCore } from '../../../src-main/core/core';
import { syncedTables } from '../../../src-main/db/synced-tables';
import { seedDataset, type DatasetSize } from '../../../src-main/jobs/seed';
import type { Metrics } from '../suite';
import { round } from '../stats';


/**
 * Seeds a fresh data folder through the real write path and reports how long it took, how many
 * records it wrote (every synced row counts), and what the change capture stored beside them.
 */
export function measureSeed(dataDir: string, size: DatasetSize, log: (line: string) => void): Metrics {
  const core = openCore({ dataDir, dailyBackup: false });
  try {
    let lastTenth = -1;
    const started = performance.now();
    seedDataset(core, {
      size,
      onProgress: (done, total) => {
        const tenth = Math.floor((done / total) * 10);
        if (tenth !== lastTenth) log(`  seed ${size}: ${tenth * 10}% after ${((performance.now() - started) / 1000).toFixed(1)} s`);
        lastTenth = tenth;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
    const records = Object.keys(syncedTables).reduce((sum, table) => sum + count(`SELECT count(*) FROM ${table}`), 0);
    const contacts = count('SELECT count(*) FROM contacts');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      [`seed_${size}_s`]: round(seconds, 2),
      seed_records: records,
      seed_records_per_s: Math.round(records / seconds),
      seed_contacts_per_s: Math.round(contacts / seconds),
      seed_change_log_rows: count('SELECT count(*) FROM change_log'),
      seed_db_mb: round(statSync(core.paths.databaseFile).size / 1_048_576, 1),
    };
  } finally {
    closeCore(core);
  }
}
