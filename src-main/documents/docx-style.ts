import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import { colour, marginMm } from './look';

/** The Word quote's measures: A4, margins, font sizes; colours from look.ts. */
export const page = {
  // A4 as Word writes it (210 × 297 mm rounded to the twip).
  width: 11906,
  height: 16838,
  margin: {
    top: convertMillimetersToTwip(marginMm.top),
    bottom: convertMillimetersToTwip(marginMm.bottom),
    left: convertMillimetersToTwip(marginMm.left),
    right: convertMillimetersToTwip(marginMm.right),
  },
  headerFooter: convertMillimetersToTwip(8),
};
/** The width between the margins, in twips. */
export const contentWidth = page.width - page.margin.left - page.margin.right;

/** Half-points, as Word counts font sizes. */
export const size = { body: 19, small: 15, title: 32, heading: 21 };

const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: colour.rule };
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const ruledBorders = { top: rule, bottom: rule, left: none, right: none, insideHorizontal: rule, insideVertical: none };
export const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };

export type TextStyle = { bold?: boolean; size?: number; colour?: string; align?: 'left' | 'right' | 'center' };

const alignments = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER };

/** A run of text; line breaks in the text become Word line breaks. */
export function runs(text: string, style: TextStyle = {}): ParagraphChild[] {
  return text.split('\n').map(
    (line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, bold: style.bold, size: style.size, color: style.colour }),
  );
}

export function paragraph(text: string, style: TextStyle = {}, spacingAfter = 0): Paragraph {
  return new Paragraph({ children: runs(text, style), alignment: alignments[style.align ?? 'left'], spacing: { after: spacingAfter } });
}

/** A borderless cell holding several paragraphs, top-aligned, without side padding. */
export function blockCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.TOP, margins: { left: 0, right: 0 } });
}

/** Two blocks side by side across the page (55 % and 37 %, a gap between), without borders. */
export function sideBySide(left: Paragraph[], right: Paragraph[]): Table {
  const [leftWidth, gapWidth] = [Math.floor(contentWidth * 0.55), Math.floor(contentWidth * 0.08)];
  const rightWidth = contentWidth - leftWidth - gapWidth;
  return new Table({
    rows: [new TableRow({ children: [blockCell(left, leftWidth), blockCell([paragraph('')], gapWidth), blockCell(right, rightWidth)] })],
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: [leftWidth, gapWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
  });
}

export type CellOptions = { width: number; style?: TextStyle; fill?: string };

/** A table cell holding one paragraph, padded, vertically centred. */
export function cell(text: string, options: CellOptions): TableCell {
  return new TableCell({
    children: [paragraph(text, options.style)],
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: options.fill ? { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
  });
}
