import type { TFunction } from 'i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { Converted } from '../../../src-shared/domain/sales';
import type { Language } from '../../../src-shared/i18n';
import { formatRate, formatShortCalendarDate } from '../../lib/format';

/** Which rates a converted total used and which currencies it left out, in words (a tooltip). */
export function convertedNote(t: TFunction, lang: Language, total: Converted): string {
  const used = total.ratesUsed.map((rate) =>
    t('sales.rateUsed', { base: total.currency, rate: formatRate(lang, rate.rate), currency: rate.currency, date: formatShortCalendarDate(lang, rate.validFrom) }),
  );
  const missing = total.missing.length > 0 ? [t('sales.rateMissing', { currencies: total.missing.join(', ') })] : [];
  return [...used, ...missing].join('\n');
}

export function convertedText(lang: Language, total: Converted): string {
  return formatMoney(lang, total.amountMinor, total.currency);
}
