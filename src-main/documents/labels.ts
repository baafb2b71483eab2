import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { labelsPerSheet, type LabelSize } from '../../src-shared/domain/mail-merge';
import { page } from './docx-style';
import { fontFamily } from './look';
import { splitDocument } from './mail-merge-sections';
import { escapeXmlText } from './mail-merge-xml';

/** A4 in millimetres. */
const A4 = { widthMm: 210, heightMm: 297 };

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** The room under the labels for the paragraph Word needs after a table, well short of another row. */
const SLACK_MM = 5;
/** The address's distance from the label's left and right edges. */
const INSET_MM = 4;

/** Where the labels sit on the sheet, in twips: margins centre them; rows touch, columns have gaps. */
export type LabelLayout = {
  top: number;
  bottom: number;
  side: number;
  labelWidth: number;
  labelHeight: number;
  gap: number;
  columns: number;
  rows: number;
  /** Half-points: smaller type on the short labels. */
  fontSize: number;
};

export function labelLayout(size: LabelSize): LabelLayout {
  const sideMm = (A4.widthMm - size.columns * size.widthMm - (size.columns - 1) * size.gapMm) / 2;
  const topMm = (A4.heightMm - size.rows * size.heightMm) / 2;
  return {
    top: twips(topMm),
    bottom: twips(Math.max(0, topMm - SLACK_MM)),
    side: twips(sideMm),
    labelWidth: twips(size.widthMm),
    labelHeight: twips(size.heightMm),
    gap: twips(size.gapMm),
    columns: size.columns,
    rows: size.rows,
    fontSize: size.heightMm < 36 ? 18 : 20,
  };
}

function labelCell(lines: readonly string[], layout: LabelLayout): string {
  const inset = twips(INSET_MM);
  const text = lines.map((line, index) => `${index > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXmlText(line)}</w:t>`).join('');
  const run = lines.length > 0 ? `<w:r><w:rPr><w:sz w:val="${layout.fontSize}"/></w:rPr>${text}</w:r>` : '';
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${layout.labelWidth}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:ind w:left="${inset}" w:right="${inset}"/><w:rPr><w:sz w:val="${layout.fontSize}"/></w:rPr></w:pPr>${run}</w:p></w:tc>`
  );
}

const gapCell = (layout: LabelLayout): string =>
  `<w:tc><w:tcPr><w:tcW w:w="${layout.gap}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p></w:tc>`;

/** The paragraph Word needs after a table: one point high, it fits under the labels. */
const SPACER = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>';

/** One sheet: a table of exactly the labels' size, gap columns between them, no borders. */
function sheetTable(labels: readonly (readonly string[])[], layout: LabelLayout): string {
  const grid = Array.from({ length: layout.columns }, (_, column) => `${column > 0 ? `<w:gridCol w:w="${layout.gap}"/>` : ''}<w:gridCol w:w="${layout.labelWidth}"/>`).join('');
  const width = layout.columns * layout.labelWidth + (layout.columns - 1) * layout.gap;
  const margins = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} w:w="0" w:type="dxa"/>`).join('');
  let rows = '';
  for (let row = 0; row < layout.rows; row += 1) {
    const cells = Array.from({ length: layout.columns }, (_, column) => `${column > 0 ? gapCell(layout) : ''}${labelCell(labels[row * layout.columns + column] ?? [], layout)}`).join('');
    rows += `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${layout.labelHeight}" w:hRule="exact"/></w:trPr>${cells}</w:tr>`;
  }
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margins}</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>${SPACER}`
  );
}

/**
 * Address labels on A4 sheets of the given size: one table per sheet whose rows and columns have
 * the labels' exact size, placed by the page margins; each label holds its lines (an address
 * block), vertically centred. `step` is called as sheets are done.
 */
export async function labelSheets(size: LabelSize, labels: readonly (readonly string[])[], title: string, step: (done: number) => Promise<void>): Promise<Uint8Array> {
  const layout = labelLayout(size);
  const shell = new Document({
    creator: 'CRM',
    title,
    styles: { default: { document: { run: { font: fontFamily, size: layout.fontSize } } } },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { top: layout.top, bottom: layout.bottom, left: layout.side, right: layout.side, header: 0, footer: 0 } } },
        children: [new Paragraph('')],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(shell));
  const xml = await zip.file('word/document.xml')?.async('string');
  const parts = xml ? splitDocument(xml) : null;
  if (!parts) throw new Error('the label sheet has no body');
  const perSheet = labelsPerSheet(size);
  const sheets: string[] = [];
  for (let start = 0; start < Math.max(labels.length, 1); start += perSheet) {
    sheets.push(sheetTable(labels.slice(start, start + perSheet), layout));
    if (sheets.length % 20 === 0) await step(Math.min(labels.length, start + perSheet));
  }
  await step(labels.length);
  zip.file('word/document.xml', `${parts.before}${sheets.join('')}${parts.sectPr}${parts.after}`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
