import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths } from '../../../src-main/core/paths';
import { contactHeaders, contactRows, writeCsvFile, writeXlsxFile } from '../../fixtures/imports/generate';
import type { Metrics } from '../suite';
import { round } from '../stats';
import { measureRawCeiling } from './raw-ceiling';

const ROWS = 100_000;

const mb = (kb: number) => round(kb / 1024, 0);

type ChildFigures = { rows: number; created: number; invalid: number; inspectMs: number; runMs: number; totalMs: number; indexedMs: number; maxRssKb: number };
type Memory = { rssKb: number; anonKb: number };
type Figures = ChildFigures & { readyRssKb: number; peakRssKb: number; peakAnonKb: number };

/** VmRSS and RssAnon of one process, from /proc (Linux); zeros elsewhere or once it has ended. */
function ownMemoryOf(pid: number): Memory {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssKb: field('VmRSS'), anonKb: field('RssAnon') };
  } catch {
    return { rssKb: 0, anonKb: 0 };
  }
}

/** The processes a process started (the parse worker's), from /proc (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter((id) => id.trim() !== '')
        .map(Number),
    );
  } catch {
    return [];
  }
}

/** The memory of a process and of every process it started, summed: the import's parse worker runs in a process of its own. */
function memoryOf(pid: number): Memory {
  const own = ownMemoryOf(pid);
  for (const child of childrenOf(pid)) {
    const theirs = memoryOf(child);
    own.rssKb += theirs.rssKb;
    own.anonKb += theirs.anonKb;
  }
  return own;
}

/**
 * One import of `file` into the data folder, in a process of its own (io-import-child.ts). Its
 * memory is sampled from here every 20 ms once it says "ready" (the database opened: opening
 * maps and checks the file, which is not the import), even while its own event loop is busy
 * writing the transaction.
 */
function importInChild(dataDir: string, file: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('tests', 'bench', 'measure', 'io-import-child.ts'), dataDir, file, 'contact'], {
      cwd: join(import.meta.dirname, '..', '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let ready: Memory | null = null;
    const peak = { rssKb: 0, anonKb: 0 };
    const timer = setInterval(() => {
      if (!ready || child.pid === undefined) return;
      const now = memoryOf(child.pid);
      peak.rssKb = Math.max(peak.rssKb, now.rssKb);
      peak.anonKb = Math.max(peak.anonKb, now.anonKb);
    }, 20);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!ready && stdout.includes('ready\n') && child.pid !== undefined) ready = memoryOf(child.pid);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(timer);
      if (code !== 0) {
        reject(new Error(`the import of ${file} failed:\n${stderr}`));
        return;
      }
      const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildFigures;
      if (figures.created !== ROWS || figures.invalid !== 0) {
        reject(new Error(`the import of ${file} created ${figures.created} contacts (${figures.invalid} invalid), ${ROWS} expected`));
        return;
      }
      resolve({ ...figures, readyRssKb: ready?.rssKb ?? 0, peakRssKb: peak.rssKb, peakAnonKb: peak.anonKb });
    });
  });
}

/**
 * Imports of 100,000 contacts (French headers, companies among 2,000 of which the missing are
 * created, e-mail, mobile and landline, address) into the data folder `dataDir` — the `large`
 * dataset in the io suite — first from CSV (UTF-8, `;`), then from Excel (other people, so both
 * are created). Each import runs in a fresh process through the handlers, from the uploaded
 * file to the committed transaction (inspect: parse in the worker; run: check every row, write
 * through the change log; `…_indexed_s`: until the search documents and duplicate keys it left
 * for after its commit are made too, and the WAL checkpointed). Peak memory is that process's
 * while it imports, summed with its parse worker's process (`…_peak_rss_mb`: resident memory,
 * which also counts the database pages opening it mapped, given apart as `…_ready_rss_mb`;
 * `…_peak_anon_mb`: the memory the processes themselves allocated). The raw insert ceiling is measured in the same run on the contacts of the database
 * afterwards.
 *
 * The core must not have the data folder open while this runs.
 */
export async function measureImports(dataDir: string, workDir: string, log: (line: string) => void): Promise<Metrics> {
  const csv = join(workDir, 'contacts-100k.csv');
  const xlsx = join(workDir, 'contacts-100k.xlsx');
  log('io: writing the 100,000-row CSV and Excel files…');
  await writeCsvFile(csv, contactHeaders, contactRows(ROWS, 101));
  await writeXlsxFile(xlsx, contactHeaders, contactRows(ROWS, 202, 2_000, 'exemple.com'));

  log('io: importing 100,000 contacts from CSV…');
  const fromCsv = await importInChild(dataDir, csv);
  log('io: raw insert ceiling…');
  const raw = measureRawCeiling(dataPaths(dataDir).databaseFile, workDir);
  log('io: importing 100,000 contacts from Excel…');
  const fromXlsx = await importInChild(dataDir, xlsx);

  const csvRowsPerS = ROWS / (fromCsv.totalMs / 1000);
  return {
    import_csv_large_s: round(fromCsv.totalMs / 1000, 2),
    import_csv_inspect_s: round(fromCsv.inspectMs / 1000, 2),
    import_csv_run_s: round(fromCsv.runMs / 1000, 2),
    import_csv_indexed_s: round(fromCsv.indexedMs / 1000, 2),
    import_csv_rows_per_s: Math.round(csvRowsPerS),
    import_csv_ratio_to_raw: round(csvRowsPerS / Math.max(1, raw.raw_insert_rows_per_s ?? 0), 3),
    import_csv_mb: round(statSync(csv).size / 1_048_576, 1),
    import_xlsx_large_s: round(fromXlsx.totalMs / 1000, 2),
    import_xlsx_inspect_s: round(fromXlsx.inspectMs / 1000, 2),
    import_xlsx_run_s: round(fromXlsx.runMs / 1000, 2),
    import_xlsx_indexed_s: round(fromXlsx.indexedMs / 1000, 2),
    import_xlsx_peak_rss_mb: mb(fromXlsx.peakRssKb),
    import_xlsx_peak_anon_mb: mb(fromXlsx.peakAnonKb),
    import_xlsx_ready_rss_mb: mb(fromXlsx.readyRssKb),
    import_xlsx_process_max_rss_mb: mb(fromXlsx.maxRssKb),
    import_csv_peak_rss_mb: mb(fromCsv.peakRssKb),
    import_xlsx_mb: round(statSync(xlsx).size / 1_048_576, 1),
    ...raw,
  };
}
