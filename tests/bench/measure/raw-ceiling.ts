import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createRng } from '../../../src-main/jobs/seed/rng';
import type { Metrics } from '../suite';
import { percentile, round, timed } from '../stats';

type ContactRow = Record<string, string | number | null>;

/**
 * The ceiling the seed is compared with, measured in the same run: plain better-sqlite3 inserts
 * of the very same contact rows (same width) into a plain table of another database, in big
 * transactions, with the app's pragmas; then single-row updates, the floor for an edit.
 */
export function measureRawCeiling(seededFile: string, workDir: string): Metrics {
  const source = new Database(seededFile, { readonly: true });
  const columns = (source.prepare('PRAGMA table_info(contacts)').all() as { name: string }[]).map((column) => column.name);
  const rows = source.prepare('SELECT * FROM contacts').all() as ContactRow[];
  source.close();

  const db = new Database(join(workDir, 'raw-ceiling.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -32000');
    db.exec(`CREATE TABLE contacts_raw (id TEXT PRIMARY KEY, ${columns.filter((c) => c !== 'id').map((c) => `"${c}"`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO contacts_raw (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const insertBatch = db.transaction((batch: ContactRow[]) => {
      for (const row of batch) insert.run(columns.map((column) => row[column] ?? null));
    });
    const { ms } = timed(() => {
      for (let start = 0; start < rows.length; start += 10_000) insertBatch(rows.slice(start, start + 10_000));
    });

    const rng = createRng(99);
    const update = db.prepare('UPDATE contacts_raw SET job_title = ? WHERE id = ?');
    const updates: number[] = [];
    for (let i = 0; i < 500; i++) {
      const row = rows[rng.int(rows.length)] as ContactRow;
      updates.push(timed(() => update.run(`Poste ${i}`, row.id)).ms);
    }
    return {
      raw_insert_rows: rows.length,
      raw_insert_rows_per_s: Math.round(rows.length / (ms / 1000)),
      raw_update_p50_ms: round(percentile(updates, 50)),
      raw_update_p99_ms: round(percentile(updates, 99)),
    };
  } finally {
    db.close();
  }
}
