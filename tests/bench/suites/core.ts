import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { closeCore, openCore } from '../../../src-main/core/core';
import { dataPaths } from '../../../src-main/core/paths';
import { chromiumPath, ensureRendererBuilt, measureBrowser } from '../measure/browser';
import { measureEdits } from '../measure/edit';
import { measureContactsList } from '../measure/list';
import { measureRawCeiling } from '../measure/raw-ceiling';
import { measureSearch } from '../measure/search';
import { measureSeed } from '../measure/seed';
import { round } from '../stats';
import type { Metrics, SuiteContext } from '../suite';

/**
 * The core on the `large` dataset, seeded fresh: seed rate against the raw insert ceiling,
 * list pages, global search and edits through the real handlers, then the renderer in Chromium.
 */
export async function coreSuite(ctx: SuiteContext): Promise<Metrics> {
  const dataDir = join(ctx.workDir, 'core-large');
  // Fail in a second, not after the seed, when the browser or the renderer is missing.
  chromiumPath();
  ensureRendererBuilt(ctx.log);
  ctx.log('core: seeding the large dataset through the write path…');
  const seed = measureSeed(dataDir, 'large', ctx.log);

  ctx.log('core: raw insert ceiling…');
  const raw = measureRawCeiling(dataPaths(dataDir).databaseFile, ctx.workDir);

  ctx.log('core: opening the large base, then contacts.list, search.global, contacts.update…');
  // As the app opens it: the integrity check beside the first screen (open_large_ms), its verdict
  // after open_large_checked_ms.
  const opening = performance.now();
  const core = openCore({ dataDir, dailyBackup: false, integrityCheck: 'after-open' });
  const openMs = performance.now() - opening;
  let api: Metrics;
  try {
    await core.integrity;
    const checkedMs = performance.now() - opening;
    api = {
      open_large_ms: round(openMs, 1),
      open_large_checked_ms: round(checkedMs, 1),
      ...(await measureContactsList(core, 400)),
      ...(await measureSearch(core, 400)),
      ...(await measureEdits(core, 400)),
    };
  } finally {
    closeCore(core);
  }

  // The seed leaves hundreds of megabytes of dirty pages; writing them out during the scroll
  // would be measured as dropped frames. Flush them first (where the system has `sync`).
  spawnSync('sync', { stdio: 'ignore' });
  ctx.log('core: first screen and scrolling in Chromium…');
  const browser = await measureBrowser(dataDir, ctx.log);

  const ratio = (a: number | undefined, b: number | undefined) => round((a ?? 0) / Math.max(0.001, b ?? 0), 3);
  return {
    ...seed,
    ...raw,
    seed_vs_raw_ratio: ratio(seed.seed_records_per_s, raw.raw_insert_rows_per_s),
    ...api,
    edit_vs_raw_ratio: ratio(api.edit_p99_ms, raw.raw_update_p99_ms),
    ...browser,
  };
}
