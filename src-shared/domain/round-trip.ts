import type { Language } from '../i18n';

/**
 * The column an export carries record ids in (first column, both languages recognised on the
 * way back), so a list edited in Excel can be imported again as updates of the same records.
 */
export const recordIdHeaders: Record<Language, string> = { fr: 'Identifiant CRM', en: 'CRM id' };

const folded = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
const known = new Set(Object.values(recordIdHeaders).map(folded));

export function isRecordIdHeader(header: string): boolean {
  return known.has(folded(header));
}
