import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { DashboardSubject } from '../../../src-shared/domain/dashboard';
import type { Core } from '../../core/core';
import { prepared } from '../../db/handles';
import { requireRole } from '../common/permissions';

/** Whose figures, and the salespeople they add up (null: everyone). */
export type ResolvedSubject = { subject: DashboardSubject; owners: string[] | null };

/**
 * The user's own dashboard by default; another salesperson's, a team's or the office's for
 * managers and administrators only (on a PC linked to an office server; a PC on its own
 * belongs to its one user, who may see everything).
 */
export function resolveSubject(core: Core, input: ApiParsedInput<'dashboard.get'>): ResolvedSubject {
  const others = input.office || input.teamId !== null || input.ownerIds.some((id) => id !== core.userId);
  if (others) requireRole(core, ['administrator', 'manager'], 'Only managers and administrators see the dashboard of other salespeople, of a team or of the office.');
  if (input.office) return { subject: { kind: 'office', ownerIds: [], teamId: null }, owners: null };
  if (input.teamId !== null) {
    if (!prepared(core.read, 'SELECT 1 FROM teams WHERE id = ? AND deleted = 0').get(input.teamId)) throw ApiError.notFound('Team', input.teamId);
    const members = prepared(core.read, 'SELECT user_id FROM team_members WHERE team_id = ? AND deleted = 0 ORDER BY user_id').pluck().all(input.teamId) as string[];
    return { subject: { kind: 'team', ownerIds: members, teamId: input.teamId }, owners: members };
  }
  if (input.ownerIds.length > 0) {
    const owners = [...new Set(input.ownerIds)];
    return { subject: { kind: owners.length === 1 && owners[0] === core.userId ? 'self' : 'users', ownerIds: owners, teamId: null }, owners };
  }
  return { subject: { kind: 'self', ownerIds: [core.userId], teamId: null }, owners: [core.userId] };
}
