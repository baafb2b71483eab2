import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { PriceList, PriceListItem, PriceListSummary } from '../../../src-shared/domain/catalogue';
import { prepared, type ReadDb } from '../../db/handles';
import { Conditions, placeholders } from '../common/sql';

export type PriceListRow = {
  id: string;
  name: string;
  currency: string;
  valid_from: string | null;
  valid_until: string | null;
  general: number;
  notes: string | null;
  deleted: number;
};

const SUMMARY_SELECT = `SELECT pl.*,
    (SELECT count(*) FROM price_list_items i WHERE i.price_list_id = pl.id AND i.deleted = 0) AS item_count,
    (SELECT count(*) FROM price_list_companies pc WHERE pc.price_list_id = pl.id AND pc.deleted = 0) AS company_count
  FROM price_lists pl`;

type SummaryRow = PriceListRow & { item_count: number; company_count: number };

const toSummary = (row: SummaryRow): PriceListSummary => ({
  id: row.id,
  name: row.name,
  currency: row.currency,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  general: row.general === 1,
  itemCount: row.item_count,
  companyCount: row.general === 1 ? 0 : row.company_count,
});

export function findPriceListRow(db: ReadDb, id: string): PriceListRow | undefined {
  return prepared(db, 'SELECT * FROM price_lists WHERE id = ?').get(id) as PriceListRow | undefined;
}

/** Live price lists, by currency then start of validity; for a company, its own and the general ones. */
export function listPriceLists(db: ReadDb, input: ApiParsedInput<'priceLists.list'>): PriceListSummary[] {
  const where = new Conditions().add('pl.deleted = 0');
  if (input.currency) where.add('pl.currency = ?', input.currency);
  if (input.companyId) {
    where.add(
      '(pl.general = 1 OR EXISTS (SELECT 1 FROM price_list_companies pc WHERE pc.price_list_id = pl.id AND pc.company_id = ? AND pc.deleted = 0))',
      input.companyId,
    );
  }
  const rows = prepared(db, `${SUMMARY_SELECT} ${where.toSql()} ORDER BY pl.currency, pl.valid_from IS NOT NULL, pl.valid_from, pl.name, pl.id`).all(
    ...where.params,
  ) as SummaryRow[];
  return rows.map(toSummary);
}

/** The companies a list is assigned to (live assignments of live companies). */
export function assignedCompanies(db: ReadDb, priceListId: string): { id: string; name: string }[] {
  return prepared(
    db,
    `SELECT co.id, co.name FROM price_list_companies pc JOIN companies co ON co.id = pc.company_id
      WHERE pc.price_list_id = ? AND pc.deleted = 0 AND co.deleted = 0 ORDER BY co.sort_key, co.id`,
  ).all(priceListId) as { id: string; name: string }[];
}

export function getPriceList(db: ReadDb, id: string): PriceList {
  const row = prepared(db, `${SUMMARY_SELECT} WHERE pl.id = ?`).get(id) as SummaryRow | undefined;
  if (!row || row.deleted === 1) throw ApiError.notFound('Price list', id);
  const items = prepared(
    db,
    `SELECT i.product_id, p.reference, p.name, i.min_quantity_milli, i.unit_price_minor
       FROM price_list_items i LEFT JOIN products p ON p.id = i.product_id
      WHERE i.price_list_id = ? AND i.deleted = 0 ORDER BY p.name_key, i.product_id, i.min_quantity_milli`,
  ).all(id) as { product_id: string; reference: string | null; name: string | null; min_quantity_milli: number; unit_price_minor: number }[];
  return {
    ...toSummary(row),
    notes: row.notes,
    items: items.map(
      (item): PriceListItem => ({
        productId: item.product_id,
        productReference: item.reference,
        productName: item.name,
        minQuantityMilli: item.min_quantity_milli,
        unitPriceMinor: item.unit_price_minor,
      }),
    ),
    companies: row.general === 1 ? [] : assignedCompanies(db, id),
  };
}

export type Validity = { validFrom: string | null; validUntil: string | null };

/**
 * A live list of the same currency and the same audience (general lists together; assigned lists
 * sharing a company) whose validity meets this one's, both ends inclusive, when there is one.
 */
export function overlappingList(
  db: ReadDb,
  list: Validity & { id: string | null; currency: string; general: boolean },
  companyIds: readonly string[],
): { id: string; name: string; validFrom: string | null; validUntil: string | null } | undefined {
  const where = new Conditions()
    .add('pl.deleted = 0 AND pl.id IS NOT ? AND pl.currency = ? AND pl.general = ?', list.id, list.currency, list.general ? 1 : 0)
    .add('(pl.valid_from IS NULL OR ? IS NULL OR pl.valid_from <= ?)', list.validUntil, list.validUntil)
    .add('(pl.valid_until IS NULL OR ? IS NULL OR pl.valid_until >= ?)', list.validFrom, list.validFrom);
  if (!list.general) {
    if (companyIds.length === 0) return undefined;
    where.add(`EXISTS (SELECT 1 FROM price_list_companies pc WHERE pc.price_list_id = pl.id AND pc.deleted = 0 AND pc.company_id IN (${placeholders(companyIds.length)}))`, ...companyIds);
  }
  const row = prepared(db, `SELECT pl.id, pl.name, pl.valid_from, pl.valid_until FROM price_lists pl ${where.toSql()} ORDER BY pl.valid_from, pl.id LIMIT 1`).get(
    ...where.params,
  ) as { id: string; name: string; valid_from: string | null; valid_until: string | null } | undefined;
  return row ? { id: row.id, name: row.name, validFrom: row.valid_from, validUntil: row.valid_until } : undefined;
}
