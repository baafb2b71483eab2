import { patchDetector, patchDocument } from 'docx';
import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import type { Language } from '../../src-shared/i18n';
import { quoteFormat } from './quote-format';
import { QuoteTemplateError } from './template-error';
import { knownPlaceholders, templatePatches } from './template-placeholders';
import { zipEntryNames } from './zip-entries';

/** Larger templates are refused before being opened: a .docx of a few pages weighs kilobytes. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

export type TemplatePlaceholders = {
  /** The quote placeholders the template holds, in the order it holds them. */
  known: string[];
  /** Placeholders it holds that are not quote fields (left as typed): worth telling the user. */
  unknown: string[];
};

/**
 * Checks a user's Word template and lists its placeholders. Throws a `QuoteTemplateError` when
 * the file is not a .docx (not a zip, or no word/document.xml), is too large, or holds none of the
 * quote placeholders.
 */
export async function inspectQuoteTemplate(templateBytes: Uint8Array, language: Language): Promise<TemplatePlaceholders> {
  if (templateBytes.byteLength > MAX_TEMPLATE_BYTES) {
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    throw new QuoteTemplateError('too_large', language, { size: megabytes(templateBytes.byteLength), max: megabytes(MAX_TEMPLATE_BYTES) });
  }
  if (!zipEntryNames(templateBytes)?.includes('word/document.xml')) throw new QuoteTemplateError('not_docx', language);
  let found: readonly string[];
  try {
    found = await patchDetector({ data: templateBytes, trimPlaceholders: true });
  } catch {
    throw new QuoteTemplateError('not_docx', language);
  }
  const known = found.filter((name) => knownPlaceholders.includes(name));
  if (known.length === 0) throw new QuoteTemplateError('no_placeholders', language, { example: '{{quote.number}}' });
  return { known, unknown: found.filter((name) => !knownPlaceholders.includes(name)) };
}

/**
 * The user's Word template with the quote's placeholders filled in (see
 * resources/templates/README.md). Placeholders split across runs by Word's editing are found;
 * the text keeps the placeholder's formatting.
 */
export async function fillQuoteTemplate(templateBytes: Uint8Array, model: QuoteDocumentModel): Promise<Uint8Array> {
  const { known } = await inspectQuoteTemplate(templateBytes, model.language);
  const { inline, structural } = templatePatches(model, quoteFormat(model), known);
  // Inline values first, while the document is small: each patch walks the whole document, and
  // the repeated rows and generated tables make it many times larger.
  let document = templateBytes;
  for (const patches of [inline, structural]) {
    if (Object.keys(patches).length === 0) continue;
    document = await patchDocument({ outputType: 'uint8array', data: document, patches, keepOriginalStyles: true, trimPlaceholders: true });
  }
  return document;
}
