import type { Style } from 'exceljs';
import { decimalsOf } from '../../../src-shared/domain/money';
import { localeOf, type Language } from '../../../src-shared/i18n';

/** Excel number formats: the codes are the same whatever Excel's language; Excel shows its own separators. */
export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
export const PERCENT_FORMAT = '0%';
export const INTEGER_FORMAT = '#,##0';

/**
 * A currency's Excel format in the file's language: the symbol where the language puts it, and
 * the currency's decimals — "#,##0.00 "€"" in French, ""€"#,##0.00" in English, "#,##0 "¥"" for yen.
 */
export function moneyFormat(language: Language, currency: string): string {
  const decimals = decimalsOf(currency);
  const parts = new Intl.NumberFormat(localeOf[language], { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).formatToParts(1234.5);
  const symbolAt = parts.findIndex((part) => part.type === 'currency');
  const numberAt = parts.findIndex((part) => part.type === 'integer');
  const symbol = (parts[symbolAt]?.value ?? currency).replace(/"/g, '');
  const spaced = parts.some((part) => part.type === 'literal' && /\s/u.test(part.value));
  const number = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const gap = spaced ? ' ' : '';
  return symbolAt >= 0 && symbolAt < numberAt ? `"${symbol}"${gap}${number}` : `${number}${gap}"${symbol}"`;
}

/**
 * Cell styles, one object per format: exceljs recognises an object it has seen (a WeakMap) and
 * skips building the style again for each of the million cells of a large export.
 */
export class CellStyles {
  private readonly byFormat = new Map<string, Partial<Style>>();
  private readonly byCurrency = new Map<string, Partial<Style>>();
  readonly plain: Partial<Style> = {};
  readonly recordId: Partial<Style> = { font: { color: { argb: 'FF6B7280' } } };

  constructor(private readonly language: Language) {}

  format(numFmt: string): Partial<Style> {
    let style = this.byFormat.get(numFmt);
    if (!style) {
      style = { numFmt };
      this.byFormat.set(numFmt, style);
    }
    return style;
  }

  money(currency: string): Partial<Style> {
    let style = this.byCurrency.get(currency);
    if (!style) {
      style = this.format(moneyFormat(this.language, currency));
      this.byCurrency.set(currency, style);
    }
    return style;
  }
}

/** The header row: bold on a light band, a rule under it. */
export const headerStyle: Partial<Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF9CA3AF' } } },
  alignment: { vertical: 'middle' },
};
