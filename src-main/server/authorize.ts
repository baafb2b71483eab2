import { catalogEntry, fieldProblem, type CellValue, type TableCatalogEntry } from '../../src-shared/sync/catalog';
import type { RejectReason, Role, SyncChange } from '../../src-shared/sync/protocol';
import { audienceOf, canSee, scopeProblem, type Viewer } from '../../src-shared/sync/scope';
import type { RowState } from './store/types';

export type Actor = { accountId: string; role: Role; viewer: Viewer };
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
    if (field === entry.scopeField && scopeProblem(value)) return { reason: 'invalid_value', detail: `${change.tbl}: ${scopeProblem(value)}` };
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

  if (entry.adminOnly) return isAdmin ? null : { reason: 'forbidden_table', detail: `only administrators change ${change.tbl}` };
  if (entry.managersOnly && !isManager) return { reason: 'forbidden_table', detail: `only managers and administrators change ${change.tbl}` };
  if (current && !canSee(actor.viewer, audienceOf(change.tbl, current.data))) return { reason: 'forbidden_row', detail: `${change.tbl} outside your scopes` };

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
  const scope = entry.scopeField ? change.changes[entry.scopeField] : undefined;
  if (entry.scopeField && scope !== undefined && scope !== (current?.data[entry.scopeField] ?? null)) {
    // Sharing with a team or territory is for its members; making a record private is its owner's (or a manager's) act.
    const allowed =
      scope === null || scope === '' ? true : scope === 'private' ? isManager || after === actor.accountId : actor.viewer.allGroups || actor.viewer.groups.includes(String(scope));
    if (!allowed) return { reason: 'forbidden_field', detail: `${change.tbl}.${entry.scopeField}` };
  }
  return null;
}
