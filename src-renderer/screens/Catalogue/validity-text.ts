import type { TFunction } from 'i18next';
import type { Language } from '../../../src-shared/i18n';
import { formatShortCalendarDate } from '../../lib/format';
import type { Validity } from './price-list-draft';

/** A price list's validity in words: "du 01/01/2026 au 31/12/2026", "à partir du …", "jusqu’au …", "sans limite de date". */
export function validityText(t: TFunction, lang: Language, { validFrom, validUntil }: Validity): string {
  const from = formatShortCalendarDate(lang, validFrom);
  const until = formatShortCalendarDate(lang, validUntil);
  if (validFrom && validUntil) return t('catalogue.validity.range', { from, until });
  if (validFrom) return t('catalogue.validity.from', { from });
  if (validUntil) return t('catalogue.validity.until', { until });
  return t('catalogue.validity.always');
}
