import { convertMinor, isCurrencyCode } from '../../../src-shared/domain/money';
import { prepared, type ReadDb } from '../../db/handles';

type Rate = { validFrom: string; rate: string };

/**
 * Amounts to the office's base currency at the office's dated rates (the latest entered on or
 * before the date, as currency/rates.ts reads them), all rates read once per report. An amount
 * whose currency has no rate at its date is left out and its currency remembered, for the note.
 */
export class BaseConverter {
  readonly missing = new Set<string>();
  private readonly rates = new Map<string, Rate[]>();

  constructor(
    db: ReadDb,
    readonly base: string,
  ) {
    const rows = prepared(db, 'SELECT currency, valid_from, rate FROM exchange_rates WHERE deleted = 0 ORDER BY currency, valid_from').all() as {
      currency: string;
      valid_from: string;
      rate: string;
    }[];
    for (const row of rows) {
      const list = this.rates.get(row.currency) ?? [];
      list.push({ validFrom: row.valid_from, rate: row.rate });
      this.rates.set(row.currency, list);
    }
  }

  private rateOn(currency: string, date: string): string | undefined {
    const list = this.rates.get(currency);
    if (!list) return undefined;
    let found: string | undefined;
    for (const rate of list) {
      if (rate.validFrom > date) break;
      found = rate.rate;
    }
    return found;
  }

  /** `amountMinor` of `currency` in minor units of the base currency at the rate of `date` ('YYYY-MM-DD'); 0 when there is no rate. */
  toBase(amountMinor: number, currency: string, date: string): number {
    if (currency === this.base || amountMinor === 0) return amountMinor;
    const rate = isCurrencyCode(currency) ? this.rateOn(currency, date) : undefined;
    if (!rate) {
      this.missing.add(currency);
      return 0;
    }
    return convertMinor(amountMinor, currency, this.base, rate, 'to-base');
  }
}
