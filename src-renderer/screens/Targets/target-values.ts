import type { TFunction } from 'i18next';
import { parseAmountToMinor } from '../../../src-shared/domain/money';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { localeOf, type Language } from '../../../src-shared/i18n';
import type { TargetMetric } from '../../../src-shared/domain/targets';
import { amountInputText } from '../../lib/number-input';
import { formatNumber } from '../../lib/format';

/**
 * A target as typed: amounts in French or English writing ("12 000,50", "12,000.50") in minor
 * units of the base currency, counts as whole numbers. Empty: no target (null); undefined when
 * it cannot be read.
 */
export function parseTarget(text: string, metric: TargetMetric, currency: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (metric === 'won_amount') {
    const minor = parseAmountToMinor(trimmed, currency);
    return minor === null || minor < 0 ? undefined : minor;
  }
  const cleaned = trimmed.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{1,9}$/.test(cleaned) ? Number(cleaned) : undefined;
}

/** A target as the user would type it again. */
export function targetInputText(lang: Language, value: number, metric: TargetMetric, currency: string): string {
  return metric === 'won_amount' ? amountInputText(lang, value, currency) : String(value);
}

/** A figure (target or actual) to read. */
export function formatFigure(lang: Language, value: number, metric: TargetMetric, currency: string): string {
  return metric === 'won_amount' ? formatMoney(lang, value, currency) : formatNumber(lang, value);
}

/** An example of a valid entry, in the user's writing. */
export function exampleOf(lang: Language, metric: TargetMetric, currency: string): string {
  return metric === 'won_amount' ? amountInputText(lang, 1_250_000, currency) : '12';
}

/** A period's column heading: "janv." / "Jan", "T1" / "Q1". */
export function periodLabel(t: TFunction, lang: Language, period: string, long = false): string {
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) return t('targets.quarter', { n: quarter[1] ?? '' });
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf[lang], long ? { month: 'long', year: 'numeric' } : { month: 'short' }).format(new Date(year ?? 1970, (month ?? 1) - 1, 1));
}
