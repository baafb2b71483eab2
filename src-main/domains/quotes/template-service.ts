import { ApiError } from '../../../src-shared/contract/errors';
import type { OutgoingFile } from '../../../src-shared/domain/files';
import type { QuoteTemplateState } from '../../../src-shared/domain/quote-templates';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { getMeta } from '../../core/meta';
import { inspectQuoteTemplate, MAX_TEMPLATE_BYTES, type TemplatePlaceholders } from '../../documents/quote-template';
import { buildSampleQuoteTemplate } from '../../documents/sample-template';
import { QuoteTemplateError } from '../../documents/template-error';
import { createOutgoingFile, findFile, readIncomingFile } from '../../files/store';
import { requireAdministrator } from '../common/permissions';
import { readQuoteTemplate, readQuoteTemplateInfo, removeQuoteTemplate, saveQuoteTemplate, type StoredQuoteTemplateInfo } from './template-store';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const builtIn: QuoteTemplateState = { custom: false, fileName: null, size: null, savedAt: null, placeholders: { found: [], unknown: [] } };

function appLanguage(core: Core): Language {
  return getMeta(core.db, 'settings.language') === 'en' ? 'en' : 'fr';
}

const unique = (names: readonly string[]): string[] => [...new Set(names)];

function stateOf(info: StoredQuoteTemplateInfo, placeholders: TemplatePlaceholders | null): QuoteTemplateState {
  return {
    custom: true,
    fileName: info.fileName,
    size: info.size,
    savedAt: info.savedAt,
    placeholders: { found: unique(placeholders?.known ?? []), unknown: unique(placeholders?.unknown ?? []) },
  };
}

/** A template turned down: a validation error on the template, its message ready to show. */
function refused(error: QuoteTemplateError): ApiError {
  return new ApiError({
    code: 'validation',
    field: 'template',
    message: error.message,
    issues: [{ path: 'template', code: 'invalid_value', message: error.message }],
  });
}

/** Which layout quotes use on this PC, and the placeholders the office's template holds. */
export async function getQuoteTemplate(core: Core): Promise<QuoteTemplateState> {
  const dataDir = core.paths.dataDir;
  const [info, bytes] = await Promise.all([readQuoteTemplateInfo(dataDir), readQuoteTemplate(dataDir)]);
  if (!info || !bytes) return builtIn;
  // A template put in place by hand may not pass: it is still the one in use, shown without fields.
  const placeholders = await inspectQuoteTemplate(bytes, appLanguage(core)).catch(() => null);
  return stateOf(info, placeholders);
}

/**
 * Makes an uploaded .docx the office's template, once checked: not a Word document, too large or
 * without a single quote placeholder, it is refused with the reason and the previous one stays.
 */
export async function saveQuoteTemplateFromUpload(core: Core, fileId: string): Promise<QuoteTemplateState> {
  requireAdministrator(core);
  const dataDir = core.paths.dataDir;
  const language = appLanguage(core);
  const upload = await findFile(dataDir, 'incoming', fileId);
  if (upload && upload.size > MAX_TEMPLATE_BYTES) {
    // Refused before reading it whole into memory.
    const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
    throw refused(new QuoteTemplateError('too_large', language, { size: megabytes(upload.size), max: megabytes(MAX_TEMPLATE_BYTES) }));
  }
  const { fileName, bytes } = await readIncomingFile(dataDir, fileId);
  let placeholders: TemplatePlaceholders;
  try {
    placeholders = await inspectQuoteTemplate(bytes, language);
  } catch (error) {
    throw error instanceof QuoteTemplateError ? refused(error) : error;
  }
  const details = { fileName, savedAt: new Date(core.clock.now()).toISOString() };
  await saveQuoteTemplate(dataDir, bytes, details);
  return stateOf({ ...details, size: bytes.byteLength }, placeholders);
}

/** Back to the built-in layout. */
export async function removeOfficeQuoteTemplate(core: Core): Promise<QuoteTemplateState> {
  requireAdministrator(core);
  await removeQuoteTemplate(core.paths.dataDir);
  return builtIn;
}

/** The sample template (every placeholder in place), for the user to copy and restyle in Word. */
export async function sampleQuoteTemplate(core: Core): Promise<OutgoingFile> {
  const fileName = translate(appLanguage(core), 'quoteSettings.sampleFileName');
  return createOutgoingFile(core.paths.dataDir, { fileName, mimeType: DOCX, bytes: await buildSampleQuoteTemplate() });
}

/** The office's template as it is stored, under the name it was chosen with. */
export async function downloadQuoteTemplate(core: Core): Promise<OutgoingFile> {
  const dataDir = core.paths.dataDir;
  const [info, bytes] = await Promise.all([readQuoteTemplateInfo(dataDir), readQuoteTemplate(dataDir)]);
  if (!info || !bytes) throw new ApiError({ code: 'not_found', message: 'This PC has no Word template of its own: quotes use the built-in layout.' });
  return createOutgoingFile(dataDir, { fileName: info.fileName, mimeType: DOCX, bytes });
}
