import type { ScopeRef } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';
import type { IssueList } from './validation';

/** The team or territory a scope names, when it names one: `team:<id>` → ('teams', id). */
function groupOf(scope: string | null | undefined): { table: 'teams' | 'territories'; id: string } | null {
  if (!scope) return null;
  if (scope.startsWith('team:')) return { table: 'teams', id: scope.slice('team:'.length) };
  if (scope.startsWith('territory:')) return { table: 'territories', id: scope.slice('territory:'.length) };
  return null;
}

/** A record shared with a team or a territory needs that group to exist here. */
export function checkScope(db: ReadDb, scope: string | null | undefined, issues: IssueList): void {
  const group = groupOf(scope);
  if (group && !prepared(db, `SELECT 1 FROM ${group.table} WHERE id = ? AND deleted = 0`).get(group.id)) {
    issues.add('scope', 'not_found', 'this team or territory does not exist');
  }
}

/** A record's scope with the name of its group, for record pages. */
export function describeScope(db: ReadDb, scope: string | null): ScopeRef {
  const group = groupOf(scope);
  const groupName = group ? ((prepared(db, `SELECT name FROM ${group.table} WHERE id = ? AND deleted = 0`).pluck().get(group.id) as string | undefined) ?? null) : null;
  return { scope, groupName };
}
