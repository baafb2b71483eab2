import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { sourceRoot } from '../../../src-main/core/paths';
import { startBrowserMode } from '../../../src-main/web/launch';
import type { Metrics } from '../suite';
import { median, percentile, round } from '../stats';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const TABLE = '[data-testid="contacts-table"]';
const ROW = '[data-testid="contact-row"]';

/** A missing browser or renderer is an error that says what to do, never a skipped figure. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium was not found at ${path}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

export function ensureRendererBuilt(log: (line: string) => void): void {
  const index = join(sourceRoot, 'dist', 'renderer', 'index.html');
  if (existsSync(index)) return;
  log('  building the renderer (npx vite build)…');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: sourceRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0 || !existsSync(index)) throw new Error('The renderer could not be built (`npx vite build` failed); see its output above.');
}

async function firstScreen(browser: Browser, url: string): Promise<{ ms: number; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(url);
  await page.locator(ROW).first().waitFor({ state: 'visible', timeout: 60_000 });
  return { ms: performance.now() - started, page };
}

type ScrollResult = { frames: number[]; maxRows: number; distance: number; rowsSeen: number };

/*
 * Runs in the page. Kept as plain JavaScript text: the TypeScript loader would otherwise add
 * helpers (function names) that do not exist in the page.
 */
const scrollScript = `async ({ selector, rowSelector, frames, stepPx }) => {
  const table = document.querySelector(selector);
  if (!table) throw new Error('no ' + selector + ' on the page');
  const durations = [];
  const seen = new Set();
  let maxRows = 0;
  let last = 0;
  table.scrollTop = 0;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const start = table.scrollTop;
  for (let count = 0; count <= frames; count++) {
    const now = await new Promise((resolve) => requestAnimationFrame(resolve));
    if (last > 0) durations.push(now - last);
    last = now;
    const rows = table.querySelectorAll(rowSelector);
    maxRows = Math.max(maxRows, rows.length);
    rows.forEach((row) => seen.add(row.textContent || ''));
    table.scrollTop += stepPx;
  }
  return { frames: durations, maxRows, distance: table.scrollTop - start, rowsSeen: seen.size };
}`;

/**
 * Scrolls the contacts table from the top by a fixed step on every animation frame and records, in the page,
 * each frame's duration (requestAnimationFrame timestamps) and how many rows are in the DOM.
 */
async function scroll(page: Page, frames: number, stepPx: number): Promise<ScrollResult> {
  const args = JSON.stringify({ selector: TABLE, rowSelector: ROW, frames, stepPx });
  return (await page.evaluate(`(${scrollScript})(${args})`)) as ScrollResult;
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
    await scroll(last, 30, 200); // warm-up
    // About six rows per frame for 15 s: a brisk, long scroll through ~5,000 rows.
    const result = await scroll(last, 900, 200);
    if (result.distance <= 0) throw new Error('the contacts table did not scroll: is the list loaded?');
    return {
      first_screen_ms: round(median(loads), 1),
      first_screen_max_ms: round(Math.max(...loads), 1),
      scroll_frame_p50_ms: round(percentile(result.frames, 50), 2),
      scroll_frame_p95_ms: round(percentile(result.frames, 95), 2),
      scroll_frame_max_ms: round(Math.max(...result.frames), 2),
      scroll_dom_rows_max: result.maxRows,
      scroll_distance_px: Math.round(result.distance),
      scroll_rows_seen: result.rowsSeen,
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
