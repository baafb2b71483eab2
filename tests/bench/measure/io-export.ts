import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { api } from '../../../src-shared/contract/api';
import { closeCore, openCore } from '../../../src-main/core/core';
import { exportList } from '../../../src-main/domains/exports/export-list';
import { findFile } from '../../../src-main/files/store';
import { log } from '../../../src-main/log';
import type { Metrics } from '../suite';
import { median, round } from '../stats';

const RUNS = 3;
const thisFile = fileURLToPath(import.meta.url);

type Run = { ms: number; cpuMs: number; rows: number; bytes: number; peakMb: number };
type ChildFigures = { xlsx: Run[]; csv: Run[]; peakRssMb: number };

const STATUS = '/proc/self/status';

/** This process's resident memory now (MB), file pages included (Linux reads it from /proc). */
function residentMb(): number {
  if (!existsSync(STATUS)) return process.memoryUsage().rss / (1024 * 1024);
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(STATUS, 'utf8'))?.[1] ?? 0) / 1024;
}

/** One export of the whole contacts list (default columns, as the CLI writes it), timed and its memory sampled; its file removed. */
async function timedExport(dataDir: string, core: ReturnType<typeof openCore>, format: 'xlsx' | 'csv'): Promise<Run> {
  const input = api['exports.list'].input.parse({ entity: 'contact', format, source: { kind: 'list' }, language: 'fr', timeZone: 'Europe/Paris' });
  let peak = residentMb();
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentMb());
  }, 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const file = await exportList(core, input).finally(() => clearInterval(sampler));
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const stored = await findFile(dataDir, 'outgoing', file.fileId);
  if (stored) {
    rmSync(stored.path, { force: true });
    rmSync(`${stored.path}.json`, { force: true });
  }
  return { ms, cpuMs: (used.user + used.system) / 1000, rows: file.rows, bytes: file.size, peakMb: Math.max(peak, residentMb()) };
}

/** In the child process: a warm-up export, then the timed ones; the process's peak RSS covers them all. */
async function runChild(dataDir: string): Promise<ChildFigures> {
  log.level = 'warn';
  const core = openCore({ dataDir, dailyBackup: false });
  try {
    await timedExport(dataDir, core, 'xlsx');
    const figures: ChildFigures = { xlsx: [], csv: [], peakRssMb: 0 };
    for (let i = 0; i < RUNS; i++) figures.xlsx.push(await timedExport(dataDir, core, 'xlsx'));
    for (let i = 0; i < RUNS; i++) figures.csv.push(await timedExport(dataDir, core, 'csv'));
    figures.peakRssMb = process.resourceUsage().maxRSS / 1024;
    return figures;
  } finally {
    closeCore(core);
  }
}

/**
 * `export_xlsx_large_s` and `export_xlsx_peak_rss_mb`: every contact of a `large` data folder
 * (100,000) through `exports.list` to an .xlsx file with the list's default columns — paged
 * through the list's own query on the export's own snapshot, streamed by exceljs into the file
 * store — as the median of a few runs after a warm-up one, in a process of its own. Beside the
 * wall time, the process CPU time of the same runs (steadier on a busy machine).
 *
 * Memory: `export_xlsx_peak_rss_mb` is the process's resident memory sampled every 20 ms during
 * the exports (the highest), `export_process_peak_rss_mb` the kernel's high-water mark of the
 * whole child (opening the core included). Then the same list to CSV, the rows and the files'
 * sizes. `dataDir` is read, never changed (the exports' files are removed).
 */
export function measureIoExport(dataDir: string, logLine: (line: string) => void = () => undefined): Promise<Metrics> {
  logLine('io: exports.list of every contact to .xlsx and .csv, in a process of its own…');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', thisFile, '--child', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`the export measure failed (exit ${code})`));
      const figures = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ChildFigures;
      const seconds = (runs: Run[], pick: (run: Run) => number) => round(median(runs.map(pick)) / 1000, 2);
      const peak = (runs: Run[], pick: (run: Run) => number) => Math.round(Math.max(...runs.map(pick)));
      resolve({
        export_xlsx_large_s: seconds(figures.xlsx, (run) => run.ms),
        export_xlsx_large_cpu_s: seconds(figures.xlsx, (run) => run.cpuMs),
        export_xlsx_peak_rss_mb: peak(figures.xlsx, (run) => run.peakMb),
        export_process_peak_rss_mb: Math.round(figures.peakRssMb),
        export_csv_large_s: seconds(figures.csv, (run) => run.ms),
        export_csv_large_cpu_s: seconds(figures.csv, (run) => run.cpuMs),
        export_rows: figures.xlsx[0]?.rows ?? 0,
        export_xlsx_mb: round((figures.xlsx[0]?.bytes ?? 0) / (1024 * 1024), 1),
        export_csv_mb: round((figures.csv[0]?.bytes ?? 0) / (1024 * 1024), 1),
      });
    });
  });
}

if (process.argv[1] === thisFile) {
  const childAt = process.argv.indexOf('--child');
  const dataDir = childAt >= 0 ? process.argv[childAt + 1] : process.argv[2];
  if (!dataDir) {
    process.stderr.write('usage: node --import tsx tests/bench/measure/io-export.ts <data folder with the large dataset (a copy: files are written in it)>\n');
    process.exit(2);
  }
  if (childAt >= 0) {
    runChild(dataDir).then(
      (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
      (error: unknown) => {
        process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
        process.exit(1);
      },
    );
  } else {
    measureIoExport(dataDir, (line) => process.stderr.write(`${line}\n`)).then(
      (metrics) => process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`),
      (error: unknown) => {
        process.stderr.write(`${(error as Error).message}\n`);
        process.exit(1);
      },
    );
  }
}
