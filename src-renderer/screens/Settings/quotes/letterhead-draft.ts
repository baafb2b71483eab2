import type { ApiInput } from '../../../../src-shared/contract/api';
import type { QuoteSettings } from '../../../../src-shared/domain/quotes';
import type { Logo } from './logo-file';

/** The letterhead form as typed: text fields as strings, the address one line per line. */
export type LetterheadDraft = {
  sellerName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  siret: string;
  vatNumber: string;
  logo: Logo | null;
  defaultTerms: string;
  defaultValidityDays: string;
};

type TextField = 'sellerName' | 'phone' | 'email' | 'website' | 'siret' | 'vatNumber' | 'defaultTerms';
const textFields: readonly TextField[] = ['sellerName', 'phone', 'email', 'website', 'siret', 'vatNumber', 'defaultTerms'];

export function letterheadDraftOf(settings: QuoteSettings): LetterheadDraft {
  return {
    sellerName: settings.sellerName ?? '',
    address: settings.addressLines.join('\n'),
    phone: settings.phone ?? '',
    email: settings.email ?? '',
    website: settings.website ?? '',
    siret: settings.siret ?? '',
    vatNumber: settings.vatNumber ?? '',
    logo: settings.logo,
    defaultTerms: settings.defaultTerms ?? '',
    defaultValidityDays: String(settings.defaultValidityDays),
  };
}

export const addressLinesOf = (address: string): string[] =>
  address
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * What to send: only the fields that differ from the saved settings (the others are left out,
 * so a save never rewrites what it did not change); an emptied field is sent as null.
 */
export function letterheadChanges(draft: LetterheadDraft, saved: QuoteSettings): ApiInput<'quoteSettings.save'> {
  const changes: ApiInput<'quoteSettings.save'> = {};
  for (const field of textFields) {
    const value = draft[field].trim();
    if (value !== (saved[field] ?? '')) changes[field] = value === '' ? null : value;
  }
  const lines = addressLinesOf(draft.address);
  if (JSON.stringify(lines) !== JSON.stringify(saved.addressLines)) changes.addressLines = lines;
  if ((draft.logo?.base64 ?? null) !== (saved.logo?.base64 ?? null)) changes.logo = draft.logo?.base64 ?? null;
  const days = draft.defaultValidityDays.trim() === '' ? Number.NaN : Number(draft.defaultValidityDays);
  if (days !== saved.defaultValidityDays) changes.defaultValidityDays = days;
  return changes;
}
