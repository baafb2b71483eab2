/*
 * Money is an integer count of a currency's minor units (cents for EUR, yen for JPY, fils for
 * KWD) with its ISO 4217 code: never a float. Exchange rates are exact decimals (text, up to 10
 * decimal places) and conversions are done on BigInt, rounded half away from zero once, at the
 * end.
 */

/** ISO 4217 codes the app offers, with their number of decimals (minor units). */
export const currencyDecimals = {
  EUR: 2,
  USD: 2,
  GBP: 2,
  CHF: 2,
  CAD: 2,
  AUD: 2,
  NZD: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  CZK: 2,
  HUF: 2,
  RON: 2,
  BGN: 2,
  TRY: 2,
  CNY: 2,
  HKD: 2,
  SGD: 2,
  INR: 2,
  BRL: 2,
  MXN: 2,
  ZAR: 2,
  MAD: 2,
  DZD: 2,
  EGP: 2,
  AED: 2,
  SAR: 2,
  ILS: 2,
  JPY: 0,
  KRW: 0,
  ISK: 0,
  CLP: 0,
  XOF: 0,
  XAF: 0,
  XPF: 0,
  TND: 3,
  KWD: 3,
  BHD: 3,
  OMR: 3,
  JOD: 3,
} as const satisfies Record<string, 0 | 2 | 3>;

export type CurrencyCode = keyof typeof currencyDecimals;
export const currencyCodes = Object.keys(currencyDecimals) as CurrencyCode[];
export const DEFAULT_CURRENCY: CurrencyCode = 'EUR';

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.prototype.hasOwnProperty.call(currencyDecimals, code);
}

export function decimalsOf(currency: string): number {
  if (!isCurrencyCode(currency)) throw new Error(`Unknown currency: ${currency}`);
  return currencyDecimals[currency];
}

/** An amount in minor units must be a safe integer (±90 trillion cents is far beyond any deal). */
export function isMinorAmount(value: number): boolean {
  return Number.isSafeInteger(value);
}

/** An exact decimal: digits, an optional point and up to 10 decimals (no sign, no exponent). */
export const RATE_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,10})?$/;

type Decimal = { units: bigint; scale: bigint };

function parseDecimal(text: string): Decimal {
  if (!RATE_PATTERN.test(text)) throw new Error(`Not a decimal rate: ${text}`);
  const [whole = '0', fraction = ''] = text.split('.');
  return { units: BigInt(whole + fraction), scale: 10n ** BigInt(fraction.length) };
}

/** numerator / denominator rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new Error('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

export function isValidRate(text: string): boolean {
  return RATE_PATTERN.test(text) && parseDecimal(text).units > 0n;
}

/**
 * Converts an amount with a rate quoted as "1 <base> = rate <other>" (how rates are entered:
 * 1 EUR = 1.0823 USD). `direction` says which way: from the base to the other currency, or back.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string, direction: 'from-base' | 'to-base'): number {
  const { units, scale } = parseDecimal(rate);
  if (units === 0n) throw new Error('A rate cannot be zero');
  const fromFactor = 10n ** BigInt(decimalsOf(from));
  const toFactor = 10n ** BigInt(decimalsOf(to));
  const amount = BigInt(amountMinor);
  // from-base: amount / fromFactor * (units / scale) * toFactor; to-base: amount / fromFactor * (scale / units) * toFactor
  const result =
    direction === 'from-base' ? divideRounded(amount * units * toFactor, scale * fromFactor) : divideRounded(amount * scale * toFactor, units * fromFactor);
  return Number(result);
}

/** A minor amount as an exact decimal string ("1234.50" for 123450 EUR cents; "-7" for -7 JPY). */
export function minorToDecimalString(amountMinor: number, currency: string): string {
  const decimals = decimalsOf(currency);
  const negative = amountMinor < 0;
  const digits = String(Math.abs(amountMinor)).padStart(decimals + 1, '0');
  const whole = decimals === 0 ? digits : digits.slice(0, -decimals);
  const fraction = decimals === 0 ? '' : `.${digits.slice(-decimals)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Which of "," and "." is the decimal separator of a typed number, if any. */
function decimalSeparator(body: string, decimals: number): ',' | '.' | null {
  const commas = body.split(',').length - 1;
  const points = body.split('.').length - 1;
  if (commas > 0 && points > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  const separator = commas > 0 ? ',' : points > 0 ? '.' : null;
  if (separator === null || commas + points > 1) return null;
  // One separator followed by three digits ("1,234", "1.234") groups thousands, unless the currency has three decimals.
  const after = body.length - body.indexOf(separator) - 1;
  return after === 3 && decimals < 3 ? null : separator;
}

/**
 * Reads an amount typed in French or English form ("1 234,50", "1234.5", "1,234.50",
 * "12 000 €") into minor units; null when it is not an amount, or has more decimals than the
 * currency allows.
 */
export function parseAmountToMinor(text: string, currency: string): number | null {
  const decimals = decimalsOf(currency);
  const cleaned = text.trim().replace(/[A-Z]{3}$/i, '').replace(/[\s\u00a0\u202f'’€$£¥]/g, '');
  const match = /^(-?)([\d.,]+)$/.exec(cleaned);
  if (!match) return null;
  const [, sign, body = ''] = match;
  const separator = decimalSeparator(body, decimals);
  const at = separator === null ? -1 : body.lastIndexOf(separator);
  const grouped = at < 0 ? body : body.slice(0, at);
  // Thousands separators, when used, group by three: "1.234.567", "12 345" (spaces are gone already).
  if (/[.,]/.test(grouped) && !/^\d{1,3}([.,]\d{3})+$/.test(grouped)) return null;
  const whole = grouped.replace(/[.,]/g, '');
  const fraction = at < 0 ? '' : body.slice(at + 1);
  if (!/^\d+$/.test(whole || '0') || !/^\d*$/.test(fraction) || fraction.length > decimals) return null;
  const minor = Number(`${whole || '0'}${fraction.padEnd(decimals, '0')}`);
  if (!Number.isSafeInteger(minor)) return null;
  return sign === '-' && minor !== 0 ? -minor : minor;
}
