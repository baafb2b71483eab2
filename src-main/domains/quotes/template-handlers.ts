import type { ApiHandlers } from '../../core/dispatch';
import { downloadQuoteTemplate, getQuoteTemplate, removeOfficeQuoteTemplate, sampleQuoteTemplate, saveQuoteTemplateFromUpload } from './template-service';

export const quoteTemplateHandlers = {
  'quoteTemplate.get': (_input, { core }) => getQuoteTemplate(core),
  'quoteTemplate.save': (input, { core }) => saveQuoteTemplateFromUpload(core, input.fileId),
  'quoteTemplate.remove': (_input, { core }) => removeOfficeQuoteTemplate(core),
  'quoteTemplate.sample': (_input, { core }) => sampleQuoteTemplate(core),
  'quoteTemplate.download': (_input, { core }) => downloadQuoteTemplate(core),
} satisfies Partial<ApiHandlers>;
