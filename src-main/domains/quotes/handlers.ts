import type { ApiHandlers } from '../../core/dispatch';
import { todayOf } from './dates';
import { exportQuoteDocx, exportQuotePdf } from './export';
import { getQuoteDetail, listQuotesByDeal } from './queries';
import { createQuote, deleteQuote, reviseQuote, updateQuote } from './service';
import { readQuoteSettings, saveQuoteSettings } from './settings';
import { acceptQuote, declineQuote, sendQuote } from './status';

export const quoteHandlers = {
  'quotes.create': (input, { core }) => createQuote(core, input),
  'quotes.update': (input, { core }) => updateQuote(core, input),
  'quotes.get': (input, { core }) => getQuoteDetail(core.read, input.id, todayOf(core)),
  'quotes.listByDeal': (input, { core }) => listQuotesByDeal(core.read, input.dealId, todayOf(core)),
  'quotes.send': (input, { core }) => sendQuote(core, input.id),
  'quotes.accept': (input, { core }) => acceptQuote(core, input),
  'quotes.decline': (input, { core }) => declineQuote(core, input.id),
  'quotes.revise': (input, { core }) => reviseQuote(core, input.id),
  'quotes.delete': (input, { core }) => deleteQuote(core, input.id),
  'quotes.exportDocx': (input, { core }) => exportQuoteDocx(core, input),
  'quotes.exportPdf': (input, { core }) => exportQuotePdf(core, input),
  'quoteSettings.get': (_input, { core }) => readQuoteSettings(core.read),
  'quoteSettings.save': (input, { core }) => saveQuoteSettings(core, input),
} satisfies Partial<ApiHandlers>;
