import { localeOf, translate, type Language, type TranslateParams } from '../../i18n';
import { decimalsOf } from '../money';
import { formatMoney } from '../money-format';
import type { ReportCell, ReportColumn, ReportColumnType, ReportRow } from './types';

/**
 * How every reader of a report (the screen, the chart, Excel, Word, the print page) turns its
 * data into words: one set of formatters per language and currency, so the figures read the
 * same everywhere — "12 345,50 €" / "€12,345.50", "25 %" / "25%", "mars 2026" / "Mar 2026".
 */
export type ReportFormatters = {
  language: Language;
  /** A catalogue message: column titles, notes, the chart's words. */
  word: (key: string, params?: TranslateParams) => string;
  /** A table cell as the user reads it ('' for an empty cell). */
  cell: (column: ReportColumn, value: ReportCell) => string;
  /** A category on the chart's axis or legend (months shortened). */
  category: (column: ReportColumn, value: ReportCell) => string;
  /** A value on an axis tick: amounts without their cents. */
  tick: (type: ReportColumnType, value: number) => string;
};

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf[language], options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf[language], { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** 'YYYY-MM' or 'YYYY-MM-DD' as a UTC date (the day as written, whatever the zone), or null. */
export function calendarDateOf(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
  return Number.isNaN(date.getTime()) ? null : date;
}

function monthText(language: Language, value: string, month: 'long' | 'short'): string {
  const date = calendarDateOf(value);
  return date ? dateFormat(language, { month, year: 'numeric' }).format(date) : value;
}

function dateText(language: Language, value: string): string {
  const date = calendarDateOf(value);
  return date ? dateFormat(language, { dateStyle: 'medium' }).format(date) : value;
}

function numberText(language: Language, type: ReportColumnType, value: number, currency: string): string {
  switch (type) {
    case 'money':
      return formatMoney(language, Math.round(value), currency);
    case 'percent':
      return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'days':
      return numberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
    default:
      return numberFormat(language, { maximumFractionDigits: 2 }).format(value);
  }
}

/** A row's cell as read: a cell the core names itself (`row.translated`) is a catalogue key. */
export function rowCellText(format: ReportFormatters, row: ReportRow, column: ReportColumn, as: 'cell' | 'category' = 'cell'): string {
  const value = row.cells[column.key] ?? null;
  if (typeof value === 'string' && row.translated?.includes(column.key)) return format.word(value);
  return format[as](column, value);
}

/** The formatters of one language; `word` defaults to the shared catalogues (the screen passes its own `t`). */
export function reportFormatters(language: Language, currency: string, word?: (key: string, params?: TranslateParams) => string): ReportFormatters {
  const words = word ?? ((key: string, params?: TranslateParams) => translate(language, key, params));
  const text = (column: ReportColumn, value: ReportCell, month: 'long' | 'short'): string => {
    if (value === null) return '';
    if (typeof value === 'number') return numberText(language, column.type, value, currency);
    switch (column.type) {
      case 'month':
        return monthText(language, value, month);
      case 'date':
        return dateText(language, value);
      case 'activity-kind':
        return words(`activities.kind.${value}`);
      default:
        return value;
    }
  };
  return {
    language,
    word: words,
    cell: (column, value) => text(column, value, 'long'),
    category: (column, value) => text(column, value, 'short'),
    tick: (type, value) => {
      if (type !== 'money') return numberText(language, type, value, currency);
      const major = value / 10 ** decimalsOf(currency);
      return numberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(major);
    },
  };
}
