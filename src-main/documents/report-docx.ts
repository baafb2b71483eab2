import { ImageRun, Packer, Paragraph, Table, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { chartSize } from '../../src-shared/domain/reports/chart-model';
import { a4Document, heading, pageFooter, quoteTitle } from './docx-sections';
import { cell, contentWidth, paragraph, ruledBorders, size } from './docx-style';
import { colour } from './look';
import { chartPng } from './report-chart-png';
import type { ReportDocumentModel } from './report-content';

/** Column widths in twips: text columns get twice the room of figures. */
function columnWidths(model: ReportDocumentModel): number[] {
  const weights = model.columns.map((column) => (column.numeric ? 1 : 2));
  const sum = weights.reduce((total, weight) => total + weight, 0) || 1;
  return weights.map((weight) => Math.floor((contentWidth * weight) / sum));
}

/** The table: a header row Word repeats on every page, rows that never split, the totals in bold. */
function reportTable(model: ReportDocumentModel): Table {
  const widths = columnWidths(model);
  const align = (index: number) => (model.columns[index]?.numeric ? 'right' : 'left');
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.columns.map((column, index) => cell(column.title, { width: widths[index] ?? 0, fill: colour.headerFill, style: { bold: true, size: size.small, align: align(index) } })),
  });
  const row = (values: readonly string[], total: boolean) =>
    new TableRow({
      cantSplit: true,
      children: model.columns.map((_, index) =>
        cell(values[index] ?? '', { width: widths[index] ?? 0, fill: total ? colour.headerFill : undefined, style: { bold: total, size: size.small, align: align(index) } }),
      ),
    });
  const totals = model.totals && model.rows.length > 0 ? [row(model.totals, true)] : [];
  return new Table({
    rows: [header, ...model.rows.map((values) => row(values, false)), ...totals],
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ruledBorders,
  });
}

/** The chart at the page's width (pixels at 96 dpi: a twip is 1/15 of one). */
function chartImage(model: ReportDocumentModel): Paragraph {
  const width = Math.floor(contentWidth / 15);
  const height = Math.round((width * chartSize.height) / chartSize.width);
  const image = new ImageRun({
    type: 'png',
    data: chartPng(model.chart),
    transformation: { width, height },
    altText: { name: model.title, title: model.title, description: model.chart.title },
  });
  return new Paragraph({ children: [image], spacing: { after: 120 }, keepNext: false });
}

/** "Page 2 sur 3" around Word's page fields. */
function pageCounter(model: ReportDocumentModel): { before: string; between: string; after: string } {
  const [before = '', rest = ''] = model.format.word('reports.document.page').split('{{page}}');
  const [between = '', after = ''] = rest.split('{{pages}}');
  return { before, between, after };
}

/**
 * The report in Word, A4 with the quote's look: title and description, period, filters, the
 * chart as an image, the table (and its totals), the notes; the footer says when it was
 * generated and numbers the pages.
 */
export async function buildReportDocx(model: ReportDocumentModel): Promise<Uint8Array> {
  const facts = [model.period, model.filters, ...(model.amountsIn ? [model.amountsIn] : [])];
  const children: FileChild[] = [
    quoteTitle(model.title),
    paragraph(model.description, { size: size.body, colour: colour.muted }, 120),
    ...facts.map((line) => paragraph(line, { size: size.body }, 40)),
    heading(model.format.word('reports.document.chartHeading')),
    chartImage(model),
    heading(model.format.word('reports.document.tableHeading')),
    model.rows.length > 0 ? reportTable(model) : paragraph(model.format.word('reports.document.noRows'), { size: size.body, colour: colour.muted }),
  ];
  if (model.notes.length > 0) {
    children.push(heading(model.format.word('reports.document.notesHeading')), ...model.notes.map((note) => paragraph(note, { size: size.body }, 60)));
  }
  const document = a4Document({
    title: model.title,
    creator: 'CRM',
    laterPagesHeading: `${model.title} — ${model.period}`,
    footer: () => pageFooter(model.generatedAt, pageCounter(model)),
    children,
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
