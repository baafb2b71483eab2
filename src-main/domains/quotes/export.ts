import { ApiError } from '../../../src-shared/contract/errors';
import type { OutgoingFile } from '../../../src-shared/domain/files';
import type { QuoteDocumentModel } from '../../../src-shared/domain/quote-document';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { getMeta } from '../../core/meta';
import { ChromiumMissingError } from '../../documents/pdf';
import { pdfPrinterOf } from '../../documents/printer';
import { buildQuoteDocx } from '../../documents/quote-docx';
import { quoteHtml } from '../../documents/quote-html';
import { fillQuoteTemplate } from '../../documents/quote-template';
import { QuoteTemplateError } from '../../documents/template-error';
import { createOutgoingFile } from '../../files/store';
import { quoteDocumentModel } from './document';
import { readQuoteTemplate } from './template-store';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function appLanguage(core: Core): Language {
  return getMeta(core.db, 'settings.language') === 'en' ? 'en' : 'fr';
}

/** "Devis D-2026-7K3F-0042 v2 – Boulangerie Dupont.pdf". */
function documentName(model: QuoteDocumentModel, extension: 'docx' | 'pdf'): string {
  const client = model.client.companyName ?? model.client.contactName;
  const name = client
    ? translate(model.language, 'quoteDocument.fileNameFor', { number: model.quote.number, client })
    : translate(model.language, 'quoteDocument.fileName', { number: model.quote.number });
  return `${name}.${extension}`;
}

/** The office's template turned down at export (it changed since it was checked): said, not hidden. */
function templateProblem(error: QuoteTemplateError): ApiError {
  return ApiError.validation([{ path: 'template', code: 'invalid_value', message: error.message }]);
}

/** The quote in Word: the office's own template when this PC has one, else the built-in layout. */
export async function exportQuoteDocx(core: Core, input: { id: string; language?: Language | undefined }): Promise<OutgoingFile> {
  const model = quoteDocumentModel(core, input.id, input.language ?? appLanguage(core));
  const template = await readQuoteTemplate(core.paths.dataDir);
  let bytes: Uint8Array;
  try {
    bytes = template ? await fillQuoteTemplate(template, model) : await buildQuoteDocx(model);
  } catch (error) {
    throw error instanceof QuoteTemplateError ? templateProblem(error) : error;
  }
  return createOutgoingFile(core.paths.dataDir, { fileName: documentName(model, 'docx'), mimeType: DOCX, bytes });
}

/** The quote in PDF, printed from its HTML layout by the host's printer. */
export async function exportQuotePdf(core: Core, input: { id: string; language?: Language | undefined }): Promise<OutgoingFile> {
  const model = quoteDocumentModel(core, input.id, input.language ?? appLanguage(core));
  let bytes: Uint8Array;
  try {
    bytes = await pdfPrinterOf(core).print(quoteHtml(model));
  } catch (error) {
    if (error instanceof ChromiumMissingError) throw new ApiError({ code: 'printer_unavailable', message: error.message });
    throw error;
  }
  return createOutgoingFile(core.paths.dataDir, { fileName: documentName(model, 'pdf'), mimeType: 'application/pdf', bytes });
}
