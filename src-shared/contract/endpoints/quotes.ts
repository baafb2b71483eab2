import type { OutgoingFile } from '../../domain/files';
import type { QuoteDetail, QuoteSettings, QuoteSummary } from '../../domain/quotes';
import { endpoint } from '../endpoint';
import { byId } from '../inputs/common';
import { noInput } from '../inputs/misc';
import { quoteAcceptInput, quoteCreateInput, quoteExportInput, quoteListInput, quoteSettingsSaveInput, quoteUpdateInput } from '../inputs/quotes';

/** Quotes made from deals, their versions and statuses, and the letterhead they are printed on. */
export const quoteEndpoints = {
  'quotes.create': endpoint<QuoteDetail>()(quoteCreateInput),
  'quotes.update': endpoint<QuoteDetail>()(quoteUpdateInput),
  'quotes.get': endpoint<QuoteDetail>()(byId),
  'quotes.listByDeal': endpoint<QuoteSummary[]>()(quoteListInput),
  'quotes.send': endpoint<QuoteDetail>()(byId),
  'quotes.accept': endpoint<QuoteDetail>()(quoteAcceptInput),
  'quotes.decline': endpoint<QuoteDetail>()(byId),
  'quotes.revise': endpoint<QuoteDetail>()(byId),
  'quotes.delete': endpoint<{ id: string }>()(byId),
  /** The quote in Word (the office's template when there is one), ready to save. */
  'quotes.exportDocx': endpoint<OutgoingFile>()(quoteExportInput),
  /** The quote in PDF, printed from the same layout. */
  'quotes.exportPdf': endpoint<OutgoingFile>()(quoteExportInput),

  'quoteSettings.get': endpoint<QuoteSettings>()(noInput),
  'quoteSettings.save': endpoint<QuoteSettings>()(quoteSettingsSaveInput),
} as const;
