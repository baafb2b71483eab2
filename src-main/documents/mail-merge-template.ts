import { isMergeFieldName, type MergeFieldName, type MergeTemplateFields } from '../../src-shared/domain/mail-merge';
import { translate, type Language } from '../../src-shared/i18n';
import { compilePart, largestIds, type Segment } from './mail-merge-xml';
import { letterSection, markSectionBreak, SECTION_MARK, splitDocument } from './mail-merge-sections';
import { copyable, readZipText, storedData, ZipPartTooLarge, type ZipFile } from './mail-merge-zip';
import { MAX_TEMPLATE_BYTES } from './quote-template';
import { zipEntries, type ZipEntry } from './zip-entries';

/**
 * A template made with Word's own mail merge keeps its data source in its settings: Word would
 * ask to query it again on opening the letters. The letters are already merged: it goes.
 */
function withoutWordMailMerge(settings: string): string {
  return settings.replace(/<w:mailMerge>[\s\S]*?<\/w:mailMerge>/, '');
}

/** A template's text part larger than this once inflated is refused: a letter's document.xml weighs kilobytes. */
const MAX_PART_BYTES = 20 * 1024 * 1024;

export type MergeTemplateProblem = 'not_docx' | 'no_fields' | 'too_large';

/** A letter template refused before anything is merged; `message` is in the user's language. */
export class MergeTemplateError extends Error {
  readonly code: MergeTemplateProblem;

  constructor(code: MergeTemplateProblem, language: Language, params?: Record<string, string | number>) {
    super(translate(language, `mailMerge.templateErrors.${code}`, params));
    this.name = 'MergeTemplateError';
    this.code = code;
  }
}

const DOCUMENT = 'word/document.xml';
const SETTINGS = 'word/settings.xml';
const HEADER_OR_FOOTER = /^word\/(header|footer)\d*\.xml$/;

/** A header or footer, compiled. */
type PagePart = { name: string; segments: Segment[] };

/** A letter template read and compiled once, ready to be filled for any number of recipients. */
export type LetterTemplate = {
  /** The template's other parts (styles, pictures, fonts, settings), copied as they are into each document. */
  unchanged: ZipFile[];
  /** document.xml before and after the body's content. */
  before: string;
  after: string;
  /** The body's content, its last paragraph marked where a letter's section ends. */
  body: Segment[];
  /** The page setup of each letter's section. */
  section: string;
  pages: PagePart[];
  fields: MergeTemplateFields;
  /** How far each copy of the body shifts drawing and bookmark ids, to keep them unique. */
  idStride: { drawing: number; bookmark: number };
};

const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));

function fieldsOf(placeholders: readonly string[]): MergeTemplateFields {
  const known = [...new Set(placeholders.filter(isMergeFieldName))] as MergeFieldName[];
  return { known, unknown: [...new Set(placeholders.filter((name) => !isMergeFieldName(name)))] };
}

function textOf(bytes: Uint8Array, entry: ZipEntry, language: Language): string {
  let text: string | null;
  try {
    text = readZipText(bytes, entry, MAX_PART_BYTES);
  } catch (error) {
    // An archive that understates a part's size is caught while inflating: the size is then "over the limit".
    const size = Math.max(entry.size, MAX_PART_BYTES + 1);
    if (error instanceof ZipPartTooLarge) throw new MergeTemplateError('too_large', language, { size: megabytes(size), max: megabytes(MAX_PART_BYTES) });
    throw error;
  }
  if (text === null) throw new MergeTemplateError('not_docx', language);
  return text;
}

/**
 * Reads a letter template and compiles it. Refused (MergeTemplateError) when it is not a .docx
 * (not a zip, no word/document.xml, unreadable), too large (the file, or a part once inflated),
 * or without a single merge field.
 */
export async function readLetterTemplate(bytes: Uint8Array, language: Language): Promise<LetterTemplate> {
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) throw new MergeTemplateError('too_large', language, { size: megabytes(bytes.byteLength), max: megabytes(MAX_TEMPLATE_BYTES) });
  const entries = zipEntries(bytes);
  const documentEntry = entries?.find((entry) => entry.name === DOCUMENT);
  if (!entries || !documentEntry) throw new MergeTemplateError('not_docx', language);
  const shell = splitDocument(textOf(bytes, documentEntry, language));
  if (!shell) throw new MergeTemplateError('not_docx', language);

  const body = compilePart(markSectionBreak(shell.body), isMergeFieldName, { renumber: true, sectionMark: SECTION_MARK });
  const pages = entries
    .filter((entry) => HEADER_OR_FOOTER.test(entry.name))
    .map((entry) => ({ name: entry.name, compiled: compilePart(textOf(bytes, entry, language), isMergeFieldName, { renumber: false }) }));
  const fields = fieldsOf([...body.placeholders, ...pages.flatMap((page) => page.compiled.placeholders)]);
  if (fields.known.length === 0) throw new MergeTemplateError('no_fields', language, { example: '{{contact.last_name}}' });

  const filled = new Set([DOCUMENT, ...pages.map((page) => page.name)]);
  const unchanged: ZipFile[] = [];
  for (const entry of entries) {
    if (filled.has(entry.name) || entry.name.endsWith('/')) continue;
    if (entry.name === SETTINGS) {
      unchanged.push({ name: SETTINGS, content: withoutWordMailMerge(textOf(bytes, entry, language)) });
      continue;
    }
    const data = storedData(bytes, entry);
    if (!data || !copyable(entry)) throw new MergeTemplateError('not_docx', language);
    unchanged.push({ name: entry.name, copy: entry, data });
  }
  // Every drawing id of the template (headers' included) stays below the first copy's.
  const largest = [body.segments, ...pages.map((page) => page.compiled.segments)].map(largestIds);
  const stride = (id: 'drawing' | 'bookmark') => Math.max(0, ...largest.map((ids) => ids[id])) + 1;
  return {
    unchanged,
    before: shell.before,
    after: shell.after,
    body: body.segments,
    section: letterSection(shell.sectPr),
    pages: pages.map((page) => ({ name: page.name, segments: page.compiled.segments })),
    fields,
    idStride: { drawing: stride('drawing'), bookmark: stride('bookmark') },
  };
}

/** The merge fields of a template (refused as `readLetterTemplate` refuses it). */
export async function inspectLetterTemplate(bytes: Uint8Array, language: Language): Promise<MergeTemplateFields> {
  return (await readLetterTemplate(bytes, language)).fields;
}
