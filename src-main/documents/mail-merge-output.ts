import { safeFileName } from '../../src-shared/domain/files';
import type { LetterTemplate } from './mail-merge-template';
import { renderPart, type Filling } from './mail-merge-xml';
import { zipArchive, type ZipFile } from './mail-merge-zip';

/** One letter's fields: the value of each field the template holds. */
export type LetterValues = (field: string) => string;

/** Called as letters are done (to report progress, yield, and stop when cancelled). */
export type LetterStep = (done: number) => Promise<void>;

/** Letters between two calls of the step. */
const STEP_EVERY = 50;

const DOCUMENT = 'word/document.xml';
const CONTENT_TYPES = '[Content_Types].xml';

function filling(template: LetterTemplate, value: LetterValues, copy: number, section: string): Filling {
  return { value, copy, idStride: template.idStride, section };
}

/** A Word document of the template: its filled body, its header and footer parts filled with `pageValue`, the rest as it was. */
function documentOf(template: LetterTemplate, body: string, pageValue: LetterValues): Uint8Array {
  const pages: ZipFile[] = template.pages.map((page) => ({ name: page.name, content: renderPart(page.segments, filling(template, pageValue, 0, '')) }));
  const document: ZipFile = { name: DOCUMENT, content: `${template.before}${body}${template.section}${template.after}` };
  // The package's list of content types first, as Word writes it.
  const [types, others] = [template.unchanged.filter((file) => file.name === CONTENT_TYPES), template.unchanged.filter((file) => file.name !== CONTENT_TYPES)];
  return zipArchive([...types, document, ...pages, ...others]);
}

/**
 * One Word document holding every letter, each a section of its own starting on a new page.
 * `shared` fills the page headers and footers, which all the letters share.
 */
export async function mergedDocument(template: LetterTemplate, letters: readonly LetterValues[], shared: LetterValues, step: LetterStep): Promise<Uint8Array> {
  const bodies: string[] = [];
  for (let index = 0; index < letters.length; index += 1) {
    const value = letters[index] ?? shared;
    bodies.push(renderPart(template.body, filling(template, value, index, index < letters.length - 1 ? template.section : '')));
    if ((index + 1) % STEP_EVERY === 0) await step(index + 1);
  }
  await step(letters.length);
  return documentOf(template, bodies.join(''), shared);
}

/** Names for the files of a .zip: safe on every system, unique whatever the case ("Dupont (2).docx"). */
export function uniqueFileNames(names: readonly string[], extension: string, fallback: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeFileName(name.slice(0, 120), fallback);
    let candidate = `${base}.${extension}`;
    for (let count = 2; taken.has(candidate.toLocaleLowerCase()); count += 1) candidate = `${base} (${count}).${extension}`;
    taken.add(candidate.toLocaleLowerCase());
    return candidate;
  });
}

/** A .zip with one Word document per letter, under the given names (see `uniqueFileNames`). */
export async function perRecipientFiles(template: LetterTemplate, letters: readonly { fileName: string; value: LetterValues }[], step: LetterStep): Promise<Uint8Array> {
  const files: ZipFile[] = [];
  for (let index = 0; index < letters.length; index += 1) {
    const letter = letters[index];
    if (!letter) continue;
    const body = renderPart(template.body, filling(template, letter.value, 0, ''));
    // The letters are already compressed: the .zip only stores them.
    files.push({ name: letter.fileName, content: documentOf(template, body, letter.value), store: true });
    if ((index + 1) % STEP_EVERY === 0) await step(index + 1);
  }
  await step(letters.length);
  return zipArchive(files);
}
