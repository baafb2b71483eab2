/**
 * People's names and lists of values in one cell, as address books and spreadsheets write them.
 */

export type SplitName = { firstName: string | null; lastName: string | null };

const isUpperWord = (word: string) => /\p{Lu}/u.test(word) && word === word.toLocaleUpperCase('fr') && word.replace(/[^\p{L}]/gu, '').length > 1;

/**
 * "Hélène Dupont" → Hélène / Dupont; "DUPONT Hélène" and "Jean-Pierre DE LA FONTAINE" → the
 * words in capitals are the last name; "Dupont, Hélène" → last name before the comma; a single
 * word is a last name. Otherwise the first word is the first name and the rest the last name.
 */
export function splitFullName(text: string): SplitName {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '') return { firstName: null, lastName: null };
  const comma = value.indexOf(',');
  if (comma > 0) {
    const last = value.slice(0, comma).trim();
    const first = value.slice(comma + 1).trim();
    return { firstName: first || null, lastName: last || null };
  }
  const words = value.split(' ');
  if (words.length === 1) return { firstName: null, lastName: value };
  const upper = words.map(isUpperWord);
  if (upper.some(Boolean) && !upper.every(Boolean)) {
    const lastName = words.filter((_, index) => upper[index]).join(' ');
    const firstName = words.filter((_, index) => !upper[index]).join(' ');
    return { firstName, lastName };
  }
  return { firstName: words[0] ?? null, lastName: words.slice(1).join(' ') };
}

/** Several e-mail addresses in one cell: separated by commas, semicolons, spaces or new lines. */
export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^<|>$/g, '').replace(/^mailto:/i, '').trim())
    .filter((part) => part !== '');
}

/**
 * Several phone numbers in one cell: separated by semicolons, commas, slashes, " ou ", " or " or
 * new lines (spaces and dots stay inside a number: "06 12 34 56 78", "06.12.34.56.78").
 */
export function splitPhones(text: string): string[] {
  return text
    .split(/\s*(?:[;,/\n\r]|\s(?:ou|or|et|and)\s)\s*/i)
    .map((part) => part.replace(/^tel:/i, '').trim())
    .filter((part) => part !== '');
}
