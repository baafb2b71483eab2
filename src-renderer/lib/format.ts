import { parseCalendarDate } from '../../src-shared/domain/calendar-day';
import { formatDistance } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { localeOf, type Language } from '../../src-shared/i18n';
import { formatPhoneNational } from '../../src-shared/domain/phone';

const dateFnsLocale = { fr, en: enGB } as const;
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** Intl formatters are costly to build: one per language and options, kept. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, build: () => F): F {
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = build();
    formatters.set(key, format);
  }
  return format;
}

function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d:${lang}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(localeOf[lang], options));
}

function numberFormat(lang: Language, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(localeOf[lang], options));
}

function toDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant as a short date in the user's time zone: "12/03/2026". */
export function formatShortDate(lang: Language, iso: string | null | undefined): string {
  const date = iso ? toDate(iso) : null;
  return date ? dateFormat(lang, { dateStyle: 'short' }).format(date) : '';
}

/** An instant with date and time: "12 mars 2026 à 14:05" / "12 Mar 2026, 14:05". */
export function formatDateTime(lang: Language, iso: string | null | undefined): string {
  const date = iso ? toDate(iso) : null;
  return date ? dateFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date) : '';
}

/** A calendar date ("2026-03-12") read as written: "12 mars 2026" / "12 March 2026". */
export function formatCalendarDate(lang: Language, value: string | null | undefined): string {
  const date = value ? parseCalendarDate(value) : null;
  return date ? dateFormat(lang, { dateStyle: 'long' }).format(date) : (value ?? '');
}

/** "il y a 2 jours" / "2 days ago", "dans 3 heures" / "in 3 hours". */
export function formatRelative(lang: Language, iso: string | null | undefined, now: Date = new Date()): string {
  const date = iso ? toDate(iso) : null;
  if (!date) return '';
  // "now" may lag a few seconds behind a record just saved: that is not "in a minute".
  const reference = date.getTime() > now.getTime() && date.getTime() - now.getTime() < 60_000 ? date : now;
  return formatDistance(date, reference, { addSuffix: true, locale: dateFnsLocale[lang] });
}

export function formatNumber(lang: Language, value: number): string {
  return numberFormat(lang).format(value);
}

/** 1536 → "1,5 Ko" / "1.5 kB". */
export function formatBytes(lang: Language, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Whole years between a birthday and today. */
export function ageOn(birthday: string, today: Date = new Date()): number | null {
  const date = parseCalendarDate(birthday);
  if (!date) return null;
  let age = today.getFullYear() - date.getFullYear();
  const beforeBirthday =
    today.getMonth() < date.getMonth() || (today.getMonth() === date.getMonth() && today.getDate() < date.getDate());
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : null;
}

/** A stored E.164 number in its national format: "+33612345678" → "06 12 34 56 78". */
const formattedPhones = new Map<string, string>();

/** A stored E.164 number as written in its country; kept, as long lists show the same numbers again while scrolling. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '';
  let formatted = formattedPhones.get(e164);
  if (formatted === undefined) {
    if (formattedPhones.size >= 5_000) formattedPhones.clear();
    formatted = formatPhoneNational(e164);
    formattedPhones.set(e164, formatted);
  }
  return formatted;
}

/** A calendar date ("2026-03-12") short: "12/03/2026" / "12/03/2026". */
export function formatShortCalendarDate(lang: Language, value: string | null | undefined): string {
  const date = value ? parseCalendarDate(value) : null;
  return date ? dateFormat(lang, { dateStyle: 'short' }).format(date) : (value ?? '');
}

/** "1 EUR = 1,0823 USD" style decimal rate in the user's format, exact (the text is not a float). */
export function formatRate(lang: Language, rate: string): string {
  return lang === 'fr' ? rate.replace('.', ',') : rate;
}

export { parseCalendarDate };
