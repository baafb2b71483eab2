import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Product, ProductKind } from '../../../src-shared/domain/catalogue';
import type { Page } from '../../../src-shared/domain/records';
import { foldText } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { listPage, rowsInPageOrder } from '../common/paging';
import { Conditions, foldedPrefixPattern } from '../common/sql';

export type ProductDbRow = {
  id: string;
  reference: string;
  name: string;
  description: string | null;
  unit: string | null;
  kind: ProductKind;
  vat_rate_bp: number;
  default_price_minor: number | null;
  currency: string;
  active: number;
  categories: string;
  created_at: string;
  updated_at: string;
  deleted: number;
};

export const productColumns = {
  reference: 'reference',
  name: 'name',
  description: 'description',
  unit: 'unit',
  kind: 'kind',
  vatRateBp: 'vat_rate_bp',
  defaultPriceMinor: 'default_price_minor',
  currency: 'currency',
  active: 'active',
  categories: 'categories',
};

export function productFromRow(row: ProductDbRow): Product {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    description: row.description,
    unit: row.unit,
    kind: row.kind,
    vatRateBp: row.vat_rate_bp,
    defaultPriceMinor: row.default_price_minor,
    currency: row.currency,
    active: row.active === 1,
    categories: parseJson<string[]>(row.categories, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
  };
}

export function findProductRow(db: ReadDb, id: string): ProductDbRow | undefined {
  return prepared(db, 'SELECT * FROM products WHERE id = ?').get(id) as ProductDbRow | undefined;
}

export function getProduct(db: ReadDb, id: string): Product {
  const row = findProductRow(db, id);
  if (!row) throw ApiError.notFound('Product', id);
  return productFromRow(row);
}

/** The live product other than `exceptId` that already has this reference (compared folded: "ABC-1" = "abc-1"). */
export function productWithReference(db: ReadDb, reference: string, exceptId: string | null): { id: string; name: string } | undefined {
  return prepared(db, 'SELECT id, name FROM products WHERE deleted = 0 AND reference_key = ? AND id IS NOT ? LIMIT 1').get(foldText(reference), exceptId) as
    | { id: string; name: string }
    | undefined;
}

type ListInput = ApiParsedInput<'products.list'>;

function listConditions(input: ListInput): Conditions {
  const where = new Conditions().add('p.deleted = ?', input.deleted ? 1 : 0);
  if (input.active !== undefined) where.add('p.active = ?', input.active ? 1 : 0);
  if (input.kind) where.add('p.kind = ?', input.kind);
  if (input.category) where.add('EXISTS (SELECT 1 FROM json_each(p.categories) c WHERE c.value = ?)', input.category);
  const q = foldText(input.q ?? '');
  if (q !== '') {
    const prefix = foldedPrefixPattern(q);
    where.add("(p.reference_key LIKE ? ESCAPE '\\' OR p.name_key LIKE ? ESCAPE '\\' OR p.name_key LIKE ? ESCAPE '\\')", prefix, prefix, `% ${prefix}`);
  }
  return where;
}

/** A page of the catalogue, by name or reference, filtered by text, activity, kind and category. */
export function listProducts(db: ReadDb, input: ListInput): Page<Product> {
  const sortExpr = input.sort.field === 'reference' ? 'p.reference_key' : 'p.name_key';
  const { rowids, total } = listPage(db, { from: 'products p', alias: 'p', sortExpr, dir: input.sort.dir, where: listConditions(input) }, input);
  const rows = rowsInPageOrder<ProductDbRow>(db, 'SELECT p.rowid AS _rowid, p.* FROM products p WHERE p.rowid', rowids);
  return { rows: rows.map(productFromRow), total };
}

/** The categories live products use, with how many products each. */
export function productCategories(db: ReadDb): { name: string; count: number }[] {
  return prepared(
    db,
    'SELECT c.value AS name, count(*) AS count FROM products p, json_each(p.categories) c WHERE p.deleted = 0 GROUP BY c.value ORDER BY c.value',
  ).all() as { name: string; count: number }[];
}
