import type { TFunction } from 'i18next';
import type { Language } from '../../../src-shared/i18n';
import { invoke } from '../../api/client';
import type { PickedRecord } from '../../components/RecordPicker';
import { overlappingList, type Validity } from './price-list-draft';
import { validityText } from './validity-text';

type CheckedList = Validity & { id: string | null; currency: string; general: boolean };

/**
 * The core refused a validity that overlaps another list's (field code "overlap"): which list,
 * in words, so the user knows what to change. General lists are compared with the other general
 * lists of the currency; a customer list with the lists of the companies it is given to.
 */
export async function overlapMessage(t: TFunction, lang: Language, list: CheckedList, companies: readonly PickedRecord[]): Promise<string> {
  try {
    if (list.general) {
      const other = overlappingList(list, await invoke('priceLists.list', { currency: list.currency }));
      if (other) return t('catalogue.overlap.general', { name: other.name, period: validityText(t, lang, other), currency: list.currency });
    } else {
      for (const company of companies) {
        const other = overlappingList(list, await invoke('priceLists.list', { currency: list.currency, companyId: company.id }));
        if (other) return t('catalogue.overlap.company', { company: company.name, name: other.name, period: validityText(t, lang, other), currency: list.currency });
      }
    }
  } catch {
    // Naming the other list is a help; the general sentence below still says what is wrong.
  }
  return t('catalogue.overlap.unknown');
}
