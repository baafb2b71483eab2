/**
 * The quick log's reading of a line: the text as typed, a folded copy of the same length (lower
 * case, no accents, typographic quotes and dashes made plain) that the vocabularies match
 * against, and which characters have been understood. What is left over becomes the subject.
 */

/**
 * A whole word or phrase: not preceded nor followed by a letter or a digit, nor glued to a
 * number by a separator ("12" is not a word of "31/12", nor of "2027-12-31").
 */
export function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[/.,:-])(?:${source})(?![\\p{L}\\p{N}]|[/.,:-]\\p{N})`, 'gu');
}

const plainChars: Record<string, string> = { '’': "'", '‘': "'", '`': "'", 'ʼ': "'", '–': '-', '—': '-', '‑': '-', '\u00a0': ' ', '\u202f': ' ', '\t': ' ', '\n': ' ', '\r': ' ' };

/** One character folded to one character, so that positions match the original. */
function foldChar(char: string): string {
  const plain = plainChars[char];
  if (plain !== undefined) return plain;
  if (char < '\u0080') return char.toLowerCase();
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (base.length === 1) return base;
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

export function foldKeepingLength(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) folded += foldChar(text.charAt(index));
  return folded;
}

export type Span = { start: number; end: number };

/** Punctuation between clauses: where a fragment of leftover text stops. */
const clausePunctuation = new Set([',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '«', '»', '|']);

export class Scan {
  readonly original: string;
  readonly folded: string;
  private readonly used: Uint8Array;

  constructor(text: string) {
    this.original = text;
    this.folded = foldKeepingLength(text);
    this.used = new Uint8Array(text.length);
  }

  get length(): number {
    return this.original.length;
  }

  isFree(start: number, end: number): boolean {
    for (let index = start; index < end; index += 1) if (this.used[index]) return false;
    return true;
  }

  /** Marks characters as understood (they leave the subject). */
  take(start: number, end: number): void {
    this.used.fill(1, Math.max(0, start), Math.min(this.length, end));
  }

  /**
   * The first match of `pattern` (global, run on the folded text) inside the span that touches
   * no character understood already, or null.
   */
  find(pattern: RegExp, span: Span): RegExpExecArray | null {
    pattern.lastIndex = span.start;
    for (;;) {
      const match = pattern.exec(this.folded);
      if (!match || match.index >= span.end) return null;
      const end = match.index + match[0].length;
      if (match[0].length > 0 && end <= span.end && this.isFree(match.index, end)) return match;
      pattern.lastIndex = match.index + 1;
    }
  }

  /** Finds and takes a match. */
  takeMatch(pattern: RegExp, span: Span): RegExpExecArray | null {
    const match = this.find(pattern, span);
    if (match) this.take(match.index, match.index + match[0].length);
    return match;
  }

  /**
   * The runs of text not understood yet inside a span, cut at understood characters and at
   * clause punctuation, without their surrounding spaces.
   */
  fragments(span: Span): Span[] {
    const result: Span[] = [];
    let start = -1;
    const close = (end: number) => {
      if (start < 0) return;
      let from = start;
      let to = end;
      while (from < to && /\s/u.test(this.original.charAt(from))) from += 1;
      while (to > from && /\s/u.test(this.original.charAt(to - 1))) to -= 1;
      if (to > from) result.push({ start: from, end: to });
      start = -1;
    };
    for (let index = span.start; index < span.end; index += 1) {
      if (this.used[index] === 1 || this.isClauseBreak(index)) close(index);
      else if (start < 0) start = index;
    }
    close(span.end);
    return result;
  }

  /** A comma, a full stop before a space, a dash between spaces… */
  isClauseBreak(index: number): boolean {
    const char = this.folded.charAt(index);
    if (clausePunctuation.has(char)) return true;
    const spaceAround = (offset: number) => index + offset < 0 || index + offset >= this.length || this.folded.charAt(index + offset) === ' ';
    if (char === '.') return spaceAround(1) && !this.followsAbbreviation(index);
    return char === '-' && spaceAround(-1) && spaceAround(1);
  }

  /** "M. Dupont", "Dr. Martin": a full stop after a short capitalised word does not end a clause. */
  private followsAbbreviation(index: number): boolean {
    const before = this.original.slice(Math.max(0, index - 4), index);
    return /(?:^|\s)\p{Lu}\p{L}{0,2}$/u.test(before);
  }

  /** The text of a span as typed. */
  text(span: Span): string {
    return this.original.slice(span.start, span.end);
  }
}
