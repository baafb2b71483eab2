import { foldWords } from '../../../src-shared/domain/import-choices';
import { parseDecimal } from '../../../src-shared/domain/import-numbers';
import { decimalsOf, isCurrencyCode, type CurrencyCode } from '../../../src-shared/domain/money';

/**
 * The cells of a deals file as salespeople type them, French first: an amount with or without
 * its currency ("12 500,50 €", "EUR 12500.50", an Excel number), a currency ("€", "euros",
 * "USD"), a status in words (gagné, perdu, en cours, won, lost…), a probability (30, 30 %, 0,3).
 * Pure: the core reads cells with these.
 */

/** Currency signs and words, folded (lower case, no accents). */
const currencyWords: Record<string, CurrencyCode> = {
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  $: 'USD',
  'us$': 'USD',
  dollar: 'USD',
  dollars: 'USD',
  'dollar us': 'USD',
  'dollars us': 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  '£': 'GBP',
  livre: 'GBP',
  livres: 'GBP',
  'livre sterling': 'GBP',
  'livres sterling': 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  'pound sterling': 'GBP',
  'franc suisse': 'CHF',
  'francs suisses': 'CHF',
  'swiss franc': 'CHF',
  'swiss francs': 'CHF',
  '¥': 'JPY',
  yen: 'JPY',
  'c$': 'CAD',
  'dollar canadien': 'CAD',
  'dollars canadiens': 'CAD',
};

/** "EUR", "eur", "€", "euros", "Dollars US" → a currency code the app knows, or null. */
export function parseCurrency(text: string): CurrencyCode | null {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (isCurrencyCode(upper)) return upper;
  const word = currencyWords[trimmed.toLowerCase()] ?? currencyWords[foldWords(trimmed)];
  return word ?? null;
}

/** A currency sign or code written before or after the number. */
const LEADING = /^(€|\$|£|¥|[A-Za-z]{3})\s*/;
const TRAILING = /\s*(€|\$|£|¥|[A-Za-z]{3}|euros?)$/i;

const englishCurrencies: ReadonlySet<CurrencyCode> = new Set(['USD', 'GBP', 'CAD', 'AUD']);

/** An amount cell read: a decimal ("12500.50", dot, no grouping) and the currency written with it, if any. */
export type AmountCell = { decimal: string; currency: CurrencyCode | null };

/**
 * "12 500,50 €", "12500.50", "EUR 1,234.50", "1.234,50 EUR", "$1,200" → its decimal and
 * currency; null when it is not a positive amount (or names a currency the app does not know).
 */
export function parseAmountCell(text: string): AmountCell | null {
  let value = text.trim();
  let currency: CurrencyCode | null = null;
  for (const pattern of [LEADING, TRAILING]) {
    const match = pattern.exec(value);
    if (!match) continue;
    const found = parseCurrency(match[1] as string);
    if (!found || currency) return null;
    currency = found;
    value = pattern === LEADING ? value.slice(match[0].length) : value.slice(0, match.index);
  }
  // "$1,200" and "£1,200" are English: their comma groups thousands.
  const decimal = parseDecimal(value, { commaGroupsThousands: currency !== null && englishCurrencies.has(currency) });
  if (decimal === null || decimal.startsWith('-')) return null;
  return { decimal, currency };
}

/** The canonical text of an amount cell, as the import keeps it between reading and checking ("12500.5 EUR", "300"). */
export const amountText = (cell: AmountCell): string => (cell.currency ? `${cell.decimal} ${cell.currency}` : cell.decimal);

/** Back from `amountText`. */
export function amountOfText(text: string): AmountCell {
  const [decimal = '0', currency] = text.split(' ');
  return { decimal, currency: currency && isCurrencyCode(currency) ? currency : null };
}

/**
 * A decimal ("12500.50") in minor units of a currency (1250050 cents), or null when it has more
 * decimals than the currency has (trailing zeros aside) or is too large to count exactly.
 */
export function decimalToMinor(decimal: string, currency: CurrencyCode): number | null {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const digits = fraction.replace(/0+$/, '');
  const decimals = decimalsOf(currency);
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(digits) || digits.length > decimals) return null;
  const minor = Number(`${whole}${digits.padEnd(decimals, '0')}`);
  return Number.isSafeInteger(minor) ? minor : null;
}

export const dealStatusValues = ['open', 'won', 'lost'] as const;
export type DealStatusValue = (typeof dealStatusValues)[number];

/** Status words, folded, in French and English (and the usual exports of other CRMs). */
const statusWords: Record<string, DealStatusValue> = {
  ouvert: 'open',
  ouverte: 'open',
  'en cours': 'open',
  encours: 'open',
  actif: 'open',
  active: 'open',
  'a faire': 'open',
  'en attente': 'open',
  'en negociation': 'open',
  open: 'open',
  opened: 'open',
  'in progress': 'open',
  pending: 'open',
  gagne: 'won',
  gagnee: 'won',
  gagnes: 'won',
  gagnees: 'won',
  signe: 'won',
  signee: 'won',
  conclu: 'won',
  conclue: 'won',
  remporte: 'won',
  remportee: 'won',
  'affaire gagnee': 'won',
  won: 'won',
  win: 'won',
  'closed won': 'won',
  signed: 'won',
  perdu: 'lost',
  perdue: 'lost',
  perdus: 'lost',
  perdues: 'lost',
  abandonne: 'lost',
  abandonnee: 'lost',
  refuse: 'lost',
  refusee: 'lost',
  'sans suite': 'lost',
  'affaire perdue': 'lost',
  lost: 'lost',
  'closed lost': 'lost',
  abandoned: 'lost',
  declined: 'lost',
};

/** "Gagnée", "en cours", "Closed Lost", "won" → the deal's status, or null. */
export function parseDealStatus(text: string): DealStatusValue | null {
  return statusWords[foldWords(text)] ?? null;
}

/**
 * "30", "30 %", "30%", "0,3", "0.3" (Excel's 30 %), "12,5 %" → a whole percent 0–100, or null.
 * A number from 0 to 1 written without "%" is a fraction, as Excel stores percents (30 % is 0.3,
 * 100 % is 1); "1 %" is 1 %.
 */
export function parseProbability(text: string): number | null {
  const trimmed = text.trim();
  const withPercent = /%$/.test(trimmed);
  const decimal = parseDecimal(trimmed.replace(/\s*%$/, ''));
  if (decimal === null || decimal.startsWith('-')) return null;
  const value = Number(decimal);
  const percent = !withPercent && value <= 1 ? value * 100 : value;
  const rounded = Math.round(percent);
  return rounded >= 0 && rounded <= 100 && percent <= 100 ? rounded : null;
}
