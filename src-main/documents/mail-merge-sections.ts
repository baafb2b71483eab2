/**
 * The body of a letter template and its page setup, for a merged document: each letter is a
 * section of its own, as in Word's own mail merge, so it starts on a new page, keeps the
 * template's page setup, its first-page header (a letterhead) and page numbers from 1.
 */

/** document.xml around its body: what comes before, the body's content, its page setup, what comes after. */
export type DocumentShell = { before: string; body: string; sectPr: string; after: string };

const BODY_OPEN = /<w:body(?:\s[^>]*)?>/;
const BODY_CLOSE = '</w:body>';

/** Where the element whose last tag ends at `end` opens, counting nested open/close tags of that name. */
function openingOf(xml: string, name: string, end: number): number {
  const tags = [...xml.slice(0, end).matchAll(new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'g'))];
  let depth = 0;
  for (let index = tags.length - 1; index >= 0; index -= 1) {
    const tag = tags[index];
    if (!tag) break;
    if (tag[0].endsWith('/>')) continue;
    depth += tag[1] ? 1 : -1;
    if (depth === 0) return tag.index;
  }
  return -1;
}

/** Splits document.xml around its body; null when it has none. */
export function splitDocument(xml: string): DocumentShell | null {
  const open = BODY_OPEN.exec(xml);
  const close = xml.lastIndexOf(BODY_CLOSE);
  if (!open || close < open.index) return null;
  const bodyStart = open.index + open[0].length;
  const content = xml.slice(bodyStart, close);
  const trimmed = content.trimEnd();
  let body = content;
  let sectPr = '';
  if (trimmed.endsWith('</w:sectPr>')) {
    const start = openingOf(trimmed, 'w:sectPr', trimmed.length);
    if (start >= 0) [body, sectPr] = [trimmed.slice(0, start), trimmed.slice(start)];
  } else if (/<w:sectPr[^>]*\/>$/.test(trimmed)) {
    const start = trimmed.lastIndexOf('<w:sectPr');
    [body, sectPr] = [trimmed.slice(0, start), trimmed.slice(start)];
  }
  return { before: xml.slice(0, bodyStart), body, sectPr, after: xml.slice(close) };
}

/** The elements that follow `w:pgNumType` in a section's properties (ECMA-376 order). */
const AFTER_PAGE_NUMBERS = /<w:(cols|formProt|vAlign|noEndnote|titlePg|textDirection|bidi|rtlGutter|docGrid|printerSettings|sectPrChange)(?=[\s/>])/;

/**
 * A section's properties for one letter: it starts on a new page (any other start type removed)
 * and its pages are numbered from 1 (unless the template numbers them from elsewhere).
 */
export function letterSection(sectPr: string): string {
  if (sectPr === '') return '<w:sectPr><w:pgNumType w:start="1"/></w:sectPr>';
  let section = sectPr.replace(/<w:type\b[^>]*\/>/, '');
  if (/^<w:sectPr[^>]*\/>$/.test(section)) section = section.replace(/\s*\/>$/, '></w:sectPr>');
  const pageNumbers = /<w:pgNumType\b([^>]*?)\/?>/.exec(section);
  if (pageNumbers) {
    if (!/\sw:start=/.test(pageNumbers[1] ?? '')) section = section.replace('<w:pgNumType', '<w:pgNumType w:start="1"');
    return section;
  }
  const after = AFTER_PAGE_NUMBERS.exec(section);
  const at = after ? after.index : section.lastIndexOf('</w:sectPr>');
  return `${section.slice(0, at)}<w:pgNumType w:start="1"/>${section.slice(at)}`;
}

/** Where a letter's section break goes, in the body's XML; filled with the section's properties, or nothing. */
export const SECTION_MARK = '\u0000section\u0000';

/**
 * The body with `SECTION_MARK` in its last paragraph's properties (Word's way: no extra empty
 * paragraph that could spill onto a new page), or in a paragraph of its own after a closing table.
 */
export function markSectionBreak(body: string): string {
  const trimmed = body.trimEnd();
  const own = `<w:p><w:pPr>${SECTION_MARK}</w:pPr></w:p>`;
  if (!trimmed.endsWith('</w:p>')) return `${trimmed}${own}`;
  const start = openingOf(trimmed, 'w:p', trimmed.length);
  if (start < 0) return `${trimmed}${own}`;
  const openEnd = trimmed.indexOf('>', start) + 1;
  const rest = trimmed.slice(openEnd);
  const properties = /^<w:pPr(\s[^>]*)?(\/?)>/.exec(rest);
  if (!properties) return `${trimmed.slice(0, openEnd)}<w:pPr>${SECTION_MARK}</w:pPr>${rest}`;
  if (properties[2] === '/') return `${trimmed.slice(0, openEnd)}<w:pPr>${SECTION_MARK}</w:pPr>${rest.slice(properties[0].length)}`;
  // A tracked change of the properties holds their former `<w:pPr>`: its close comes first.
  let close = rest.indexOf('</w:pPr>');
  const change = rest.indexOf('<w:pPrChange');
  if (change >= 0 && change < close) close = rest.indexOf('</w:pPr>', close + 1);
  if (close < 0 || rest.slice(0, close).includes('<w:sectPr')) return `${trimmed}${own}`;
  const at = change >= 0 && change < close ? change : close;
  return `${trimmed.slice(0, openEnd)}${rest.slice(0, at)}${SECTION_MARK}${rest.slice(at)}`;
}

