import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedFile } from '../../../../../src-shared/domain/exports';
import type { Core } from '../../../../../src-main/core/core';
import { findFile } from '../../../../../src-main/files/store';

/** The path of a file an export left for the page to save. */
export async function outgoingPath(core: Core, file: ExportedFile): Promise<string> {
  const stored = await findFile(core.paths.dataDir, 'outgoing', file.fileId);
  if (!stored) throw new Error(`no outgoing file ${file.fileId}`);
  return stored.path;
}

export async function outgoingText(core: Core, file: ExportedFile): Promise<string> {
  return readFileSync(await outgoingPath(core, file), 'utf8');
}

/** The exported workbook as exceljs reads it back, and its first sheet's raw XML. */
export async function readWorkbook(core: Core, file: ExportedFile): Promise<{ sheet: ExcelJS.Worksheet; sheetXml: string; workbook: ExcelJS.Workbook }> {
  const path = await outgoingPath(core, file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const zip = await JSZip.loadAsync(readFileSync(path));
  const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  return { sheet, sheetXml, workbook };
}

/** The header row's texts. */
export function headers(sheet: ExcelJS.Worksheet): string[] {
  const values: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell) => values.push(String(cell.value ?? '')));
  return values;
}

/** A column's values below the header, by its header. */
export function columnValues(sheet: ExcelJS.Worksheet, header: string): ExcelJS.CellValue[] {
  const index = headers(sheet).indexOf(header) + 1;
  if (index === 0) throw new Error(`no column "${header}"`);
  const values: ExcelJS.CellValue[] = [];
  for (let row = 2; row <= sheet.rowCount; row++) values.push(sheet.getRow(row).getCell(index).value);
  return values;
}

/** Files (and temporary files) in the outgoing store. */
export function outgoingEntries(core: Core): string[] {
  try {
    return readdirSync(join(core.paths.dataDir, 'files', 'outgoing'));
  } catch {
    return [];
  }
}

export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
