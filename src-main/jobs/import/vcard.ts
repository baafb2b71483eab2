/**
 * vCard files (.vcf) as phones and address books export them: 2.1 (Outlook, Android),
 * 3.0 (Apple, Google) and 4.0, one card per contact, read into the same rows as a spreadsheet
 * with fixed columns (`vcardColumns`).
 *
 * Hand-written rather than ical.js, which rejects vCard 2.1: 2.1 has bare parameter types
 * (`TEL;CELL;PREF:`), quoted-printable values with soft line breaks and a CHARSET
 * (`N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dupont;H=C3=A9l=C3=A8ne`), and Outlook writes them
 * all. Lines are unfolded (a line starting with a space or a tab continues the previous one),
 * grouped properties (`item1.EMAIL`, Apple and Google) are read as plain ones, 3.0/4.0 escapes
 * (`\n`, `\,`, `\;`) are undone. Photos, keys and other properties are skipped.
 */
import { decodeCharset, quotedPrintableBytes } from './text-decode';

export const vcardColumns = [
  'fullName',
  'lastName',
  'firstName',
  'civility',
  'company',
  'jobTitle',
  'emailWork',
  'emailHome',
  'emailOther',
  'phoneMobile',
  'phoneWork',
  'phoneHome',
  'phoneFax',
  'phoneOther',
  'address',
  'postcode',
  'city',
  'country',
  'birthday',
  'website',
  'notes',
] as const;
export type VcardColumn = (typeof vcardColumns)[number];

type Property = { name: string; params: Map<string, string[]>; value: string; line: number };

export type Card = { line: number; values: Map<VcardColumn, string[]> };

/** The physical lines of a text, one at a time (never the whole file split at once). */
function* physicalLines(text: string): Generator<string> {
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end += 1;
    yield text.slice(start, end);
    if (end >= text.length) return;
    start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
  }
}

type Logical = { text: string; line: number };

/** Physical lines joined back into logical ones, each with the line it starts on, one at a time. */
function* unfold(text: string): Generator<Logical> {
  let current: Logical | null = null;
  let quotedPrintable = false;
  let quotedPrintableOpen = false;
  let number = 0;
  for (const raw of physicalLines(text)) {
    number += 1;
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
    } else if (current && quotedPrintableOpen) {
      // A quoted-printable soft line break ("=" at the end) joins the next line as it is.
      current.text = `${current.text.slice(0, -1)}${raw}`;
    } else {
      if (current) yield current;
      current = { text: raw, line: number };
      // Read once per property (its name and parameters), not on every continuation line.
      const colon = raw.indexOf(':');
      quotedPrintable = /ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE(?:;|$)/i.test(colon === -1 ? raw : raw.slice(0, colon + 1).replace(/:$/, ''));
    }
    quotedPrintableOpen = quotedPrintable && raw.endsWith('=');
  }
  if (current) yield current;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function parseProperty(logical: Logical): Property | null {
  const colon = (() => {
    let quoted = false;
    for (let i = 0; i < logical.text.length; i++) {
      const char = logical.text[i];
      if (char === '"') quoted = !quoted;
      if (char === ':' && !quoted) return i;
    }
    return -1;
  })();
  if (colon <= 0) return null;
  const [head = '', ...paramTexts] = splitOutsideQuotes(logical.text.slice(0, colon), ';');
  const name = (head.includes('.') ? head.slice(head.lastIndexOf('.') + 1) : head).trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const paramText of paramTexts) {
    const eq = paramText.indexOf('=');
    // vCard 2.1 writes bare types: TEL;CELL;VOICE.
    const key = eq === -1 ? 'TYPE' : paramText.slice(0, eq).trim().toUpperCase();
    const raw = eq === -1 ? paramText : paramText.slice(eq + 1);
    const values = splitOutsideQuotes(raw, ',').map((value) => value.trim().replace(/^"|"$/g, '').toUpperCase());
    if (eq === -1 && ['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B'].includes(values[0] ?? '')) params.set('ENCODING', values);
    else params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: logical.text.slice(colon + 1), line: logical.line };
}

/** The value's text: quoted-printable decoded in its charset. */
function valueText(property: Property): string {
  const encoding = property.params.get('ENCODING')?.[0];
  if (encoding === 'QUOTED-PRINTABLE') return decodeCharset(quotedPrintableBytes(property.value), property.params.get('CHARSET')?.[0]);
  return property.value;
}

/** Components separated by unescaped `;` (N, ADR, ORG), each unescaped. */
function components(text: string, escaped: boolean): string[] {
  if (!escaped) return text.split(';').map((part) => part.trim());
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) {
      const next = text[i + 1] as string;
      current += next === 'n' || next === 'N' ? '\n' : next;
      i += 1;
    } else if (char === ';') {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** A text value: 3.0/4.0 escapes undone (2.1 has none). */
function unescapeText(text: string, escaped: boolean): string {
  if (!escaped) return text.trim();
  return text.replace(/\\([nN,;\\:])/g, (_whole, char: string) => (char === 'n' || char === 'N' ? '\n' : char)).trim();
}

function types(property: Property): Set<string> {
  return new Set((property.params.get('TYPE') ?? []).flatMap((value) => value.split(',')).map((value) => value.trim().toUpperCase()));
}

function emailColumn(property: Property): VcardColumn {
  const kinds = types(property);
  if (kinds.has('WORK')) return 'emailWork';
  if (kinds.has('HOME')) return 'emailHome';
  return 'emailOther';
}

function phoneColumn(property: Property): VcardColumn {
  const kinds = types(property);
  if (kinds.has('FAX')) return 'phoneFax';
  if (kinds.has('CELL') || kinds.has('MOBILE') || kinds.has('IPHONE')) return 'phoneMobile';
  if (kinds.has('WORK')) return 'phoneWork';
  if (kinds.has('HOME')) return 'phoneHome';
  return 'phoneOther';
}


function add(card: Card, column: VcardColumn, value: string | null | undefined): void {
  const text = value?.replace(/\r\n?/g, '\n').trim();
  if (!text) return;
  const list = card.values.get(column) ?? [];
  list.push(text);
  card.values.set(column, list);
}

function readProperty(card: Card, property: Property, escaped: boolean): void {
  const text = valueText(property);
  switch (property.name) {
    case 'FN':
      add(card, 'fullName', unescapeText(text, escaped));
      break;
    case 'N': {
      const [family, given, additional, prefix] = components(text, escaped);
      add(card, 'lastName', family);
      add(card, 'firstName', [given, additional].filter(Boolean).join(' '));
      add(card, 'civility', prefix);
      break;
    }
    case 'ORG':
      add(card, 'company', components(text, escaped)[0]);
      break;
    case 'TITLE':
      add(card, 'jobTitle', unescapeText(text, escaped));
      break;
    case 'EMAIL':
      add(card, emailColumn(property), unescapeText(text, escaped));
      break;
    case 'TEL':
      add(card, phoneColumn(property), unescapeText(text, escaped).replace(/^tel:/i, ''));
      break;
    case 'ADR': {
      if (card.values.has('address') || card.values.has('city') || card.values.has('postcode')) break;
      const [poBox, extended, street, locality, _region, code, country] = components(text, escaped);
      add(card, 'address', [street, extended, poBox].filter(Boolean).join(', ').replace(/\s*\n\s*/g, ', '));
      add(card, 'city', locality);
      add(card, 'postcode', code);
      add(card, 'country', country);
      break;
    }
    case 'BDAY':
      add(card, 'birthday', unescapeText(text, escaped));
      break;
    case 'URL':
      add(card, 'website', unescapeText(text, escaped));
      break;
    case 'NOTE':
      add(card, 'notes', unescapeText(text, escaped));
      break;
  }
}

/**
 * The cards of a vCard file, in order, with the line of their BEGIN:VCARD. `onCard` may throw to
 * stop (the row cap). Returns how many cards were found.
 */
export function readVcards(text: string, onCard: (card: Card) => void): number {
  let card: Card | null = null;
  let version = '3.0';
  let count = 0;
  for (const logical of unfold(text)) {
    const trimmed = logical.text.trim().toUpperCase();
    if (trimmed === 'BEGIN:VCARD') {
      if (card) {
        onCard(card);
        count += 1;
      }
      card = { line: logical.line, values: new Map() };
      version = '3.0';
      continue;
    }
    if (!card) continue;
    if (trimmed === 'END:VCARD') {
      onCard(card);
      count += 1;
      card = null;
      continue;
    }
    const property = parseProperty(logical);
    if (!property) continue;
    if (property.name === 'VERSION') {
      version = property.value.trim();
      continue;
    }
    readProperty(card, property, version !== '2.1');
  }
  // A file cut before its last END:VCARD still gives that card.
  if (card) {
    onCard(card);
    count += 1;
  }
  return count;
}

/** A card's cells in the order of `vcardColumns`: several values of a column joined ("; " for phones, ", " otherwise). */
export function cardCells(card: Card): string[] {
  return vcardColumns.map((column) => {
    const values = card.values.get(column) ?? [];
    if (column === 'notes') return values.join('\n');
    if (column.startsWith('phone')) return values.join('; ');
    if (column.startsWith('email')) return values.join(', ');
    return values[0] ?? '';
  });
}
