import type { TFunction } from 'i18next';
import type { PriceSource } from '../../../src-shared/domain/catalogue';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { Language } from '../../../src-shared/i18n';
import { formatCalendarDate } from '../../lib/format';
import { quantityText } from '../../lib/number-input';

/** Where a line's price comes from, in words ("the client's price list “Morvan 2026”, from 10"). */
export function priceSourceText(t: TFunction, lang: Language, source: PriceSource | null): string {
  if (!source || source.kind === 'manual') return t('quotes.priceSource.manual');
  if (source.kind === 'default') return t('quotes.priceSource.default');
  if (source.kind === 'converted') {
    const rate = source.rates[0];
    return t('quotes.priceSource.converted', { amount: formatMoney(lang, source.fromMinor, source.fromCurrency), date: formatCalendarDate(lang, rate?.validFrom ?? null) });
  }
  const list = t(`quotes.priceSource.${source.kind}`, { name: source.priceListName });
  return source.minQuantityMilli > 0 ? `${list}, ${t('quotes.priceSource.fromQuantity', { quantity: quantityText(lang, source.minQuantityMilli) })}` : list;
}
