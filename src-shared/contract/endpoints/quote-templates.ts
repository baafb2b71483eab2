import type { OutgoingFile } from '../../domain/files';
import type { QuoteTemplateState } from '../../domain/quote-templates';
import { endpoint } from '../endpoint';
import { noInput } from '../inputs/misc';
import { quoteTemplateSaveInput } from '../inputs/quote-templates';

/** The office's own Word template for quotes, kept on this PC, and the sample to start from. */
export const quoteTemplateEndpoints = {
  'quoteTemplate.get': endpoint<QuoteTemplateState>()(noInput),
  'quoteTemplate.save': endpoint<QuoteTemplateState>()(quoteTemplateSaveInput),
  'quoteTemplate.remove': endpoint<QuoteTemplateState>()(noInput),
  'quoteTemplate.sample': endpoint<OutgoingFile>()(noInput),
  'quoteTemplate.download': endpoint<OutgoingFile>()(noInput),
} as const;
