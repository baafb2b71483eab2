import i18next from 'i18next';
import type { QuoteDetail } from '../../src-shared/domain/quotes';
import { invoke, isClientError, saveFile } from '../api/client';
import { routeHash } from '../lib/routes';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { useQuoteEditorStore } from './quote-editor-store';
import { notify } from './toast-store';

/** Runs a status change on the open quote (saving what is typed first), and shows its result. */
async function changeQuote(run: (id: string) => Promise<QuoteDetail>, message: (quote: QuoteDetail) => string): Promise<QuoteDetail | null> {
  const editor = useQuoteEditorStore.getState();
  const quote = editor.dirty ? await editor.save() : editor.quote;
  if (!quote) return null;
  try {
    const changed = await run(quote.id);
    useQuoteEditorStore.getState().replace(changed);
    scheduleRefresh('quote');
    notify(message(changed));
    return changed;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export const sendQuote = () => changeQuote((id) => invoke('quotes.send', { id }), (quote) => i18next.t('quotes.sentDone', { number: quote.number }));

export const declineQuote = () => changeQuote((id) => invoke('quotes.decline', { id }), (quote) => i18next.t('quotes.declined', { number: quote.number }));

/** Accepts the quote; with `markDealWon`, its deal is won at the quote's amount excl. VAT. */
export async function acceptQuote(markDealWon: boolean): Promise<QuoteDetail | null> {
  const accepted = await changeQuote((id) => invoke('quotes.accept', { id, markDealWon }), (quote) => i18next.t('quotes.accepted', { number: quote.number }));
  if (accepted && markDealWon) scheduleRefresh('deal');
  return accepted;
}

/** A new version of a sent (or declined, expired) quote, opened in the editor. */
export async function reviseQuote(): Promise<void> {
  const { quote } = useQuoteEditorStore.getState();
  if (!quote) return;
  try {
    const revised = await invoke('quotes.revise', { id: quote.id });
    scheduleRefresh('quote');
    notify(i18next.t('quotes.revised', { number: revised.number, version: revised.version }));
    window.location.hash = routeHash({ name: 'quote', id: revised.id });
  } catch (error) {
    notifyError(error);
  }
}

export async function deleteQuoteDraft(): Promise<boolean> {
  const { quote } = useQuoteEditorStore.getState();
  if (!quote) return false;
  try {
    await invoke('quotes.delete', { id: quote.id });
    scheduleRefresh('quote');
    notify(i18next.t('quotes.deleted', { number: quote.number }));
    window.location.hash = routeHash({ name: 'deal', id: quote.dealId });
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** The quote as a Word or PDF document, saved where the user chooses (saved first if edited). */
export async function exportQuote(format: 'docx' | 'pdf'): Promise<void> {
  const editor = useQuoteEditorStore.getState();
  const quote = editor.dirty ? await editor.save() : editor.quote;
  if (!quote) return;
  try {
    const file = await invoke(format === 'docx' ? 'quotes.exportDocx' : 'quotes.exportPdf', { id: quote.id });
    if (await saveFile(file)) notify(i18next.t('quotes.export.saving', { name: file.fileName }));
  } catch (error) {
    // The office's Word template was refused: the core says why, in the app's language.
    const template = isClientError(error) ? error.body.issues?.find((issue) => issue.path === 'template') : undefined;
    if (template) notify(template.message, 'error');
    else notifyError(error);
  }
}
