import { parseAmountToMinor } from '../../../src-shared/domain/money';
import { localeOf, type Language } from '../../../src-shared/i18n';
import { amountInputText } from '../../lib/number-input';

/**
 * Numbers and amounts of segment conditions as the user types and reads them, in French
 * ("10 000,5") or English ("10,000.5") writing. An unreadable text is NaN: the definition check
 * refuses it and the builder says so beside the condition, instead of counting on a guess.
 */
const spaces = /[\s\u00a0\u202f]/g;

/** "12,5", "12.5", "-3", "10 000" → the number; NaN when it is not one. Empty → NaN. */
export function parseNumberText(text: string): number {
  const cleaned = text.replace(spaces, '');
  if (!/^-?\d+([.,]\d+)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned.replace(',', '.'));
}

/** A number to type again: "12,5" in French, "12.5" in English; empty for NaN. */
export function numberText(lang: Language, value: number): string {
  if (!Number.isFinite(value)) return '';
  return new Intl.NumberFormat(localeOf[lang], { maximumFractionDigits: 6, useGrouping: false }).format(value);
}

/** "10 000", "10000,50 €" → minor units of the currency; NaN when it is not an amount. Empty → NaN. */
export function parseMoneyText(text: string, currency: string): number {
  if (text.trim() === '') return Number.NaN;
  return parseAmountToMinor(text, currency) ?? Number.NaN;
}

/** An amount in minor units to type again ("10000,00"); empty for NaN. */
export function moneyText(lang: Language, amountMinor: number, currency: string): string {
  return Number.isFinite(amountMinor) ? amountInputText(lang, amountMinor, currency) : '';
}
