import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { PdfPrinterService } from '../documents/pdf';

/**
 * The hidden window a document is printed from: nothing runs in it (no JavaScript, no Node, no
 * preload, sandboxed), and it is never shown.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      images: true,
      spellcheck: false,
    },
  };
}

export const printOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/**
 * The desktop app's PDF printer (the same seam as browser mode's Chromium printer): the page is
 * written to a private temporary file (a data URL would be capped at 2 MB), loaded in a hidden
 * window, printed with `webContents.printToPDF`, and both are gone when the print ends.
 * `openWindow` is `(options) => new BrowserWindow(options)`, given by main.ts.
 */
export function createElectronPdfPrinter(openWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow): PdfPrinterService {
  const open = new Set<BrowserWindow>();
  return {
    async print(html) {
      const folder = await mkdtemp(join(tmpdir(), 'crm-print-'));
      const window = openWindow(printWindowOptions());
      open.add(window);
      try {
        const file = join(folder, 'document.html');
        await writeFile(file, html, { encoding: 'utf8', mode: 0o600 });
        await window.loadFile(file);
        return new Uint8Array(await window.webContents.printToPDF(printOptions));
      } finally {
        open.delete(window);
        if (!window.isDestroyed()) window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
    async dispose() {
      for (const window of open) if (!window.isDestroyed()) window.destroy();
      open.clear();
    },
  };
}
