import { localeOf, type Language } from '../i18n';
import { decimalsOf, minorToDecimalString } from './money';

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(lang: Language, currency: string): Intl.NumberFormat {
  const key = `${lang}:${currency}`;
  let format = formats.get(key);
  if (!format) {
    const decimals = decimalsOf(currency);
    format = new Intl.NumberFormat(localeOf[lang], { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(key, format);
  }
  return format;
}

/**
 * An amount in minor units, formatted for the language: "12 345,50 €" / "€12,345.50".
 * Exact: the decimal string is formatted, never a float.
 */
export function formatMoney(lang: Language, amountMinor: number, currency: string): string {
  // Intl formats a decimal string exactly (ES2023); the cast only bridges older lib typings.
  return currencyFormat(lang, currency).format(minorToDecimalString(amountMinor, currency) as unknown as number);
}
