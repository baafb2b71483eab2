import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { log } from '../../src-main/log';
import type { Metrics, Suite } from './suite';

/** Suites by name, loaded on demand. */
const suites: Record<string, () => Promise<Suite>> = {
  core: async () => (await import('./suites/core')).coreSuite,
  sync: async () => (await import('./suites/sync')).syncSuite,
  sales: async () => (await import('./suites/sales')).salesSuite,
  agenda: async () => (await import('./suites/agenda')).agendaSuite,
  io: async () => (await import('./suites/io')).ioSuite,
  reports: async () => (await import('./suites/reports')).reportsSuite,
};

type Options = { only: string[]; out: string };

function parseOptions(argv: string[]): Options {
  const options: Options = { only: [], out: 'bench-results/latest.json' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--only' || arg === '--out') && (value === undefined || value.startsWith('--'))) throw new Error(`${arg} needs a value`);
    if (arg === '--only') options.only.push(...(value as string).split(','));
    else if (arg === '--out') options.out = value as string;
    else throw new Error(`unknown option ${String(arg)} (use --only <suite> and --out <file.json>)`);
    i++;
  }
  for (const name of options.only) if (!suites[name]) throw new Error(`unknown suite "${name}" (known: ${Object.keys(suites).join(', ')})`);
  return options;
}

function printTable(metrics: Metrics): void {
  const width = Math.max(...Object.keys(metrics).map((name) => name.length));
  const lines = Object.entries(metrics).map(([name, value]) => `${name.padEnd(width)}  ${String(value).padStart(12)}`);
  process.stdout.write(`\n${'metric'.padEnd(width)}  ${'value'.padStart(12)}\n${'-'.repeat(width + 14)}\n${lines.join('\n')}\n`);
}

async function main(): Promise<number> {
  // The core's structured log would drown the figures; warnings still show.
  log.level = process.env.CRM_LOG_LEVEL ?? 'warn';
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  const names = options.only.length > 0 ? options.only : Object.keys(suites);
  const metrics: Metrics = {};
  for (const name of names) {
    const workDir = mkdtempSync(join(tmpdir(), `crm-bench-${name}-`));
    try {
      const suite = await (suites[name] as () => Promise<Suite>)();
      const started = performance.now();
      Object.assign(metrics, await suite({ workDir, log: (line) => process.stderr.write(`${line}\n`) }));
      process.stderr.write(`${name}: done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    } catch (error) {
      process.stderr.write(`bench: suite "${name}" failed: ${(error as Error).message}\n`);
      return 1;
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  }
  printTable(metrics);
  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(metrics, null, 2)}\n`);
  process.stdout.write(`\nwritten to ${out}\n`);
  return 0;
}

process.exitCode = await main();
