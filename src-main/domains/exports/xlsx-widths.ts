import { minorToDecimalString } from '../../../src-shared/domain/money';
import type { ExportColumn, Words } from './columns/types';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Rows a width is fitted from: the first ones of the list. */
export const WIDTH_SAMPLE = 300;

/** How many characters a cell of the column shows for a row. */
function shownLength<Row>(column: ExportColumn<Row>, row: Row, words: Words): number {
  switch (column.kind) {
    case 'text': {
      const text = column.value(row, words);
      return text ? Math.max(...text.split('\n').map((line) => line.length)) : 0;
    }
    case 'integer':
      return String(column.value(row, words) ?? '').length + 1;
    case 'percent':
      return 5;
    case 'money': {
      const money = column.value(row, words);
      // Digits, group separators and the symbol.
      return money ? Math.ceil(minorToDecimalString(money.minor, money.currency).length * 1.3) + 3 : 0;
    }
    case 'date':
      return 10;
    case 'datetime': {
      const value = column.value(row, words);
      return value && value.length > 10 ? 16 : 10;
    }
  }
}

/** Column widths (in characters) fitted to the header (and its filter button) and the sampled rows. */
export function fittedWidths<Row>(columns: readonly ExportColumn<Row>[], sample: readonly Row[], words: Words): number[] {
  return columns.map((column) => {
    let widest = column.header.length + 3;
    for (const row of sample.slice(0, WIDTH_SAMPLE)) widest = Math.max(widest, shownLength(column, row, words));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}
