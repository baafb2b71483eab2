import { localeOf, type Language } from '../../../src-shared/i18n';

const percentFormats = new Map<Language, Intl.NumberFormat>();

/** A ratio as a percentage: 0.256 → "26 %" / "26%". */
export function formatPercent(lang: Language, ratio: number): string {
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(localeOf[lang], { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(lang, format);
  }
  return format.format(ratio);
}

/** A month 'YYYY-MM' by name: "novembre 2026" / "November 2026". */
export function formatMonth(lang: Language, month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf[lang], { month: 'long', year: 'numeric' }).format(new Date(year ?? 1970, (index ?? 1) - 1, 1));
}
