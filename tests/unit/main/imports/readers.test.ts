import { describe, expect, it } from 'vitest';
import { guessSeparator, unneutralised } from '../../../../src-main/jobs/import/csv';
import { decodeText, decodeWindows1252, quotedPrintableBytes } from '../../../../src-main/jobs/import/text-decode';
import { cardCells, readVcards, vcardColumns, type Card } from '../../../../src-main/jobs/import/vcard';
import { isUnsafeEntryName } from '../../../../src-main/jobs/import/zip-limits';

const cards = (text: string): Card[] => {
  const found: Card[] = [];
  readVcards(text, (card) => found.push(card));
  return found;
};
const cell = (card: Card | undefined, column: (typeof vcardColumns)[number]) => (card ? cardCells(card)[vcardColumns.indexOf(column)] : undefined);

describe('text decoding', () => {
  it('tells UTF-8 (with or without BOM), UTF-16 and Windows-1252 apart', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: 'A', encoding: 'utf-8-bom' });
    expect(decodeText(new TextEncoder().encode('Hélène'))).toEqual({ text: 'Hélène', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0xe9, 0x00]))).toEqual({ text: 'Hé', encoding: 'utf-16' });
    expect(decodeText(Uint8Array.from([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65]))).toEqual({ text: 'Hélène', encoding: 'windows-1252' });
  });

  it('decodes the Windows-1252 letters Latin-1 lacks', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x8c, 0x92, 0x9c, 0x85]))).toBe('€Œ’œ…');
  });

  it('decodes quoted-printable with soft line breaks', () => {
    expect(new TextDecoder().decode(quotedPrintableBytes('H=C3=A9l=C3=A8ne =\r\nDupont'))).toBe('Hélène Dupont');
  });
});

describe('the separator of a CSV file', () => {
  it.each([
    ['a;b\n1;2\n', ';'],
    ['a,b,c\n1,2,3', ','],
    ['a\tb\n1\t2\n', '\t'],
    ['a|b\n1|2\n', '|'],
    ['"x;y",b\n"1;2",3\n', ','],
    ['Nom;Adresse\nDupont;"12, rue de la Paix"\nMartin;"3, place Bellecour"\n', ';'],
    ['Nom\nDupont\n', ','],
  ])('%j → %j', (text, separator) => {
    expect(guessSeparator(text)).toBe(separator);
  });
});

describe('vCard reading', () => {
  it('unfolds lines, reads grouped properties and 3.0 escapes', () => {
    const [card] = cards('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Moreau;Chlo\r\n é;;Mme;\r\nitem1.EMAIL;type=INTERNET:chloe@example.fr\r\nNOTE:Un\\, deux\\; trois\\nquatre\r\nEND:VCARD\r\n');
    expect(cell(card, 'firstName')).toBe('Chloé');
    expect(cell(card, 'civility')).toBe('Mme');
    expect(cell(card, 'emailOther')).toBe('chloe@example.fr');
    expect(cell(card, 'notes')).toBe('Un, deux; trois\nquatre');
  });

  it('reads 2.1 bare types and quoted-printable in the named charset', () => {
    const [card] = cards('BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:L=E9vy;Z=F6e\nTEL;CELL;VOICE:0612345678\nTEL;WORK;FAX:0102030405\nEND:VCARD\n');
    expect([cell(card, 'lastName'), cell(card, 'firstName'), cell(card, 'phoneMobile'), cell(card, 'phoneFax')]).toEqual(['Lévy', 'Zöe', '0612345678', '0102030405']);
  });

  it('gives each card the line of its BEGIN, keeps a card cut before its END, and several values of a kind', () => {
    const found = cards('\n\nBEGIN:VCARD\nFN:A\nTEL;TYPE=CELL:1\nTEL;TYPE=CELL:2\nEND:VCARD\nBEGIN:VCARD\nFN:B\n');
    expect(found.map((card) => card.line)).toEqual([3, 8]);
    expect(cell(found[0], 'phoneMobile')).toBe('1; 2');
    expect(cell(found[1], 'fullName')).toBe('B');
  });

  // 100,000 continuation lines: read in linear time (a quadratic reading would never end), under the test's timeout.
  it('reads a long folded photo in linear time and skips it', { timeout: 30_000 }, () => {
    const photo = Array.from({ length: 100_000 }, () => ' /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a').join('\r\n');
    const [card] = cards(`BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Photo\r\nPHOTO;ENCODING=BASE64;JPEG:\r\n${photo}\r\n\r\nEND:VCARD\r\n`);
    expect(cell(card, 'fullName')).toBe('Photo');
  });
});

describe('zip entry names', () => {
  it.each([
    ['xl/worksheets/sheet1.xml', false],
    ['../evil', true],
    ['xl/../../evil', true],
    ['/etc/passwd', true],
    ['C:\\Windows\\evil.dll', true],
    ['xl\\..\\evil', true],
    ['xl/..data/x.xml', false],
  ])('%s unsafe: %s', (name, unsafe) => {
    expect(isUnsafeEntryName(name)).toBe(unsafe);
  });
});

describe('cells an export neutralised', () => {
  it('lose the apostrophe put before a leading = + - @ tab or carriage return, and only that one', () => {
    expect(unneutralised("'+33 6 12 34 56 78")).toBe('+33 6 12 34 56 78');
    expect(unneutralised("'=1+1")).toBe('=1+1');
    expect(unneutralised("'-")).toBe('-');
    expect(unneutralised("'@home")).toBe('@home');
    expect(unneutralised("'tis the season")).toBe("'tis the season");
    expect(unneutralised("'")).toBe("'");
    expect(unneutralised('O’Neil')).toBe('O’Neil');
  });
});
