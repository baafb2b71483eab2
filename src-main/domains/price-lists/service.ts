import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { PriceList } from '../../../src-shared/domain/catalogue';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import type { SyncedTableName } from '../../db/synced-tables';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { derivedUuid } from '../common/derived-id';
import { requireManager } from '../common/permissions';
import { recordExists } from '../common/refs';
import { softDeleteRow } from '../common/soft-delete';
import { IssueList } from '../common/validation';
import { assignedCompanies, findPriceListRow, getPriceList, overlappingList, type Validity } from './queries';

const itemId = (listId: string, productId: string, minQuantityMilli: number) => derivedUuid(`price-list-item/${listId}/${productId}/${minQuantityMilli}`);
const assignmentId = (listId: string, companyId: string) => derivedUuid(`price-list-company/${listId}/${companyId}`);

const period = ({ validFrom, validUntil }: Validity) => `${validFrom ?? '…'} – ${validUntil ?? '…'}`;

/** Two lists that could price the same company in the same currency must not be valid on the same day. */
function checkOverlap(db: ReadDb, list: Validity & { id: string | null; currency: string; general: boolean }, companyIds: string[], path: string, issues: IssueList): void {
  const other = overlappingList(db, list, companyIds);
  if (!other) return;
  const audience = list.general ? 'general price list' : 'price list assigned to the same company';
  issues.add(path, 'overlap', `its validity (${period(list)}) overlaps the ${audience} “${other.name}” (${period(other)}) in ${list.currency}`);
}

/** Writes a join row whose id derives from what it joins: created once, then only its deleted flag changes. */
function setJoinRow(tx: WriteTx, table: SyncedTableName, id: string, values: Record<string, string | number>, live: Record<string, number>): void {
  const exists = prepared(tx.db, `SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  if (exists) updateRecord(tx, table, id, { ...live, deleted: 0 });
  else insertRecord(tx, table, id, { ...values, ...live });
}

/** Creates or replaces a price list with its items (quantity breaks); items left out are removed. */
export function savePriceList(core: Core, input: ApiParsedInput<'priceLists.save'>): PriceList {
  requireManager(core);
  const current = input.id ? findPriceListRow(core.read, input.id) : undefined;
  if (input.id && (!current || current.deleted === 1)) throw ApiError.notFound('Price list', input.id);
  const issues = new IssueList();
  input.items.forEach((item, index) => {
    const product = prepared(core.read, 'SELECT deleted FROM products WHERE id = ?').get(item.productId) as { deleted: number } | undefined;
    if (!product || product.deleted === 1) issues.add(`items.${index}.productId`, 'not_found', 'this product does not exist');
  });
  const validity = { validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null };
  const companyIds = input.id && !input.general ? assignedCompanies(core.read, input.id).map((company) => company.id) : [];
  checkOverlap(core.read, { ...validity, id: input.id ?? null, currency: input.currency, general: input.general }, companyIds, 'validFrom', issues);
  issues.throwIfAny();
  const id = input.id ?? uuidv7();
  write(core, (tx) => {
    const values = { name: input.name, currency: input.currency, valid_from: validity.validFrom, valid_until: validity.validUntil, general: input.general ? 1 : 0, notes: input.notes ?? null };
    if (current) updateRecord(tx, 'price_lists', id, values);
    else insertRecord(tx, 'price_lists', id, values);
    const kept = new Set<string>();
    for (const item of input.items) {
      const rowId = itemId(id, item.productId, item.minQuantityMilli);
      kept.add(rowId);
      setJoinRow(tx, 'price_list_items', rowId, { price_list_id: id, product_id: item.productId, min_quantity_milli: item.minQuantityMilli }, { unit_price_minor: item.unitPriceMinor });
    }
    const existing = prepared(tx.db, 'SELECT id FROM price_list_items WHERE price_list_id = ? AND deleted = 0').pluck().all(id) as string[];
    for (const rowId of existing) if (!kept.has(rowId)) updateRecord(tx, 'price_list_items', rowId, { deleted: 1 });
    // A general list applies to every company: its former assignments go.
    if (input.general) {
      const assignments = prepared(tx.db, 'SELECT id FROM price_list_companies WHERE price_list_id = ? AND deleted = 0').pluck().all(id) as string[];
      for (const rowId of assignments) updateRecord(tx, 'price_list_companies', rowId, { deleted: 1 });
    }
  });
  return getPriceList(core.read, id);
}

/** Assigns a price list to a company, or takes it away (`assigned: false`). */
export function assignPriceList(core: Core, input: ApiParsedInput<'priceLists.assign'>): PriceList {
  requireManager(core);
  const list = findPriceListRow(core.read, input.priceListId);
  if (!list || list.deleted === 1) throw ApiError.notFound('Price list', input.priceListId);
  const issues = new IssueList();
  if (!recordExists(core.read, 'companies', input.companyId)) issues.add('companyId', 'not_found', 'this company does not exist');
  if (list.general === 1) issues.add('priceListId', 'invalid_value', 'a general price list applies to every company already');
  if (input.assigned && list.general === 0) {
    const validity = { validFrom: list.valid_from, validUntil: list.valid_until };
    checkOverlap(core.read, { ...validity, id: list.id, currency: list.currency, general: false }, [input.companyId], 'companyId', issues);
  }
  issues.throwIfAny();
  write(core, (tx) => {
    const id = assignmentId(list.id, input.companyId);
    if (input.assigned) setJoinRow(tx, 'price_list_companies', id, { price_list_id: list.id, company_id: input.companyId }, {});
    else if (prepared(tx.db, 'SELECT 1 FROM price_list_companies WHERE id = ?').get(id)) updateRecord(tx, 'price_list_companies', id, { deleted: 1 });
  });
  return getPriceList(core.read, list.id);
}

export function deletePriceList(core: Core, id: string): { id: string } {
  requireManager(core);
  write(core, (tx) => softDeleteRow(tx, 'price_lists', id, 'Price list'));
  return { id };
}
