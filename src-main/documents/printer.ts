import type { Core } from '../core/core';
import { createChromiumPdfPrinter, type PdfPrinterService } from './pdf';

const printers = new WeakMap<Core, PdfPrinterService>();

/** The host's PDF printer for this core (the desktop app gives Electron's printToPDF). */
export function attachPdfPrinter(core: Core, printer: PdfPrinterService): void {
  printers.set(core, printer);
}

/** The core's printer; browser mode, the CLI and tests print through Chromium, started on first use. */
export function pdfPrinterOf(core: Core): PdfPrinterService {
  let printer = printers.get(core);
  if (!printer) {
    printer = createChromiumPdfPrinter();
    printers.set(core, printer);
  }
  return printer;
}

/** Closes the printer's browser or windows, if one was started. */
export async function disposePdfPrinter(core: Core): Promise<void> {
  const printer = printers.get(core);
  printers.delete(core);
  await printer?.dispose();
}
