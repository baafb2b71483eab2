/** The building blocks of a vCard (RFC 6350 for 4.0, RFC 2426 for 3.0): escaped values, folded lines. */

const CRLF = '\r\n';
/** A line holds at most 75 octets before its line break; a continuation starts with a space. */
export const MAX_LINE_OCTETS = 75;

/** A text value: backslash, comma, semicolon and line breaks escaped. */
export function escapeValue(text: string): string {
  if (!/[\\,;\r\n]/.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
}

/** A structured value (N, ADR): its components escaped, joined by semicolons. */
export function structuredValue(components: readonly (string | null | undefined)[]): string {
  return components.map((component) => escapeValue(component ?? '')).join(';');
}

/** A list value (CATEGORIES): each item escaped, joined by commas. */
export function listValue(items: readonly string[]): string {
  return items.map(escapeValue).join(',');
}

const octets = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded at 75 octets of UTF-8: a long line goes on over lines that start with one
 * space; a character is never cut between its bytes.
 */
export function foldLine(line: string): string {
  // Most lines are short: measured once, natively.
  if (line.length <= MAX_LINE_OCTETS && Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line;
  let result = '';
  let used = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0) ?? 0);
    if (used + size > MAX_LINE_OCTETS) {
      result += `${CRLF} `;
      used = 1;
    }
    result += char;
    used += size;
  }
  return result;
}

/** One property: "NAME;PARAM=…:value", folded, with its line break. */
export function property(name: string, params: readonly string[], value: string): string {
  return foldLine([name, ...params].join(';') + ':' + value) + CRLF;
}
