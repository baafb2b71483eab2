import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/browser-mode';

/** Bump when the generator changes so the cached dataset is made again. */
const DATASET_VERSION = 2;

function migrationCount(): number {
  return readdirSync(join(repoRoot, 'migrations')).filter((file) => file.endsWith('.sql')).length;
}

/** Where the seeded `large` dataset lives between runs (rebuilt when migrations change). */
export function largeDatasetDir(): string {
  return join(repoRoot, 'node_modules', '.cache', 'crm-e2e', `large-v${DATASET_VERSION}-m${migrationCount()}`);
}

/** Seeds the `large` dataset with the real CLI once; later runs reuse it. */
export function ensureLargeDataset(): string {
  const dir = largeDatasetDir();
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', 'seed', '--size', 'large', '--data-dir', dir], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CRM_LOG_LEVEL: 'warn' },
  });
  writeFileSync(marker, new Date().toISOString());
  return dir;
}
