import ExcelJS from 'exceljs';
import { TableRefused, type TableInfo, type TableSink } from './table-sink';

/**
 * The first sheet of an Excel workbook, streamed (exceljs WorkbookReader): rows come one at a
 * time, so a 100,000-row sheet never sits whole in memory. Real dates become "2026-12-31" (with
 * the time when there is one), numbers their plain digits ("1234.5"), rich text and hyperlinks
 * their text, formulas their last computed value. The archive's sizes were checked before this
 * runs (zip-limits.ts).
 */

type CellValue = ExcelJS.CellValue;

function isoOf(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** A cell as text. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoOf(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
    if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink ?? '');
    if ('error' in value) return '';
    if ('text' in value) return String((value as { text: unknown }).text ?? '');
  }
  return '';
}

type WorkbookModel = { sheets?: { name: string; rId: string }[] };
type Relationship = { Id: string; Target: string };

/** The number in "sheet3.xml" of the workbook's first sheet, and its name, once workbook.xml has been read. */
function firstSheet(reader: ExcelJS.stream.xlsx.WorkbookReader): { sheetNo: string; name: string } | null {
  const model = (reader as unknown as { model?: WorkbookModel }).model;
  const rels = (reader as unknown as { workbookRels?: Relationship[] }).workbookRels;
  const sheet = model?.sheets?.[0];
  const target = rels?.find((rel) => rel.Id === sheet?.rId)?.Target;
  const sheetNo = target ? /sheet(\d+)\.xml$/.exec(target)?.[1] : undefined;
  return sheet && sheetNo ? { sheetNo, name: sheet.name } : null;
}

export async function readXlsx(path: string, sink: TableSink): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let done = false;
  let sawSheet = false;
  try {
    for await (const worksheet of reader) {
      sawSheet = true;
      const id = String((worksheet as unknown as { id: string | number }).id);
      const first = firstSheet(reader);
      if (done || (first && first.sheetNo !== id)) {
        // Another sheet: read through (the archive is one stream), nothing kept.
        for await (const _row of worksheet) void _row;
        continue;
      }
      const info: TableInfo = { encoding: null, separator: null, sheetName: first?.name ?? (worksheet as unknown as { name?: string }).name ?? null };
      for await (const row of worksheet) {
        const values = row.values as CellValue[];
        const cells: string[] = [];
        for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
        sink.row(row.number, cells, info);
      }
      done = true;
    }
  } catch (error) {
    if (error instanceof TableRefused) throw error;
    throw new TableRefused('not_xlsx', (error as Error).message);
  }
  if (!sawSheet) throw new TableRefused('no_sheet');
}
