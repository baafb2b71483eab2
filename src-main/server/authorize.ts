import { catalogEntry, fieldProblem, type CellValue, type TableCatalogEntry } from '../../src-shared/sync/catalog';
import type { RejectReason, Role, SyncChange } from '../../src-shared/sync/protocol';
import type { RowState } from './store/types';

export type Actor = { accountId: string; role: Role };
export type Refusal = { reason: RejectReason; detail: string };

/** Fields of their own `users` row that anyone may change. */
const selfEditable = new Set(['display_name', 'email']);

function ownerOf(entry: TableCatalogEntry, values: Record<string, CellValue>): string | null {
  const field = entry.visibility.kind === 'private' ? entry.visibility.ownerField : entry.ownerField;
  const owner = field ? values[field] : null;
  return typeof owner === 'string' ? owner : null;
}

/**
 * May this actor make this change to this row (its current server state, if any)? Checks the
 * table, every field's type, the fields a new row needs, and the actor's rights on the row and
 * on the fields it touches. Returns null when allowed.
 */
export function refusalOf(actor: Actor, change: SyncChange, current: RowState | undefined): Refusal | null {
  const entry = catalogEntry(change.tbl);
  if (!entry) return { reason: 'unknown_table', detail: change.tbl };
  for (const [field, value] of Object.entries(change.changes)) {
    const problem = fieldProblem(entry, field, value);
    if (problem) return { reason: 'invalid_value', detail: `${change.tbl}: ${problem}` };
  }
  if (!current) {
    const missing = entry.required.filter((field) => change.changes[field] === undefined || change.changes[field] === null);
    if (missing.length > 0) return { reason: 'invalid_value', detail: `${change.tbl}: a new row needs ${missing.join(', ')}` };
  }
  const isAdmin = actor.role === 'administrator';
  const isManager = isAdmin || actor.role === 'manager';

  if (change.tbl === 'users') {
    if (isAdmin) return null;
    if (change.rowId !== actor.accountId || !current) return { reason: 'forbidden_row', detail: 'only administrators manage users' };
    const other = Object.keys(change.changes).find((field) => !selfEditable.has(field));
    return other ? { reason: 'forbidden_field', detail: `users.${other}` } : null;
  }

  const before = current ? ownerOf(entry, current.data) : null;
  const after = ownerOf(entry, { ...(current?.data ?? {}), ...change.changes });
  if (entry.visibility.kind === 'private') {
    // Private rows (saved views): only their owner writes them, and cannot hand them over.
    if ((current && before !== actor.accountId) || after !== actor.accountId) return { reason: 'forbidden_row', detail: `${change.tbl} of another user` };
    return null;
  }
  if (entry.ownerField && before !== after && !isManager) {
    // A salesperson creates records for themself and may hand over their own; reassigning others' is a manager's act.
    const allowed = current ? before === actor.accountId : after === actor.accountId;
    if (!allowed) return { reason: 'forbidden_field', detail: `${change.tbl}.${entry.ownerField}` };
  }
  return null;
}

/** Who sees a row once the change is merged: null for the whole office, else its owner only. */
export function visibilityOf(tbl: string, data: Record<string, CellValue>): string | null {
  const entry = catalogEntry(tbl);
  if (!entry || entry.visibility.kind === 'office') return null;
  const owner = data[entry.visibility.ownerField];
  return typeof owner === 'string' ? owner : '';
}
