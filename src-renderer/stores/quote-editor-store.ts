import i18next from 'i18next';
import { create } from 'zustand';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { QuoteDetail } from '../../src-shared/domain/quotes';
import type { DealDetail } from '../../src-shared/domain/sales';
import { defaultLanguage, isLanguage, type Language } from '../../src-shared/i18n';
import { invoke, isClientError } from '../api/client';
import { freeLineDraft, quoteDraftFrom, quoteFields, withResolvedPrice, type QuoteDraft, type QuoteLineDraft } from '../lib/quote-draft';
import { parseQuantityToMilli } from '../lib/number-input';
import { routeHash } from '../lib/routes';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

/**
 * The quote open in the editor: the saved quote (null while a new one is being written), the
 * deal it belongs to, and the draft as typed. Catalogue lines are priced as the user types (the
 * same resolution as the core's), and the core prices them again when the quote is saved.
 */
type QuoteEditorState = {
  quote: QuoteDetail | null;
  deal: DealDetail | null;
  draft: QuoteDraft | null;
  dirty: boolean;
  busy: boolean;
  issues: FieldIssue[];
  missing: boolean;
  open: (id: string) => Promise<void>;
  startNew: (dealId: string) => Promise<void>;
  change: (patch: Partial<Omit<QuoteDraft, 'lines'>>) => void;
  changeLine: (key: string, patch: Partial<QuoteLineDraft>) => void;
  addProduct: (productId: string) => Promise<void>;
  addFreeLine: () => void;
  removeLine: (key: string) => void;
  moveLine: (key: string, by: -1 | 1) => void;
  save: () => Promise<QuoteDetail | null>;
  replace: (quote: QuoteDetail) => void;
  /** Shows what changed elsewhere (sync, another window) unless the user is editing. */
  reload: () => Promise<void>;
  close: () => void;
};

const language = (): Language => (isLanguage(i18next.language) ? i18next.language : defaultLanguage);

const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const resolveTimers = new Map<string, number>();

export const useQuoteEditorStore = create<QuoteEditorState>()((set, get) => {
  const setLines = (update: (lines: QuoteLineDraft[]) => QuoteLineDraft[]) => {
    const { draft } = get();
    if (draft) set({ draft: { ...draft, lines: update(draft.lines) }, dirty: true });
  };

  /** Prices one catalogue line (not typed by hand) from the price lists, as the core will. */
  async function resolveLine(key: string): Promise<void> {
    const { draft } = get();
    const line = draft?.lines.find((candidate) => candidate.key === key);
    if (!draft || !line?.productId || line.priceTyped) return;
    const quantityMilli = parseQuantityToMilli(line.quantity);
    if (quantityMilli === null || quantityMilli === 0) return;
    try {
      const resolved = await invoke('prices.resolve', { productId: line.productId, companyId: draft.company?.id ?? null, currency: draft.currency, quantityMilli, date: draft.issueDate || today() });
      const current = get().draft;
      if (current) set({ draft: { ...current, lines: current.lines.map((candidate) => (candidate.key === key ? withResolvedPrice(candidate, resolved, language()) : candidate)) } });
    } catch (error) {
      notifyError(error);
    }
  }

  const resolveSoon = (key: string) => {
    window.clearTimeout(resolveTimers.get(key));
    resolveTimers.set(key, window.setTimeout(() => void resolveLine(key), 250));
  };

  return {
    quote: null,
    deal: null,
    draft: null,
    dirty: false,
    busy: false,
    issues: [],
    missing: false,

    async open(id) {
      set({ quote: null, deal: null, draft: null, dirty: false, issues: [], missing: false });
      try {
        const quote = await invoke('quotes.get', { id });
        const deal = await invoke('deals.get', { id: quote.dealId }).catch(() => null);
        set({ quote, deal, draft: quoteDraftFrom(quote, language()) });
      } catch (error) {
        if (isClientError(error) && error.body.code === 'not_found') set({ missing: true });
        else notifyError(error);
      }
    },

    async startNew(dealId) {
      set({ quote: null, deal: null, draft: null, dirty: false, issues: [], missing: false });
      try {
        const [deal, settings] = await Promise.all([invoke('deals.get', { id: dealId }), invoke('quoteSettings.get', {})]);
        const issueDate = today();
        const firstContact = deal.contacts[0];
        set({
          deal,
          draft: {
            title: deal.title,
            company: deal.companyId ? { id: deal.companyId, name: deal.companyName ?? '' } : null,
            contact: firstContact ? { id: firstContact.contactId, name: firstContact.name } : null,
            currency: deal.currency,
            issueDate,
            validUntil: addDays(issueDate, settings.defaultValidityDays),
            globalDiscount: '',
            terms: settings.defaultTerms ?? '',
            notes: '',
            lines: [],
          },
        });
      } catch (error) {
        if (isClientError(error) && error.body.code === 'not_found') set({ missing: true });
        else notifyError(error);
      }
    },

    change(patch) {
      const { draft } = get();
      if (!draft) return;
      set({ draft: { ...draft, ...patch }, dirty: true });
      // Another client, currency or date prices the catalogue lines again.
      if ('company' in patch || 'currency' in patch || 'issueDate' in patch) {
        for (const line of draft.lines) if (line.productId && !line.priceTyped) resolveSoon(line.key);
      }
    },

    changeLine(key, patch) {
      setLines((lines) => lines.map((line) => (line.key === key ? { ...line, ...patch, ...('unitPrice' in patch ? { priceTyped: true, priceSource: null, noPrice: null } : {}) } : line)));
      // Quantity breaks: a new quantity may have another price.
      if ('quantity' in patch || ('priceTyped' in patch && patch.priceTyped === false)) resolveSoon(key);
    },

    async addProduct(productId) {
      try {
        const product = await invoke('products.get', { id: productId });
        const line: QuoteLineDraft = {
          ...freeLineDraft(product.vatRateBp),
          productId: product.id,
          reference: product.reference,
          description: product.name,
          unit: product.unit ?? '',
          priceTyped: false,
        };
        setLines((lines) => [...lines, line]);
        await resolveLine(line.key);
      } catch (error) {
        notifyError(error);
      }
    },

    addFreeLine() {
      setLines((lines) => [...lines, freeLineDraft()]);
    },

    removeLine(key) {
      setLines((lines) => lines.filter((line) => line.key !== key));
    },

    moveLine(key, by) {
      setLines((lines) => {
        const index = lines.findIndex((line) => line.key === key);
        const target = index + by;
        if (index < 0 || target < 0 || target >= lines.length) return lines;
        const moved = [...lines];
        [moved[index], moved[target]] = [moved[target] as QuoteLineDraft, moved[index] as QuoteLineDraft];
        return moved;
      });
    },

    async save() {
      const { draft, quote, deal } = get();
      if (!draft || get().busy) return null;
      set({ busy: true, issues: [] });
      try {
        const fields = quoteFields(draft);
        const saved = quote ? await invoke('quotes.update', { id: quote.id, patch: fields }) : await invoke('quotes.create', { dealId: deal?.id ?? '', ...fields });
        set({ quote: saved, draft: quoteDraftFrom(saved, language()), dirty: false, busy: false });
        scheduleRefresh('quote');
        if (!quote) {
          notify(i18next.t('quotes.created', { number: saved.number }));
          window.location.hash = routeHash({ name: 'quote', id: saved.id });
        } else notify(i18next.t('quotes.saved', { number: saved.number }));
        return saved;
      } catch (error) {
        set({ busy: false });
        if (isClientError(error) && error.body.code === 'validation') set({ issues: error.body.issues ?? [] });
        notifyError(error);
        return null;
      }
    },

    async reload() {
      const { quote, dirty } = get();
      if (!quote || dirty) return;
      try {
        const fresh = await invoke('quotes.get', { id: quote.id });
        if (get().quote?.id === fresh.id && !get().dirty && fresh.updatedAt !== quote.updatedAt) get().replace(fresh);
      } catch (error) {
        if (isClientError(error) && error.body.code === 'not_found') set({ missing: true });
      }
    },

    replace(quote) {
      set({ quote, draft: quoteDraftFrom(quote, language()), dirty: false, issues: [] });
    },

    close() {
      for (const timer of resolveTimers.values()) window.clearTimeout(timer);
      resolveTimers.clear();
      set({ quote: null, deal: null, draft: null, dirty: false, issues: [], missing: false });
    },
  };
});
