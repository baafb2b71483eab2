import ExcelJS from 'exceljs';
import { calendarDateOf } from '../../src-shared/domain/reports/chart-format';
import type { ReportCell, ReportRow } from '../../src-shared/domain/reports/types';
import { decimalsOf } from '../../src-shared/domain/money';
import { DATE_FORMAT, headerStyle, INTEGER_FORMAT, moneyFormat } from '../domains/exports/xlsx-styles';
import type { ReportDocumentColumn, ReportDocumentModel } from './report-content';

const MONTH_FORMAT = 'mmmm yyyy';
const PERCENT_FORMAT = '0.0%';
const DAYS_FORMAT = '#,##0.0';

/** Excel refuses these characters in a sheet name, and more than 31 of them. */
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Report';

function numberFormatOf(column: ReportDocumentColumn, model: ReportDocumentModel): string | undefined {
  switch (column.type) {
    case 'money':
      return moneyFormat(model.language, model.result.currency);
    case 'percent':
      return PERCENT_FORMAT;
    case 'count':
      return INTEGER_FORMAT;
    case 'days':
      return DAYS_FORMAT;
    case 'month':
      return MONTH_FORMAT;
    case 'date':
      return DATE_FORMAT;
    default:
      return undefined;
  }
}

/**
 * A cell's value as Excel should hold it: amounts in major units, months and dates as real
 * dates, text as text (never a formula: exceljs writes a string as a string, whatever it starts
 * with).
 */
function excelValue(model: ReportDocumentModel, column: ReportDocumentColumn, value: ReportCell, text: string): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return column.type === 'money' ? value / 10 ** decimalsOf(model.result.currency) : value;
  if (column.type === 'month' || column.type === 'date') return calendarDateOf(value) ?? text;
  return text;
}

function writeRow(sheet: ExcelJS.Worksheet, model: ReportDocumentModel, columns: ReportDocumentColumn[], row: ReportRow, texts: string[]): ExcelJS.Row {
  const values = columns.map((column) => {
    const index = model.columns.findIndex((candidate) => candidate.key === column.key);
    return excelValue(model, column, row.cells[column.key] ?? null, texts[index] ?? '');
  });
  return sheet.addRow(values);
}

/** Header, rows, number formats and widths of a table of the report's columns. */
function writeTable(sheet: ExcelJS.Worksheet, model: ReportDocumentModel, columns: ReportDocumentColumn[], firstRow: number): { header: number; last: number } {
  const header = sheet.getRow(firstRow);
  header.values = columns.map((column) => column.title);
  header.eachCell((cell) => (cell.style = headerStyle));
  header.height = 20;
  model.result.rows.forEach((row, index) => writeRow(sheet, model, columns, row, model.rows[index] ?? []));
  columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const numFmt = numberFormatOf(column, model);
    if (numFmt) sheetColumn.numFmt = numFmt;
    if (column.numeric) sheetColumn.alignment = { horizontal: 'right' };
    const modelIndex = model.columns.findIndex((candidate) => candidate.key === column.key);
    const longest = Math.max(column.title.length, ...model.rows.map((row) => (row[modelIndex] ?? '').length), model.totals?.[modelIndex]?.length ?? 0);
    sheetColumn.width = Math.min(50, Math.max(10, longest + 3));
  });
  header.eachCell((cell) => (cell.alignment = { vertical: 'middle', horizontal: columns[Number(cell.col) - 1]?.numeric ? 'right' : 'left' }));
  return { header: firstRow, last: firstRow + model.result.rows.length };
}

function titleBlock(sheet: ExcelJS.Worksheet, model: ReportDocumentModel): number {
  const lines = [model.period, model.filters, model.generatedAt, ...(model.amountsIn ? [model.amountsIn] : [])];
  sheet.getCell('A1').value = model.title;
  sheet.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FF1F3A5F' } };
  lines.forEach((line, index) => {
    const cell = sheet.getCell(index + 2, 1);
    cell.value = line;
    cell.font = { color: { argb: 'FF5B6470' } };
  });
  return lines.length + 3;
}

/** The report's sheet: title block, frozen styled header with a filter, the rows, the totals, the notes. */
function reportSheet(workbook: ExcelJS.Workbook, model: ReportDocumentModel): void {
  const sheet = workbook.addWorksheet(sheetName(model.title));
  const headerRow = titleBlock(sheet, model);
  const { header, last } = writeTable(sheet, model, model.columns, headerRow);
  sheet.views = [{ state: 'frozen', ySplit: header, xSplit: 0 }];
  if (model.result.rows.length > 0) sheet.autoFilter = { from: { row: header, column: 1 }, to: { row: last, column: model.columns.length } };
  let next = last + 1;
  if (model.result.rows.length === 0) {
    sheet.getCell(next, 1).value = model.format.word('reports.document.noRows');
    next += 1;
  }
  const totals = model.result.totals;
  if (totals && model.result.rows.length > 0) {
    const row = sheet.getRow(next);
    row.values = model.columns.map((column, index) => {
      const value = totals[column.key] ?? null;
      return index === 0 && value === null ? model.format.word('reports.document.total') : excelValue(model, column, value, model.totals?.[index] ?? '');
    });
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.border = { top: { style: 'thin', color: { argb: 'FF1D232A' } } };
    });
    next += 1;
  }
  if (model.notes.length > 0) {
    next += 1;
    sheet.getCell(next, 1).value = model.format.word('reports.document.notesHeading');
    sheet.getCell(next, 1).font = { bold: true };
    model.notes.forEach((note, index) => (sheet.getCell(next + 1 + index, 1).value = note));
  }
}

/** "Données du graphique" / "Chart data": the chart's category and series, as typed as on the report's sheet. */
function chartSheet(workbook: ExcelJS.Workbook, model: ReportDocumentModel): void {
  const sheet = workbook.addWorksheet(sheetName(model.format.word('reports.document.chartSheet')));
  const keys = [model.result.chart.category, ...model.result.chart.series];
  const columns = keys.map((key) => model.columns.find((column) => column.key === key)).filter((column): column is ReportDocumentColumn => column !== undefined);
  const { header } = writeTable(sheet, model, columns, 1);
  sheet.views = [{ state: 'frozen', ySplit: header, xSplit: 0 }];
}

/** The report as an Excel workbook (.xlsx bytes). */
export async function buildReportXlsx(model: ReportDocumentModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CRM';
  workbook.title = model.title;
  workbook.created = new Date(model.result.generatedAt);
  reportSheet(workbook, model);
  chartSheet(workbook, model);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
