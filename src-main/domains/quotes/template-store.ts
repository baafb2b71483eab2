import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The office's own Word template for quotes, kept on this PC (`<data>/templates/quote.docx`):
 * a .docx of several megabytes is a file, not a synced value. Without one, quotes are laid out
 * by the built-in document. Beside it, `quote.json` keeps the name it was chosen under and when.
 */
const templatesDir = (dataDir: string) => join(dataDir, 'templates');
const templatePath = (dataDir: string) => join(templatesDir(dataDir), 'quote.docx');
const detailsPath = (dataDir: string) => join(templatesDir(dataDir), 'quote.json');

/** What is known of the stored template besides its bytes. */
export type QuoteTemplateDetails = { fileName: string; savedAt: string };
export type StoredQuoteTemplateInfo = QuoteTemplateDetails & { size: number };

const DEFAULT_FILE_NAME = 'quote.docx';

const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

export async function readQuoteTemplate(dataDir: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(templatePath(dataDir)));
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
}

/**
 * The stored template's name, size and date, or null when there is none. The details file is
 * trusted only when it describes this very file (same size); otherwise the file speaks for itself.
 */
export async function readQuoteTemplateInfo(dataDir: string): Promise<StoredQuoteTemplateInfo | null> {
  let size: number;
  let modified: Date;
  try {
    const info = await stat(templatePath(dataDir));
    size = info.size;
    modified = info.mtime;
  } catch (error) {
    if (missing(error)) return null;
    throw error;
  }
  const fallback = { fileName: DEFAULT_FILE_NAME, savedAt: modified.toISOString(), size };
  try {
    const details = JSON.parse(await readFile(detailsPath(dataDir), 'utf8')) as Partial<StoredQuoteTemplateInfo>;
    if (details.size !== size || typeof details.fileName !== 'string' || typeof details.savedAt !== 'string') return fallback;
    return { fileName: details.fileName, savedAt: details.savedAt, size };
  } catch {
    return fallback;
  }
}

/** Replaces the template whole (written aside, then renamed: never half a file). */
export async function saveQuoteTemplate(dataDir: string, bytes: Uint8Array, details?: QuoteTemplateDetails): Promise<void> {
  const path = templatePath(dataDir);
  await mkdir(templatesDir(dataDir), { recursive: true });
  await writeFile(`${path}.part`, bytes, { mode: 0o600 });
  if (details) {
    const record: StoredQuoteTemplateInfo = { ...details, size: bytes.byteLength };
    await writeFile(`${detailsPath(dataDir)}.part`, JSON.stringify(record), { mode: 0o600 });
    await rename(`${detailsPath(dataDir)}.part`, detailsPath(dataDir));
  } else {
    await rm(detailsPath(dataDir), { force: true });
  }
  await rename(`${path}.part`, path);
}

export async function removeQuoteTemplate(dataDir: string): Promise<void> {
  await rm(templatePath(dataDir), { force: true });
  await rm(detailsPath(dataDir), { force: true });
}
