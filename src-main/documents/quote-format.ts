import type { quoteDocumentFr } from '../../src-shared/i18n/quote-document/fr';
import { formatMoney } from '../../src-shared/domain/money-format';
import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { localeOf, translate, type Language, type TranslateParams } from '../../src-shared/i18n';

/** Every message of the quote document catalogue, as a dotted key ("columns.unitPrice"). */
type DottedKeys<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${DottedKeys<T[K]>}` }[keyof T & string];
export type QuoteWord = DottedKeys<typeof quoteDocumentFr>;

/** How a quote document writes its numbers, dates and words, in the model's language. */
export type QuoteFormat = {
  readonly language: Language;
  /** "12 345,50 €" / "€12,345.50", from minor units of the quote's currency. */
  money(amountMinor: number): string;
  /** "22 novembre 2026" / "22 November 2026", from a calendar date "2026-11-22". */
  date(isoDate: string): string;
  /** "2,5" / "2.5", from thousandths. */
  quantity(quantityMilli: number): string;
  /** "5,5 %" / "5.5%", from basis points. */
  percent(basisPoints: number): string;
  word(key: QuoteWord, params?: TranslateParams): string;
};

/** An integer scaled by 10^digits as an exact decimal string: (2500, 3) → "2.500". */
function scaledDecimal(value: number, digits: number): string {
  const sign = value < 0 ? '-' : '';
  const text = String(Math.abs(value)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** The formats of a quote (or of a template's words: only the language and currency matter). */
export function quoteFormat(model: { language: Language; quote: Pick<QuoteDocumentModel['quote'], 'currency'> }): QuoteFormat {
  const { language } = model;
  const locale = localeOf[language];
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const quantities = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  // Intl formats a decimal string exactly (ES2023); the cast only bridges older lib typings.
  const exact = (format: Intl.NumberFormat, decimal: string): string => format.format(decimal as unknown as number);
  return {
    language,
    money: (amountMinor) => formatMoney(language, amountMinor, model.quote.currency),
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
    quantity: (quantityMilli) => exact(quantities, scaledDecimal(quantityMilli, 3)),
    percent: (basisPoints) => exact(percents, scaledDecimal(basisPoints, 4)),
    word: (key, params) => translate(language, `quoteDocument.${key}`, params),
  };
}
