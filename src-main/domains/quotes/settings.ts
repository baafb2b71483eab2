import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { logoType } from '../../../src-shared/domain/logo';
import { DEFAULT_VALIDITY_DAYS, type QuoteSettings } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { parseJson } from '../common/json';
import { requireAdministrator } from '../common/permissions';
import { placeholders } from '../common/sql';

/*
 * The letterhead and quote defaults are office settings (synced rows whose id is the setting's
 * name), one row per setting so that two people changing different settings both keep theirs.
 * An empty value means "not set".
 */
const settingIds = {
  sellerName: 'letterhead.seller_name',
  addressLines: 'letterhead.address_lines',
  phone: 'letterhead.phone',
  email: 'letterhead.email',
  website: 'letterhead.website',
  siret: 'letterhead.siret',
  vatNumber: 'letterhead.vat_number',
  logo: 'letterhead.logo',
  defaultTerms: 'quotes.default_terms',
  defaultValidityDays: 'quotes.validity_days',
} as const satisfies Record<keyof QuoteSettings, string>;

type SettingName = keyof typeof settingIds;

export function readQuoteSettings(db: ReadDb): QuoteSettings {
  const ids = Object.values(settingIds);
  const rows = prepared(db, `SELECT id, value FROM office_settings WHERE deleted = 0 AND id IN (${placeholders(ids.length)})`).all(...ids) as { id: string; value: string }[];
  const values = new Map(rows.map((row) => [row.id, row.value]));
  const text = (name: SettingName) => values.get(settingIds[name]) || null;
  const logo = text('logo');
  const type = logo ? logoType(logo) : null;
  const days = Number(text('defaultValidityDays'));
  return {
    sellerName: text('sellerName'),
    addressLines: parseJson<string[]>(text('addressLines'), []),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    siret: text('siret'),
    vatNumber: text('vatNumber'),
    logo: logo && type ? { base64: logo, type } : null,
    defaultTerms: text('defaultTerms'),
    defaultValidityDays: Number.isInteger(days) && days > 0 ? days : DEFAULT_VALIDITY_DAYS,
  };
}

const asValue = (value: string | number | string[] | null): string => (value === null ? '' : Array.isArray(value) ? JSON.stringify(value.filter((line) => line !== '')) : String(value));

/** Saves the settings given (null clears one; those left out are unchanged), in one transaction. */
export function saveQuoteSettings(core: Core, input: ApiParsedInput<'quoteSettings.save'>): QuoteSettings {
  requireAdministrator(core);
  write(core, (tx) => {
    for (const name of Object.keys(settingIds) as SettingName[]) {
      const value = input[name];
      if (value === undefined) continue;
      const id = settingIds[name];
      const exists = prepared(tx.db, 'SELECT 1 FROM office_settings WHERE id = ?').get(id) !== undefined;
      if (exists) updateRecord(tx, 'office_settings', id, { value: asValue(value), deleted: 0 });
      else insertRecord(tx, 'office_settings', id, { value: asValue(value) });
    }
  });
  return readQuoteSettings(core.read);
}
