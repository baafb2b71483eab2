import { chromium, type Browser } from '@playwright/test';
import { startBrowserMode } from '../../../src-main/web/launch';
import type { Metrics } from '../suite';
import { median, round } from '../stats';
import { chromiumPath } from './browser';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const RUNS = 7;

/** A fresh page on Today (the first screen); then the agenda's week of `date` until its events are on screen. */
async function openWeek(browser: Browser, url: string, date: string): Promise<{ ms: number; events: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('today-screen').waitFor({ state: 'visible', timeout: 60_000 });
    const started = performance.now();
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/agenda/week/${date}`);
    await page.getByTestId('agenda-event').first().waitFor({ state: 'visible', timeout: 60_000 });
    const ms = performance.now() - started;
    return { ms, events: await page.getByTestId('agenda-event').count() };
  } finally {
    await context.close();
  }
}

/**
 * `agenda_render_ms`: in browser mode on the seeded data, from asking for the agenda's week view
 * (the app open on Today, nothing of the agenda loaded) to that week's events on screen in
 * Chromium — a busy week of the local user. Median of 7 fresh pages after a warm-up. The
 * renderer must be built.
 */
export async function measureAgendaScreen(dataDir: string, date: string, log: (line: string) => void): Promise<Metrics> {
  const executablePath = chromiumPath();
  const app = await startBrowserMode({ dataDir });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    await openWeek(browser, app.url, date);
    const runs: { ms: number; events: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await openWeek(browser, app.url, date));
    log(`  agenda week on screen: ${runs.map((run) => run.ms.toFixed(0)).join(', ')} ms`);
    return {
      agenda_render_ms: round(median(runs.map((run) => run.ms)), 1),
      agenda_render_max_ms: round(Math.max(...runs.map((run) => run.ms)), 1),
      agenda_render_events: Math.max(...runs.map((run) => run.events)),
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
