/**
 * A Word part (document.xml, a header, a footer) compiled once into static XML and slots, so that
 * a thousand letters are a thousand string joins instead of a thousand document patches.
 *
 * Placeholders are `{{name}}` as typed in Word, which often splits them across runs (spelling
 * marks, a change of formatting inside the word): each paragraph's texts are read together, and
 * a placeholder becomes one slot in the text where it starts (the value takes the formatting of
 * the placeholder's first character); the other pieces of it are removed. Values are written as
 * typed: escaped, never read again as placeholders.
 */

/**
 * A place in the XML filled per letter: a field's value, an id Word wants unique in the document,
 * or where the letter's section ends (see mail-merge-sections.ts).
 */
export type Slot = { field: string } | { id: 'drawing' | 'bookmark'; value: number } | { section: true };
export type Segment = string | Slot;

export type CompiledPart = {
  segments: Segment[];
  /** Every `{{name}}` found, in document order (known or not), repeats included. */
  placeholders: string[];
};

/** What a placeholder's name may look like: `contact.first_name`, `today`. Other `{{…}}` are plain text. */
const PLACEHOLDER_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
const PLACEHOLDER = /\{\{([^{}]{1,100})\}\}/g;

/** The tags that matter here: paragraphs and texts (not `w:pPr`, `w:tab`, `w:tbl`…). */
const TAG = /<(\/?)(w:p|w:t)(?=[\s/>])([^>]*)>/g;
/** Ids Word wants unique: drawings (`wp:docPr`) and bookmarks. */
const DRAWING_ID = /<wp:docPr\b[^>]*?\sid="(\d+)"/g;
const BOOKMARK_ID = /<w:bookmark(?:Start|End)\b[^>]*?\sw:id="(\d+)"/g;

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return entities[entity] ?? whole;
  });
}

/** Characters XML 1.0 cannot hold (control characters a paste may bring) are dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uD800-\uDFFF\uE000-\uFFFD]/g;

export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * A value as the content of a `<w:t>`: escaped, its lines as Word line breaks and its tabs as
 * Word tabs (closing and reopening the text inside the same run, so the formatting carries on).
 */
export function runText(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.split('\t').map(escapeXmlText).join('</w:t><w:tab/><w:t xml:space="preserve">'))
    .join('</w:t><w:br/><w:t xml:space="preserve">');
}

type TextElement = { openStart: number; openEnd: number; contentStart: number; contentEnd: number };
type Edit = { start: number; end: number; parts: Segment[] };

/** A known placeholder's span in a paragraph's joined text. */
type Match = { start: number; end: number; name: string };

/** The edits that put each known placeholder of one paragraph in a slot. */
function paragraphEdits(xml: string, texts: readonly TextElement[], isKnown: (name: string) => boolean, found: string[]): Edit[] {
  const decoded = texts.map((text) => decodeXmlText(xml.slice(text.contentStart, text.contentEnd)));
  const joined = decoded.join('');
  if (!joined.includes('{{')) return [];
  const matches: Match[] = [];
  for (const match of joined.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim();
    if (!PLACEHOLDER_NAME.test(name)) continue;
    found.push(name);
    if (isKnown(name)) matches.push({ start: match.index, end: match.index + match[0].length, name });
  }
  if (matches.length === 0) return [];
  const edits: Edit[] = [];
  let offset = 0;
  texts.forEach((text, index) => {
    const content = decoded[index] ?? '';
    const [from, to] = [offset, offset + content.length];
    offset = to;
    const touching = matches.filter((match) => match.start < to && match.end > from);
    if (touching.length === 0) return;
    const parts: Segment[] = [];
    let cursor = from;
    for (const match of touching) {
      if (match.start > cursor) parts.push(escapeXmlText(joined.slice(cursor, match.start)));
      if (match.start >= from) parts.push({ field: match.name });
      cursor = Math.min(to, match.end);
    }
    if (cursor < to) parts.push(escapeXmlText(joined.slice(cursor, to)));
    edits.push({ start: text.openStart, end: text.openEnd, parts: ['<w:t xml:space="preserve">'] });
    edits.push({ start: text.contentStart, end: text.contentEnd, parts });
  });
  return edits;
}

function idEdits(xml: string, pattern: RegExp, id: 'drawing' | 'bookmark'): Edit[] {
  return [...xml.matchAll(pattern)].map((match) => {
    const digits = match[1] ?? '0';
    const end = match.index + match[0].length - 1;
    return { start: end - digits.length, end, parts: [{ id, value: Number(digits) }] };
  });
}

/** The XML between edits as static strings, the edits' parts in their places. */
function segmentsOf(xml: string, edits: Edit[]): Segment[] {
  edits.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  const push = (part: Segment) => {
    const last = segments[segments.length - 1];
    if (typeof part === 'string' && typeof last === 'string') segments[segments.length - 1] = last + part;
    else if (part !== '') segments.push(part);
  };
  for (const edit of edits) {
    push(xml.slice(cursor, edit.start));
    edit.parts.forEach(push);
    cursor = edit.end;
  }
  push(xml.slice(cursor));
  return segments;
}

/**
 * Compiles a part: known placeholders (`isKnown`) become field slots; unknown ones stay as typed.
 * With `renumber`, drawing and bookmark ids become slots too, so copies of the part can be made
 * unique in one document; `sectionMark`, where it stands in the XML, becomes the section slot.
 */
export function compilePart(xml: string, isKnown: (name: string) => boolean, options: { renumber: boolean; sectionMark?: string }): CompiledPart {
  const placeholders: string[] = [];
  const edits: Edit[] = [];
  const paragraphs: TextElement[][] = [];
  let open: { openStart: number; openEnd: number } | null = null;
  for (const tag of xml.matchAll(TAG)) {
    const [whole, closing, name, attributes = ''] = tag;
    const selfClosing = attributes.endsWith('/');
    if (name === 'w:p') {
      if (selfClosing) continue;
      if (!closing) paragraphs.push([]);
      else {
        const texts = paragraphs.pop();
        if (texts) edits.push(...paragraphEdits(xml, texts, isKnown, placeholders));
      }
    } else if (!closing && !selfClosing) {
      open = { openStart: tag.index, openEnd: tag.index + whole.length };
    } else if (closing && open) {
      paragraphs[paragraphs.length - 1]?.push({ ...open, contentStart: open.openEnd, contentEnd: tag.index });
      open = null;
    }
  }
  if (options.renumber) edits.push(...idEdits(xml, DRAWING_ID, 'drawing'), ...idEdits(xml, BOOKMARK_ID, 'bookmark'));
  const mark = options.sectionMark;
  if (mark) {
    for (let at = xml.indexOf(mark); at >= 0; at = xml.indexOf(mark, at + mark.length)) edits.push({ start: at, end: at + mark.length, parts: [{ section: true }] });
  }
  return { segments: segmentsOf(xml, edits), placeholders };
}

/**
 * How one copy of a part is filled: each field's value, the copy's number for unique ids, and
 * what ends its section (the section's properties between letters, nothing after the last).
 */
export type Filling = { value: (field: string) => string; copy: number; idStride: { drawing: number; bookmark: number }; section: string };

export function renderPart(segments: readonly Segment[], filling: Filling): string {
  let xml = '';
  for (const segment of segments) {
    if (typeof segment === 'string') xml += segment;
    else if ('field' in segment) xml += runText(filling.value(segment.field));
    else if ('id' in segment) xml += String(segment.value + filling.copy * filling.idStride[segment.id]);
    else xml += filling.section;
  }
  return xml;
}

/** The largest drawing and bookmark ids a part holds (0 when none), for the strides of copies. */
export function largestIds(segments: readonly Segment[]): { drawing: number; bookmark: number } {
  const largest = { drawing: 0, bookmark: 0 };
  for (const segment of segments) {
    if (typeof segment !== 'string' && 'id' in segment) largest[segment.id] = Math.max(largest[segment.id], segment.value);
  }
  return largest;
}
