import ExcelJS, { type Row, type Style, type Worksheet } from 'exceljs';
import { PassThrough, type Readable } from 'node:stream';
import { minorToDecimalString } from '../../../src-shared/domain/money';
import type { Language } from '../../../src-shared/i18n';
import { calendarDateMs, cleanText, wallClock } from './cell-values';
import { wordsOf, type ExportColumn, type Words } from './columns/types';
import { CellStyles, DATE_FORMAT, DATE_TIME_FORMAT, headerStyle, INTEGER_FORMAT, PERCENT_FORMAT } from './xlsx-styles';
import { fittedWidths } from './xlsx-widths';

export type SheetOptions = { language: Language; timeZone: string; sheetName: string; creator: string };

function put(row: Row, index: number, value: string | number | Date, style: Partial<Style>): void {
  const cell = row.getCell(index + 1);
  cell.value = value;
  cell.style = style as Style;
}

/**
 * A record's value in a column into its Excel cell (left empty when there is none): text stays
 * text (never a formula), dates are dates, amounts numbers in their currency's format.
 */
function setCell<R>(row: Row, index: number, column: ExportColumn<R>, record: R, words: Words, styles: CellStyles, timeZone: string): void {
  switch (column.kind) {
    case 'text': {
      const text = column.value(record, words);
      if (text) put(row, index, cleanText(text), column.id === 'id' ? styles.recordId : styles.plain);
      return;
    }
    case 'integer': {
      const value = column.value(record, words);
      if (value !== null) put(row, index, value, styles.format(INTEGER_FORMAT));
      return;
    }
    case 'percent': {
      const value = column.value(record, words);
      if (value !== null) put(row, index, value / 100, styles.format(PERCENT_FORMAT));
      return;
    }
    case 'money': {
      const money = column.value(record, words);
      if (money) put(row, index, Number(minorToDecimalString(money.minor, money.currency)), styles.money(money.currency));
      return;
    }
    case 'date': {
      const value = column.value(record, words);
      const ms = value ? calendarDateMs(value) : null;
      if (ms !== null) put(row, index, new Date(ms), styles.format(DATE_FORMAT));
      return;
    }
    case 'datetime': {
      const value = column.value(record, words);
      const clock = value ? wallClock(value, timeZone) : null;
      // exceljs turns a Date into Excel's serial from its UTC fields: the wall clock in the zone.
      if (clock) put(row, index, new Date(clock.ms), styles.format(clock.wholeDay ? DATE_FORMAT : DATE_TIME_FORMAT));
      return;
    }
  }
}

function writeHeader<R>(sheet: Worksheet, columns: readonly ExportColumn<R>[]): void {
  const header = sheet.getRow(1);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = cleanText(column.header);
    cell.style = headerStyle;
  });
  header.commit();
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Resolves once the stream has room again, or is closed (the error then surfaces at the next check). */
function drained(output: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
}

/** The workbook's last parts written and the zip finished; fails if the file is closed first (exceljs would wait forever). */
function committed(workbook: ExcelJS.stream.xlsx.WorkbookWriter, output: PassThrough, closed: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    const onClose = (): void => {
      if (!output.writableFinished) reject(closed());
    };
    output.once('close', onClose);
    workbook.commit().then(
      () => {
        output.off('close', onClose);
        resolve();
      },
      (error: unknown) => {
        output.off('close', onClose);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Stops exceljs's zip when the file is given up (cancelled, or the disk refused it). */
function abandon(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  try {
    (workbook as unknown as { zip?: { abort: () => void } }).zip?.abort();
  } catch {
    // Already finished or aborted.
  }
}

async function writeWorkbook<R>(output: PassThrough, pages: AsyncIterable<R[]>, columns: readonly ExportColumn<R>[], options: SheetOptions): Promise<void> {
  const words = wordsOf(options.language);
  const styles = new CellStyles(options.language);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = options.creator;
  workbook.lastModifiedBy = options.creator;
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  const iterator = pages[Symbol.asyncIterator]();
  try {
    let next = await iterator.next();
    // Columns (and their widths) come first in the sheet: fitted from the first page.
    const widths = fittedWidths(columns, next.done ? [] : next.value, words);
    sheet.columns = columns.map((column, index) => ({ key: column.id, width: widths[index] ?? 12 }));
    writeHeader(sheet, columns);
    let rowNumber = 1;
    const closed = (): Error => output.errored ?? new Error('the file was closed before the end of the export');
    while (!next.done) {
      if (output.destroyed) throw closed();
      for (const record of next.value) {
        rowNumber += 1;
        const row = sheet.getRow(rowNumber);
        columns.forEach((column, index) => setCell(row, index, column, record, words, styles, options.timeZone));
        row.commit();
      }
      // The zip and the file's writer run between pages; when the writer is behind, it catches up
      // before the next page (memory stays bounded on a slow disk).
      await nextTurn();
      if (output.writableNeedDrain) await drained(output);
      next = await iterator.next();
    }
    if (output.destroyed) throw closed();
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowNumber, column: columns.length } };
    sheet.commit();
    await committed(workbook, output, closed);
  } catch (error) {
    abandon(workbook);
    await iterator.return?.();
    throw error;
  }
}

/**
 * The records as an .xlsx file, streamed (exceljs's streaming writer: rows are written to the zip
 * as they come, never the whole sheet in memory). The stream fails with the first error (a cancel).
 */
export function xlsxContent<R>(pages: AsyncIterable<R[]>, columns: readonly ExportColumn<R>[], options: SheetOptions): Readable {
  const output = new PassThrough();
  writeWorkbook(output, pages, columns, options).catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return output;
}
