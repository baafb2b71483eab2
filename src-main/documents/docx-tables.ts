import { AlignmentType, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';
import { lineCells, lineColumns, totalRows, vatColumns, vatRows, type LineColumn } from './quote-content';
import { cell, contentWidth, noBorders, ruledBorders, size } from './docx-style';
import { colour } from './look';
import type { QuoteFormat } from './quote-format';

type Column = { title: string; width: number; numeric: boolean };

/**
 * A table with a header row Word repeats on every page it spans, rows that never split across
 * pages, figures aligned right.
 */
function dataTable(columns: readonly Column[], rows: readonly (readonly string[])[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) =>
      cell(column.title, { width: column.width, fill: colour.headerFill, style: { bold: true, size: size.body, align: column.numeric ? 'right' : 'left' } }),
    ),
  });
  const body = rows.map(
    (values) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) => cell(values[index] ?? '', { width: column.width, style: { size: size.body, align: column.numeric ? 'right' : 'left' } })),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: columns.reduce((sum, column) => sum + column.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((column) => column.width),
    layout: TableLayoutType.FIXED,
    borders: ruledBorders,
  });
}

/** Shares of the content width, per column of the lines table (they add up to 1). */
const lineColumnShares: Record<LineColumn['key'], number> = { reference: 0.12, description: 0.35, quantityWithUnit: 0.11, unitPrice: 0.13, discount: 0.09, vatRate: 0.08, total: 0.12 };

const widthOf = (share: number): number => Math.floor(contentWidth * share);

/** The lines table's header, in the format's words, and the given rows (one value per column). */
export function linesTableOf(format: QuoteFormat, rows: readonly (readonly string[])[]): Table {
  return dataTable(
    lineColumns.map((column) => ({ title: format.word(column.word), width: widthOf(lineColumnShares[column.key]), numeric: column.numeric })),
    rows,
  );
}

/** Reference, description, quantity and unit, unit price, discount, VAT rate, total excl. tax. */
export function linesTable(model: QuoteDocumentModel, format: QuoteFormat): Table {
  return linesTableOf(
    format,
    model.lines.map((line) => {
      const cells = lineCells(line, format);
      return lineColumns.map((column) => cells[column.key]);
    }),
  );
}

/** The VAT summary's header, in the format's words, and the given rows (rate, base, VAT). */
export function vatSummaryTableOf(format: QuoteFormat, rows: readonly (readonly string[])[]): Table {
  return dataTable(
    vatColumns.map((column, index) => ({ title: format.word(column.word), width: widthOf(index === 0 ? 0.12 : 0.16), numeric: true })),
    rows,
  );
}

/** Rate, taxable base and VAT, one row per rate. */
export function vatSummaryTable(model: QuoteDocumentModel, format: QuoteFormat): Table {
  return vatSummaryTableOf(
    format,
    vatRows(model, format).map((row) => vatColumns.map((column) => row[column.key])),
  );
}

/** The totals, right-aligned under the lines; the amount incl. tax stands out. */
export function totalsTable(model: QuoteDocumentModel, format: QuoteFormat): Table {
  const [labelWidth, amountWidth] = [widthOf(0.28), widthOf(0.16)];
  const rows = totalRows(model, format).map((row) => {
    const style = { bold: row.grand, size: row.grand ? size.heading : size.body, colour: row.grand ? colour.accent : undefined };
    const fill = row.grand ? colour.headerFill : undefined;
    return new TableRow({
      cantSplit: true,
      children: [cell(row.label, { width: labelWidth, fill, style }), cell(row.amount, { width: amountWidth, fill, style: { ...style, align: 'right' } })],
    });
  });
  return new Table({
    rows,
    width: { size: labelWidth + amountWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, amountWidth],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.RIGHT,
    borders: noBorders,
  });
}
