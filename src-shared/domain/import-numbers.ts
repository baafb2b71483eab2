/**
 * Numbers and dates as people type them in spreadsheets, French first: "1 234,50", "1.234,50",
 * "1,234.50", "31/12/2026", "31 décembre 2026", "2026-12-31", an Excel date. Pure: the import
 * reads cells with these, and a form could too.
 */

/** Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break space, apostrophe. */
const GROUPING = /[\s\u00a0\u202f'’]/g;

/**
 * A decimal number as typed, normalised to "1234.5" (a dot, no grouping, no trailing zeros kept
 * beyond what was typed), or null when it is not one. A currency sign or code around it is
 * allowed ("1 234,50 €", "EUR 12"). With both a comma and a dot, the last one is the decimal
 * separator; with several of one kind, they group thousands; with a single comma, it is the
 * decimal separator (French), unless `commaGroupsThousands` (English files) and three digits
 * follow it.
 */
export function parseDecimal(text: string, options: { commaGroupsThousands?: boolean } = {}): string | null {
  let value = text.trim().replace(/^(?:€|\$|£|eur|usd|gbp|chf)\s*/i, '').replace(/\s*(?:€|\$|£|eur|usd|gbp|chf)$/i, '');
  let negative = false;
  if (/^[-+\u2212]/.test(value)) {
    negative = value[0] !== '+';
    value = value.slice(1);
  }
  value = value.replace(GROUPING, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(value)) return null;
  const commas = value.split(',').length - 1;
  const dots = value.split('.').length - 1;
  let decimalMark: ',' | '.' | null = null;
  if (commas > 0 && dots > 0) decimalMark = value.lastIndexOf(',') > value.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1) decimalMark = options.commaGroupsThousands && /^\d{1,3},\d{3}$/.test(value) ? null : ',';
  else if (dots === 1) decimalMark = '.';
  const at = decimalMark ? value.lastIndexOf(decimalMark) : value.length;
  const whole = value.slice(0, at);
  const fraction = value.slice(at + 1);
  // Grouping marks only in the whole part, between digits; the fraction is digits only.
  if (!/^\d*$/.test(fraction) || /^[.,]|[.,]$|[.,]{2}/.test(whole) || (decimalMark && whole.includes(decimalMark))) return null;
  if (whole.split(/[.,]/).slice(1).some((group) => group.length !== 3)) return null;
  const digits = (whole.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '') || '0') + (fraction ? `.${fraction}` : '');
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

const monthWords: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, feb: 2, february: 2,
  mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, apr: 4, april: 4,
  mai: 5, may: 5,
  juin: 6, jun: 6, june: 6,
  juillet: 7, juil: 7, jul: 7, july: 7,
  aout: 8, aug: 8, august: 8,
  septembre: 9, sept: 9, sep: 9, september: 9,
  octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11,
  decembre: 12, dec: 12, december: 12,
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "2026-12-31" when the day exists, else null. */
export function isoDateOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (birthdays, mostly). */
const fullYear = (text: string): number => (text.length === 2 ? (Number(text) < 30 ? 2000 + Number(text) : 1900 + Number(text)) : Number(text));

/** Days since 30 December 1899: how Excel (and a CSV saved from it) writes dates as numbers. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A calendar date as typed, as "2026-12-31", or null. Day first as in France ("31/12/2026",
 * "31.12.26", "31-12-2026"), unless the first number cannot be a day-of-month and the second can
 * ("12/31/2026" from an American file); ISO ("2026-12-31", with a time after it or not);
 * "20261231"; month names in French and English ("1er janvier 2026", "31 déc. 2026",
 * "December 31, 2026"); an Excel serial number (10000–80000, 1927–2119).
 */
export function parseDate(text: string): string | null {
  const value = fold(text.trim()).replace(/\s+/g, ' ');
  if (value === '') return null;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) return isoDateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3] as string);
    const monthFirst = first > 12 ? false : second > 12;
    return monthFirst ? isoDateOf(year, first, second) : isoDateOf(year, second, first);
  }
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match) return isoDateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4}|\d{2})$/.exec(value);
  if (match && monthWords[match[2] as string]) return isoDateOf(fullYear(match[3] as string), monthWords[match[2] as string] as number, Number(match[1]));
  match = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(value);
  if (match && monthWords[match[1] as string]) return isoDateOf(Number(match[3]), monthWords[match[1] as string] as number, Number(match[2]));
  if (/^\d{5}(?:\.\d+)?$/.test(value)) {
    const serial = Number(value);
    if (serial >= 10_000 && serial <= 80_000) return excelSerialToIsoDate(serial);
  }
  return null;
}
