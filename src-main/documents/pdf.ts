import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/**
 * Prints a self-contained HTML page (see quote-html.ts) to PDF bytes. Two implementations: the
 * Electron one (src-main/app/print-to-pdf.ts, `webContents.printToPDF`) and, in browser mode and
 * tests, Chromium driven by Playwright below — the same engine.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

/** A printer holding resources (a browser, windows) until it is disposed of. */
export type PdfPrinterService = { print: PdfPrinter; dispose(): Promise<void> };

export class ChromiumMissingError extends Error {
  constructor(readonly executablePath: string) {
    super(`Chromium was not found at ${executablePath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.`);
    this.name = 'ChromiumMissingError';
  }
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

function chromiumArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];
  // Chromium refuses to start its sandbox as root (CI containers): only then is it turned off.
  return process.getuid?.() === 0 ? ['--no-sandbox', ...args] : args;
}

/**
 * Browser mode's printer: one headless Chromium, started on the first print and reused; each
 * print gets its own context with JavaScript off. `dispose` closes the browser.
 */
export function createChromiumPdfPrinter(executablePath: string = chromiumPath()): PdfPrinterService {
  let browser: Promise<Browser> | null = null;

  const launch = async (): Promise<Browser> => {
    if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
    const { chromium } = await import('playwright-core');
    const launched = await chromium.launch({ executablePath, args: chromiumArgs() });
    launched.on('disconnected', () => {
      browser = null;
    });
    return launched;
  };

  const print: PdfPrinter = async (html) => {
    browser ??= launch().catch((error: unknown) => {
      browser = null;
      throw error;
    });
    const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    } finally {
      await context.close();
    }
  };

  const dispose = async (): Promise<void> => {
    const running = browser;
    browser = null;
    if (running) await (await running.catch(() => null))?.close();
  };

  return { print, dispose };
}
