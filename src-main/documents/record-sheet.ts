import { Packer, Paragraph, Table, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { translate, type Language } from '../../src-shared/i18n';
import { a4Document, heading, pageFooter, quoteTitle } from './docx-sections';
import { cell, contentWidth, noBorders, paragraph, ruledBorders, size } from './docx-style';
import { colour } from './look';

/** A label and its value; a value with several lines keeps them. Empty values are left out. */
export type SheetFact = { label: string; value: string | null };

export type SheetColumn = { title: string; share: number; numeric?: boolean };

/** One part of a sheet: facts, lines of text, or a table; `empty` says so when it has nothing. */
export type SheetSection = {
  title: string;
  facts?: SheetFact[];
  lines?: string[];
  table?: { columns: SheetColumn[]; rows: string[][] };
  /** Said under the title when the section has nothing to show. */
  empty: string;
  /** A note under the section (how many are listed). */
  note?: string;
};

/** A contact's or company's sheet: what it is, its name, a line under it, and its sections. */
export type SheetModel = { kind: string; name: string; subtitle: string | null; sections: SheetSection[] };

const widthOf = (share: number): number => Math.floor(contentWidth * share);

function factsTable(facts: readonly SheetFact[]): Table {
  const [labelWidth, valueWidth] = [widthOf(0.3), widthOf(0.7)];
  return new Table({
    rows: facts.map(
      (fact) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(fact.label, { width: labelWidth, style: { size: size.body, colour: colour.muted } }),
            cell(fact.value ?? '', { width: valueWidth, style: { size: size.body } }),
          ],
        }),
    ),
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
  });
}

function dataTable(columns: readonly SheetColumn[], rows: readonly string[][]): Table {
  const widths = columns.map((column) => widthOf(column.share));
  const align = (column: SheetColumn) => (column.numeric ? 'right' : 'left');
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell(column.title, { width: widths[index] ?? 0, fill: colour.headerFill, style: { bold: true, size: size.body, align: align(column) } })),
  });
  const body = rows.map(
    (values) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) => cell(values[index] ?? '', { width: widths[index] ?? 0, style: { size: size.body, align: align(column) } })),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: ruledBorders,
  });
}

function sectionBlocks(section: SheetSection): FileChild[] {
  const blocks: FileChild[] = [heading(section.title)];
  const facts = (section.facts ?? []).filter((fact) => fact.value !== null && fact.value.trim() !== '');
  const lines = section.lines ?? [];
  const rows = section.table?.rows ?? [];
  if (facts.length > 0) blocks.push(factsTable(facts));
  if (lines.length > 0) blocks.push(...lines.map((line) => paragraph(line, { size: size.body }, 60)));
  if (section.table && rows.length > 0) blocks.push(dataTable(section.table.columns, rows));
  if (facts.length + lines.length + rows.length === 0) blocks.push(paragraph(section.empty, { size: size.body, colour: colour.muted }));
  if (section.note) blocks.push(paragraph(section.note, { size: size.small, colour: colour.muted }, 60));
  return blocks;
}

/** "Page 2 sur 3" around Word's page fields. */
function pageCounter(language: Language): { before: string; between: string; after: string } {
  const [before = '', rest = ''] = translate(language, 'mailMerge.sheet.page').split('{{page}}');
  const [between = '', after = ''] = rest.split('{{pages}}');
  return { before, between, after };
}

/**
 * A record's sheet in Word, with the quote's look: its kind and name, then each section (facts
 * as label and value, lines, tables with a header row repeated on every page); the footer says
 * when it was printed and numbers the pages.
 */
export async function buildRecordSheet(model: SheetModel, language: Language, printedOn: string): Promise<Uint8Array> {
  const document = a4Document({
    title: `${model.kind} — ${model.name}`,
    creator: 'CRM',
    laterPagesHeading: `${model.kind} — ${model.name}`,
    footer: () => pageFooter(translate(language, 'mailMerge.sheet.footer', { date: printedOn }), pageCounter(language)),
    children: [
      paragraph(model.kind, { size: size.small, colour: colour.muted }),
      quoteTitle(model.name),
      ...(model.subtitle ? [paragraph(model.subtitle, { size: size.heading })] : []),
      new Paragraph({ spacing: { after: 120 } }),
      ...model.sections.flatMap(sectionBlocks),
    ],
  });
  return Packer.toBuffer(document);
}
