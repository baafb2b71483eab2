import { minorToDecimalString } from '../../../src-shared/domain/money';
import type { Language } from '../../../src-shared/i18n';
import { calendarDateMs, cleanText, wallClock, wallClockText } from './cell-values';
import { wordsOf, type ExportColumn, type Words } from './columns/types';

/** How a spreadsheet of the language reads a CSV file: French Excel expects `;` and decimal commas. */
export type CsvDialect = { separator: ';' | ','; decimal: ',' | '.'; dates: 'fr' | 'iso' };

export function csvDialect(language: Language): CsvDialect {
  return language === 'fr' ? { separator: ';', decimal: ',', dates: 'fr' } : { separator: ',', decimal: '.', dates: 'iso' };
}

/** The byte order mark: Excel reads the file as UTF-8 only with it. */
export const UTF8_BOM = '\ufeff';
const LINE_END = '\r\n';

/** Characters a spreadsheet reads as the start of a formula (or that hide one after them). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Formula injection neutralised: a text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets an apostrophe before it, so a spreadsheet opens it as text and never evaluates it.
 */
export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** A field as CSV: quoted (quotes doubled) when it holds the separator, a quote or a line break. */
export function csvField(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const decimalText = (text: string, dialect: CsvDialect): string => (dialect.decimal === '.' ? text : text.replace('.', dialect.decimal));

/** A row's value in a column as the fields of the file (an amount is followed by its currency). */
function fieldsOf<Row>(column: ExportColumn<Row>, row: Row, words: Words, dialect: CsvDialect, timeZone: string): string[] {
  switch (column.kind) {
    case 'text': {
      const text = column.value(row, words);
      return [text ? neutralise(cleanText(text)) : ''];
    }
    case 'integer': {
      const value = column.value(row, words);
      return [value === null ? '' : String(value)];
    }
    case 'percent': {
      const value = column.value(row, words);
      return [value === null ? '' : `${decimalText(String(value), dialect)}%`];
    }
    case 'money': {
      const money = column.value(row, words);
      return money ? [decimalText(minorToDecimalString(money.minor, money.currency), dialect), money.currency] : ['', ''];
    }
    case 'date': {
      const value = column.value(row, words);
      const ms = value ? calendarDateMs(value) : null;
      return [ms === null ? '' : wallClockText(ms, true, dialect.dates)];
    }
    case 'datetime': {
      const value = column.value(row, words);
      const clock = value ? wallClock(value, timeZone) : null;
      return [clock ? wallClockText(clock.ms, clock.wholeDay, dialect.dates) : ''];
    }
  }
}

/** The header line: each column's header, and "Amount (currency)" after an amount. */
export function csvHeaders<Row>(columns: readonly ExportColumn<Row>[], language: Language): string[] {
  const words = wordsOf(language);
  return columns.flatMap((column) => (column.kind === 'money' ? [column.header, words('exports.csv.currencyOf', { column: column.header })] : [column.header]));
}

const line = (fields: readonly string[], dialect: CsvDialect): string => fields.map((field) => csvField(field, dialect.separator)).join(dialect.separator) + LINE_END;

export type CsvOptions = { language: Language; timeZone: string };

/** The records as CSV text, a page at a time (the BOM and the header first). */
export async function* csvChunks<Row>(pages: AsyncIterable<Row[]>, columns: readonly ExportColumn<Row>[], options: CsvOptions): AsyncGenerator<Buffer> {
  const dialect = csvDialect(options.language);
  const words = wordsOf(options.language);
  yield Buffer.from(UTF8_BOM + line(csvHeaders(columns, options.language).map((header) => neutralise(cleanText(header))), dialect), 'utf8');
  for await (const rows of pages) {
    let text = '';
    for (const row of rows) text += line(columns.flatMap((column) => fieldsOf(column, row, words, dialect, options.timeZone)), dialect);
    yield Buffer.from(text, 'utf8');
  }
}
