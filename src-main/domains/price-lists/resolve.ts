import { ApiError } from '../../../src-shared/contract/errors';
import type { PriceSource, ResolvedPrice } from '../../../src-shared/domain/catalogue';
import { convertAcross } from '../../../src-shared/domain/cross-rate';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency, rateOn, type RateUsed } from '../currency/rates';
import { findProductRow, type ProductDbRow } from '../products/queries';

export type PriceQuery = { productId: string; companyId?: string | null | undefined; currency: string; quantityMilli: number; date: string };

type ItemRow = { unit_price_minor: number; min_quantity_milli: number; price_list_id: string; name: string };

// A list valid on the date (both ends inclusive), its best quantity break for the quantity; should
// two lists overlap after devices synced, the one that started last wins, then the smaller id.
const ITEM_IN_VALID_LIST = `SELECT i.unit_price_minor, i.min_quantity_milli, pl.id AS price_list_id, pl.name
  FROM price_list_items i JOIN price_lists pl ON pl.id = i.price_list_id
 WHERE i.product_id = @productId AND i.deleted = 0 AND pl.deleted = 0 AND pl.currency = @currency
   AND (pl.valid_from IS NULL OR pl.valid_from <= @date) AND (pl.valid_until IS NULL OR pl.valid_until >= @date)
   AND i.min_quantity_milli <= @quantityMilli`;
const BEST_FIRST = 'ORDER BY pl.valid_from IS NULL, pl.valid_from DESC, pl.id, i.min_quantity_milli DESC LIMIT 1';

function fromList(row: ItemRow | undefined, kind: 'company-list' | 'general-list', currency: string): ResolvedPrice | undefined {
  if (!row) return undefined;
  const source: PriceSource = { kind, priceListId: row.price_list_id, priceListName: row.name, minQuantityMilli: row.min_quantity_milli };
  return { found: true, unitPriceMinor: row.unit_price_minor, currency, source };
}

function companyListPrice(db: ReadDb, query: PriceQuery): ResolvedPrice | undefined {
  if (!query.companyId) return undefined;
  const row = prepared(
    db,
    `${ITEM_IN_VALID_LIST} AND pl.general = 0
       AND EXISTS (SELECT 1 FROM price_list_companies pc WHERE pc.price_list_id = pl.id AND pc.company_id = @companyId AND pc.deleted = 0)
     ${BEST_FIRST}`,
  ).get({ ...query, companyId: query.companyId }) as ItemRow | undefined;
  return fromList(row, 'company-list', query.currency);
}

function generalListPrice(db: ReadDb, query: PriceQuery): ResolvedPrice | undefined {
  const { productId, currency, date, quantityMilli } = query;
  const row = prepared(db, `${ITEM_IN_VALID_LIST} AND pl.general = 1 ${BEST_FIRST}`).get({ productId, currency, date, quantityMilli }) as ItemRow | undefined;
  return fromList(row, 'general-list', currency);
}

/** The product's default price, converted with the rates of the date when its currency is another. */
function defaultPrice(db: ReadDb, product: ProductDbRow, query: PriceQuery): ResolvedPrice {
  const { currency, date } = query;
  if (product.default_price_minor === null) return { found: false, currency, reason: 'no-price' };
  if (product.currency === currency) return { found: true, unitPriceMinor: product.default_price_minor, currency, source: { kind: 'default' } };
  const base = baseCurrency(db);
  const needed = [product.currency, currency].filter((code) => code !== base);
  const rates = new Map<string, RateUsed | undefined>(needed.map((code) => [code, rateOn(db, code, date)]));
  const missing = needed.filter((code) => !rates.get(code));
  if (missing.length > 0) return { found: false, currency, reason: 'missing-rate', missingRates: missing };
  const rateOf = (code: string) => rates.get(code)?.rate ?? null;
  const unitPriceMinor = convertAcross(product.default_price_minor, product.currency, rateOf(product.currency), currency, rateOf(currency));
  const used = [...rates.values()].filter((rate): rate is RateUsed => rate !== undefined);
  return { found: true, unitPriceMinor, currency, source: { kind: 'converted', fromMinor: product.default_price_minor, fromCurrency: product.currency, rates: used } };
}

/**
 * The unit price of a product for a quote (see the README, "Price resolution"): the company's
 * own price list, else the general one, valid on the date and in the quote's currency, at the
 * best quantity break; else the product's default price, converted at the date's rates when it
 * is in another currency. An inactive product has no price.
 */
export function resolvePrice(db: ReadDb, query: PriceQuery): ResolvedPrice {
  const product = findProductRow(db, query.productId);
  if (!product || product.deleted === 1) throw ApiError.notFound('Product', query.productId);
  if (product.active === 0) return { found: false, currency: query.currency, reason: 'inactive' };
  return companyListPrice(db, query) ?? generalListPrice(db, query) ?? defaultPrice(db, product, query);
}
