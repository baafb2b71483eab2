import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { CurrencySettings, ExchangeRate } from '../../../src-shared/domain/sales';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { serverLink } from '../../sync/state';
import { derivedUuid } from '../common/derived-id';
import { IssueList } from '../common/validation';
import { baseCurrency } from './rates';

/** One rate per currency and day: the same id on every device, so two entries of it merge. */
const rateId = (currency: string, validFrom: string) => derivedUuid(`rate/${currency}/${validFrom}`);

export function currencySettings(db: ReadDb): CurrencySettings {
  const rows = prepared(db, 'SELECT id, currency, valid_from, rate FROM exchange_rates WHERE deleted = 0 ORDER BY currency, valid_from DESC').all() as {
    id: string;
    currency: string;
    valid_from: string;
    rate: string;
  }[];
  const rates: ExchangeRate[] = rows.map((row) => ({ id: row.id, currency: row.currency, validFrom: row.valid_from, rate: row.rate }));
  return { baseCurrency: baseCurrency(db), rates };
}

/**
 * The base currency is an office setting: on a device linked to an office server only its
 * administrators change it (the server refuses anyone else's change); alone, the user decides.
 */
export function setBaseCurrency(core: Core, currency: string): CurrencySettings {
  const link = serverLink(core);
  if (link && link.role !== 'administrator') {
    throw new ApiError({ code: 'forbidden', message: 'Only administrators of the office server change the base currency.' });
  }
  write(core, (tx) => {
    if (prepared(tx.db, "SELECT 1 FROM office_settings WHERE id = 'base_currency'").get()) {
      updateRecord(tx, 'office_settings', 'base_currency', { value: currency, deleted: 0 });
    } else {
      insertRecord(tx, 'office_settings', 'base_currency', { value: currency });
    }
  });
  return currencySettings(core.read);
}

/** Enters (or corrects) the rate of a currency from a date: 1 <base> = rate <currency>. */
export function saveRate(core: Core, input: ApiParsedInput<'currency.rates.save'>): CurrencySettings {
  const issues = new IssueList();
  if (input.currency === baseCurrency(core.read)) issues.add('currency', 'invalid_value', 'the base currency needs no rate');
  issues.throwIfAny();
  const id = rateId(input.currency, input.validFrom);
  write(core, (tx) => {
    if (prepared(tx.db, 'SELECT 1 FROM exchange_rates WHERE id = ?').get(id)) updateRecord(tx, 'exchange_rates', id, { rate: input.rate, deleted: 0 });
    else insertRecord(tx, 'exchange_rates', id, { currency: input.currency, valid_from: input.validFrom, rate: input.rate });
  });
  return currencySettings(core.read);
}

export function deleteRate(core: Core, id: string): CurrencySettings {
  if (!prepared(core.read, 'SELECT 1 FROM exchange_rates WHERE id = ? AND deleted = 0').get(id)) throw ApiError.notFound('Exchange rate', id);
  write(core, (tx) => updateRecord(tx, 'exchange_rates', id, { deleted: 1 }));
  return currencySettings(core.read);
}
