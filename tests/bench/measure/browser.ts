import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { sourceRoot } from '../../../src-main/core/paths';
import { startBrowserMode } from '../../../src-main/web/launch';
import type { Metrics } from '../suite';
import { median, percentile, round } from '../stats';
import { openPeer, scrollPass, summarisePasses, type ScrollPass } from './scroll';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const TABLE = '[data-testid="contacts-table"]';
const ROW = '[data-testid="contact-row"]';
const PEER_TABLE = '[data-testid="peer-table"]';
const TODAY_FILLED = '[data-testid="today-neglected-account"]';
const PEER_ROW = '[data-testid="peer-row"]';
const SCROLL_PASSES = 3;

/** A missing browser or renderer is an error that says what to do, never a skipped figure. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium was not found at ${path}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

export function ensureRendererBuilt(log: (line: string) => void): void {
  // Always rebuilt: a renderer left over from an older checkout would be measured instead of this one.
  const index = join(sourceRoot, 'dist', 'renderer', 'index.html');
  log('  building the renderer (npx vite build)…');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: sourceRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0 || !existsSync(index)) throw new Error('The renderer could not be built (`npx vite build` failed); see its output above.');
}

async function firstScreen(browser: Browser, url: string): Promise<{ ms: number; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url);
  // The first screen is Today, filled: on the seeded data the user has accounts nobody called lately.
  await page.locator(TODAY_FILLED).first().waitFor({ state: 'visible', timeout: 60_000 });
  return { ms: performance.now() - started, page };
}

/** The renderer's figures: first screen in browser mode, then a long programmatic scroll. */
export async function measureBrowser(dataDir: string, log: (line: string) => void): Promise<Metrics> {
  const executablePath = chromiumPath();
  ensureRendererBuilt(log);
  log('  starting browser mode on the seeded data…');
  const app = await startBrowserMode({ dataDir });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await (await firstScreen(browser, app.url)).page.context().close(); // warm-up: server caches, JIT
    const loads: number[] = [];
    let last: Page | undefined;
    for (let i = 0; i < 7; i++) {
      const { ms, page } = await firstScreen(browser, app.url);
      loads.push(ms);
      if (last) await last.context().close();
      last = page;
    }
    if (!last) throw new Error('no page was loaded');
    log(`  first screen: ${loads.map((ms) => ms.toFixed(0)).join(', ')} ms; scrolling…`);
    await last.getByTestId('nav-contacts').click();
    await last.locator(ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
    const peer = await openPeer(browser);
    await scrollPass(last, TABLE, ROW, 30, 200); // warm-up
    await scrollPass(peer, PEER_TABLE, PEER_ROW, 30, 200);
    // About six rows per frame for 15 s: a brisk, long scroll through ~5,000 rows. Passes of the
    // CRM and of the peer alternate, so that a noisy moment of the machine weighs on both.
    const passes: ScrollPass[] = [];
    const peerPasses: ScrollPass[] = [];
    for (let pass = 0; pass < SCROLL_PASSES; pass++) {
      passes.push(await scrollPass(last, TABLE, ROW, 900, 200));
      peerPasses.push(await scrollPass(peer, PEER_TABLE, PEER_ROW, 900, 200));
      log(`  scroll pass ${pass + 1}: CRM p95 ${percentile(passes[pass]?.frames ?? [0], 95).toFixed(1)} ms, peer p95 ${percentile(peerPasses[pass]?.frames ?? [0], 95).toFixed(1)} ms`);
    }
    if (passes.some((pass) => pass.distance <= 0)) throw new Error('the contacts table did not scroll: is the list loaded?');
    const crm = summarisePasses('scroll', passes);
    const best = summarisePasses('peer_scroll', peerPasses);
    return {
      first_screen_ms: round(median(loads), 1),
      first_screen_max_ms: round(Math.max(...loads), 1),
      ...crm,
      ...best,
      scroll_p95_vs_peer: round((crm.scroll_frame_p95_ms ?? 0) / Math.max(0.001, best.peer_scroll_frame_p95_ms ?? 0), 2),
      scroll_dom_rows_max: Math.max(...passes.map((pass) => pass.maxRows)),
      scroll_distance_px: Math.round(median(passes.map((pass) => pass.distance))),
      scroll_rows_seen: Math.round(median(passes.map((pass) => pass.rowsSeen))),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
