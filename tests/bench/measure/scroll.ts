import type { Browser, Page } from '@playwright/test';
import { median, percentile, round } from '../stats';

export type ScrollPass = { frames: number[]; maxRows: number; distance: number; rowsSeen: number };

/** A frame longer than this missed the 60 Hz display (16.7 ms) by more than rounding. */
const LONG_FRAME_MS = 20;

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
  await new Promise((resolve) => setTimeout(resolve, 300));
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
 * Scrolls a table from the top by a fixed step on every animation frame and records, in the page,
 * each frame's duration (requestAnimationFrame timestamps) and how many rows are in the DOM.
 */
export async function scrollPass(page: Page, selector: string, rowSelector: string, frames: number, stepPx: number): Promise<ScrollPass> {
  const args = JSON.stringify({ selector, rowSelector, frames, stepPx });
  return (await page.evaluate(`(${scrollScript})(${args})`)) as ScrollPass;
}

/** Several passes summarised as performance.md asks: the median of the passes' figures. */
export function summarisePasses(prefix: string, passes: readonly ScrollPass[]): Record<string, number> {
  const long = (pass: ScrollPass) => (100 * pass.frames.filter((ms) => ms > LONG_FRAME_MS).length) / pass.frames.length;
  return {
    [`${prefix}_frame_p50_ms`]: round(median(passes.map((pass) => percentile(pass.frames, 50))), 2),
    [`${prefix}_frame_p95_ms`]: round(median(passes.map((pass) => percentile(pass.frames, 95))), 2),
    [`${prefix}_frame_max_ms`]: round(Math.max(...passes.flatMap((pass) => pass.frames)), 2),
    [`${prefix}_long_frames_pct`]: round(median(passes.map(long)), 2),
    [`${prefix}_passes`]: passes.length,
  };
}

/*
 * The peer: the same scroll over a hand-written virtual list (no framework, rows built with
 * the DOM API in the scroll handler) of 100,000 rows of the same height and column count, in
 * the same browser and run. It is what this machine can draw at best; the CRM's figures are
 * read against it.
 */
const peerHtml = `<!doctype html><style>
body{margin:0;font:14px system-ui,sans-serif}
#t{height:100vh;overflow:auto;position:relative;contain:strict}
#b{position:relative;height:3200000px;min-width:2300px}
.r{position:absolute;left:0;right:0;height:32px;display:flex;border-bottom:1px solid #e3e6ea;background:#fff;contain:strict}
.r:nth-child(odd){background:#f7f8fa}
.c{flex:0 0 160px;padding:0 10px;overflow:hidden;white-space:nowrap;display:flex;align-items:center}
</style><div id="t" data-testid="peer-table"><div id="b"></div></div><script>
const t = document.getElementById('t'), b = document.getElementById('b'), rows = new Map();
const words = ['Jérôme', 'Dupont', 'Hélène', 'Lefèvre', 'Société Générale', 'Lyon', '+33 6 12 34 56 78', 'contact@exemple.fr'];
function draw() {
  const first = Math.max(0, Math.floor(t.scrollTop / 32) - 8), last = Math.ceil((t.scrollTop + t.clientHeight) / 32) + 8;
  for (const [i, el] of rows) if (i < first || i > last) { el.remove(); rows.delete(i); }
  for (let i = first; i <= last && i < 100000; i++) if (!rows.has(i)) {
    const r = document.createElement('div'); r.className = 'r'; r.dataset.testid = 'peer-row'; r.style.transform = 'translateY(' + i * 32 + 'px)';
    for (let c = 0; c < 14; c++) { const d = document.createElement('div'); d.className = 'c'; const s = document.createElement('span'); s.textContent = words[(i + c) % words.length] + ' ' + i; d.appendChild(s); r.appendChild(d); }
    b.appendChild(r); rows.set(i, r);
  }
}
t.addEventListener('scroll', draw, { passive: true }); draw();
</script>`;

export async function openPeer(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.setContent(peerHtml);
  return page;
}
