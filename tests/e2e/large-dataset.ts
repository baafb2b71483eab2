import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/browser-mode';

/** Bump when the generator changes so the cached dataset is made again. */
const DATASET_VERSION = 2;

/** A fingerprint of the schema: any change to a migration makes the cached dataset stale. */
function migrationsFingerprint(): string {
  const dir = join(repoRoot, 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.sql')).sort()) hash.update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

/** Where the seeded `large` dataset lives between runs (rebuilt when the schema changes). */
export function largeDatasetDir(): string {
  return join(repoRoot, 'node_modules', '.cache', 'crm-e2e', `large-v${DATASET_VERSION}-${migrationsFingerprint()}`);
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
