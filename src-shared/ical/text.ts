/**
 * iCalendar's text rules (RFC 5545 3.1, 3.3.11): TEXT escaping, parameter quoting and line
 * folding at 75 octets of UTF-8 — never inside a multi-byte character, so an "é" or an emoji
 * at the fold survives Outlook and Google alike.
 */

const FOLD_OCTETS = 75;

/** The UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

const codePointOctets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** A content line folded: lines of at most 75 octets, continuations starting with a space. */
export function foldLine(line: string): string {
  if (line.length * 3 <= FOLD_OCTETS || utf8Length(line) <= FOLD_OCTETS) return line;
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = FOLD_OCTETS;
  for (const character of line) {
    const size = codePointOctets(character.codePointAt(0) ?? 0);
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = FOLD_OCTETS - 1; // the leading space counts
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** TEXT value escaping: backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  if (!/[\\;,\r\n]/.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** The inverse of escapeText, lenient with stray backslashes (kept as they are). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN:])/g, (_whole, character: string) => (character === 'n' || character === 'N' ? '\n' : character));
}

/** Splits a multi-valued TEXT (CATEGORIES) on unescaped commas, then unescapes each value. */
export function splitTextList(value: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const character = value[i];
    if (character === '\\' && i + 1 < value.length) {
      current += character + value[i + 1];
      i++;
    } else if (character === ',') {
      values.push(current);
      current = '';
    } else current += character;
  }
  values.push(current);
  return values.map(unescapeText).map((item) => item.trim()).filter((item) => item !== '');
}

/** A parameter value, quoted when it holds ':', ';' or ','; double quotes cannot appear and become single ones. */
export function paramValue(value: string): string {
  const clean = value.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}
