import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfPrinter } from '../../../../src-main/documents/pdf';
import { reportDocumentModel, type ReportFilterNames } from '../../../../src-main/documents/report-content';
import { buildReportDocx } from '../../../../src-main/documents/report-docx';
import { reportHtml } from '../../../../src-main/documents/report-html';
import { buildReportXlsx } from '../../../../src-main/documents/report-xlsx';
import { chromiumExecutable } from '../../../helpers/chromium';
import { emptyResult, forecastResult, wonLostResult } from '../../../fixtures/reports/report-results';

const names: ReportFilterNames = { owners: ['Léa Martin'], team: null, pipeline: 'Ventes directes', segment: null };
const frenchForecast = () => reportDocumentModel(forecastResult, 'fr', names, 'Europe/Paris');
const spaces = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

/** The words of a .docx's body, without its markup. */
async function docxText(bytes: Uint8Array): Promise<{ text: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(' '), zip };
}

describe('the report in Excel', () => {
  it('holds the title block, a frozen filtered header, typed cells in their formats and the totals, without formulas', async () => {
    const workbook = await workbookOf(await buildReportXlsx(frenchForecast()));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe(frenchForecast().title.slice(0, 31));
    expect(String(sheet.getCell('A1').value)).toBe(frenchForecast().title);
    expect(spaces(String(sheet.getCell('A2').value))).toContain('1 janvier 2026');
    expect(String(sheet.getCell('A3').value)).toContain('Léa Martin');
    const headerRow = 7; // title, period, filters, generated at, amounts in, a blank line
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(headerRow).getCell(1).font?.bold).toBe(true);
    const first = sheet.getRow(headerRow + 1);
    const month = first.getCell(1);
    expect(month.value).toBeInstanceOf(Date);
    expect((month.value as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(month.numFmt).toBe('mmmm yyyy');
    expect(first.getCell(2).value).toBe(3);
    expect(first.getCell(2).numFmt).toBe('#,##0');
    expect(first.getCell(3).value).toBe(12345.5);
    expect(first.getCell(3).numFmt).toBe('#,##0.00 "€"');
    const totals = sheet.getRow(headerRow + 5);
    expect(totals.getCell(1).value).toBe('Total');
    expect(totals.getCell(3).value).toBe(42036.5);
    expect(totals.getCell(3).font?.bold).toBe(true);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });

  it('gives the chart’s data its own sheet: category and series columns', async () => {
    const workbook = await workbookOf(await buildReportXlsx(reportDocumentModel(forecastResult, 'en', names, 'UTC')));
    const chart = workbook.getWorksheet('Chart data');
    if (!chart) throw new Error('no chart sheet');
    expect(chart.getRow(1).values).toEqual([undefined, 'reports.columns.month', 'reports.columns.amount', 'reports.columns.weighted'].map((value) => (value ? reportDocumentModel(forecastResult, 'en', names, 'UTC').format.word(value) : value)));
    expect(chart.rowCount).toBe(1 + forecastResult.rows.length);
    expect(chart.getRow(5).getCell(2).value).toBe(24691);
    expect(chart.getRow(5).getCell(3).value).toBe(18518.25);
    expect(chart.getRow(5).getCell(3).numFmt).toBe('"€"#,##0.00');
  });

  it('writes percentages as ratios in a percent format and translates rows the core names', async () => {
    const workbook = await workbookOf(await buildReportXlsx(reportDocumentModel(wonLostResult, 'fr', names, 'UTC')));
    const sheet = workbook.worksheets[0];
    // No amount in this report: no "amounts in" line, the header on row 6.
    const row = sheet?.getRow(7);
    expect(row?.getCell(3).value).toBe(0.5);
    expect(row?.getCell(3).numFmt).toBe('0.0%');
    expect(row?.getCell(1).value).toBe('Prix trop élevé <b>&"\'');
  });
});

describe('the report in Word', () => {
  it('holds the title, period, filters, the chart as a PNG image and the table with its totals', async () => {
    const model = frenchForecast();
    const { text, zip } = await docxText(await buildReportDocx(model));
    expect(text).toContain(model.title);
    expect(spaces(text)).toContain('Période : du 1 janvier 2026 au 31 décembre 2026');
    expect(text).toContain('Commerciaux : Léa Martin');
    expect(text).toContain('Pipeline : Ventes directes');
    expect(spaces(text)).toContain('janvier 2026 3 12 345,50 € 6 172,75 €');
    expect(spaces(text)).toContain('Total 9 42 036,50 € 25 691,00 €');
    const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(images).toHaveLength(1);
    const png = await zip.file(images[0] ?? '')?.async('uint8array');
    expect([...(png ?? new Uint8Array()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The header row repeats on every page.
    expect((await zip.file('word/document.xml')?.async('string')) ?? '').toContain('<w:tblHeader/>');
  });

  it('says there is nothing when the period has no rows, still with its "no data" chart', async () => {
    const { text, zip } = await docxText(await buildReportDocx(reportDocumentModel(emptyResult, 'en', { owners: [], team: null, pipeline: null, segment: null }, 'UTC')));
    expect(text).toContain('No rows for this period and these filters.');
    expect(text).toContain('All salespeople, all teams, all pipelines');
    expect(Object.keys(zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
  });
});

describe('the report printed to PDF', () => {
  chromiumExecutable();
  const printer = createChromiumPdfPrinter();
  afterAll(() => printer.dispose());

  it('is a PDF with pages, from a page whose chart is inline SVG and whose texts are escaped', async () => {
    const html = reportHtml(reportDocumentModel(wonLostResult, 'fr', names, 'UTC'));
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toContain('<b>');
    const pdf = await printer.print(html);
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
