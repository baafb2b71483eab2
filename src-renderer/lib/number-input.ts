import { minorToDecimalString } from '../../src-shared/domain/money';
import { localeOf, type Language } from '../../src-shared/i18n';

/**
 * Numbers as people type and read them in forms: quantities with up to three decimals (kept in
 * thousandths), and percentages with up to two (kept in basis points), in French ("2,5") or
 * English ("2.5") writing, spaces allowed.
 */
const spaces = /[\s\u00a0\u202f]/g;

/** "2,5" → 2500; 0 when left empty; null when it cannot be read. */
export function parseQuantityToMilli(text: string): number | null {
  const cleaned = text.replace(spaces, '');
  if (cleaned === '') return 0;
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
}

/** 2500 → "2,5" (French) / "2.5", to type again or to read. */
export function quantityText(lang: Language, quantityMilli: number, grouping = false): string {
  return new Intl.NumberFormat(localeOf[lang], { maximumFractionDigits: 3, useGrouping: grouping }).format(quantityMilli / 1000);
}

/** "8,5", "8.5 %", "19" → 850, 850, 1900; null when it is not a percentage with at most two decimals. */
export function parsePercentToBp(text: string): number | null {
  const cleaned = text.replace(spaces, '').replace('%', '');
  const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 850 → "8,5" (French) / "8.5", to type again. */
export function percentText(lang: Language, rateBp: number): string {
  return new Intl.NumberFormat(localeOf[lang], { maximumFractionDigits: 2, useGrouping: false }).format(rateBp / 100);
}

/** 550 → "5,5 %" (French) / "5.5%", to read. */
export function formatPercentBp(lang: Language, rateBp: number): string {
  return new Intl.NumberFormat(localeOf[lang], { style: 'percent', maximumFractionDigits: 2 }).format(rateBp / 10_000);
}

/** An amount in minor units as the user would type it: "1234,50" (French) / "1234.50". */
export function amountInputText(lang: Language, amountMinor: number, currency: string): string {
  const text = minorToDecimalString(amountMinor, currency);
  return lang === 'fr' ? text.replace('.', ',') : text;
}
