import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Product } from '../../../src-shared/domain/catalogue';
import { foldText } from '../../../src-shared/domain/text';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import type { ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { requireManager } from '../common/permissions';
import { IssueList } from '../common/validation';
import { baseCurrency } from '../currency/rates';
import { findProductRow, getProduct, productColumns, productWithReference } from './queries';

/** Categories as typed, without repeats ("Formation" and "formation" are one). */
function distinctCategories(categories: string[] | undefined): string[] | undefined {
  if (!categories) return undefined;
  const seen = new Set<string>();
  return categories.filter((category) => {
    const key = foldText(category);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** References are unique among live products: the one already using it is named. */
function checkReference(db: ReadDb, reference: string | undefined, exceptId: string | null, issues: IssueList, path = 'reference'): void {
  if (reference === undefined) return;
  const taken = productWithReference(db, reference, exceptId);
  if (taken) issues.add(path, 'duplicate', `the reference ${reference} is already used by “${taken.name}”`);
}

export function createProduct(core: Core, input: ApiParsedInput<'products.create'>): Product {
  requireManager(core);
  const issues = new IssueList();
  checkReference(core.read, input.reference, null, issues);
  issues.throwIfAny();
  const id = uuidv7();
  const values = toColumns({ ...input, categories: distinctCategories(input.categories) }, productColumns);
  write(core, (tx) => insertRecord(tx, 'products', id, { currency: baseCurrency(core.read), ...values }));
  return getProduct(core.read, id);
}

export function updateProduct(core: Core, input: ApiParsedInput<'products.update'>): Product {
  requireManager(core);
  const current = findProductRow(core.read, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Product', input.id);
  const issues = new IssueList();
  checkReference(core.read, input.patch.reference, input.id, issues);
  issues.throwIfAny();
  const values = toColumns({ ...input.patch, categories: distinctCategories(input.patch.categories) }, productColumns);
  write(core, (tx) => updateRecord(tx, 'products', input.id, values));
  return getProduct(core.read, input.id);
}

/** Soft delete, and restore (its undo): a restored product must not take a reference another product now has. */
export function setProductsDeleted(core: Core, ids: string[], deleted: boolean): { ids: string[] } {
  requireManager(core);
  const issues = new IssueList();
  const rows = ids.map((id, index) => {
    const row = findProductRow(core.read, id);
    if (!row) throw ApiError.notFound('Product', id);
    if (!deleted) checkReference(core.read, row.reference, id, issues, `ids.${index}`);
    return row;
  });
  issues.throwIfAny();
  return {
    ids: write(core, (tx) => rows.filter((row) => updateRecord(tx, 'products', row.id, { deleted: deleted ? 1 : 0 }).length > 0).map((row) => row.id)),
  };
}
