import { ApiError } from '../../../src-shared/contract/errors';
import type { GroupKind } from '../../../src-shared/contract/inputs/sync';
import type { Group, Groups } from '../../../src-shared/domain/sync';
import { prepared, type ReadDb } from '../../db/handles';

/** Where each kind of group lives: the group table and its membership table. */
export const groupTables = {
  team: { table: 'teams', members: 'team_members', groupColumn: 'team_id' },
  territory: { table: 'territories', members: 'territory_members', groupColumn: 'territory_id' },
} as const;

type GroupRow = { id: string; name: string; regions: string | null };
type MemberRow = { group_id: string; user_id: string; display_name: string | null };

function groupsOf(db: ReadDb, kind: GroupKind, onlyId?: string): Group[] {
  const { table, members, groupColumn } = groupTables[kind];
  const regions = kind === 'territory' ? 'regions' : 'NULL AS regions';
  const rows = prepared(
    db,
    `SELECT id, name, ${regions} FROM ${table} WHERE deleted = 0 ${onlyId ? 'AND id = ?' : ''} ORDER BY name COLLATE NOCASE`,
  ).all(...(onlyId ? [onlyId] : [])) as GroupRow[];
  const memberRows = prepared(
    db,
    `SELECT m.${groupColumn} AS group_id, m.user_id, u.display_name FROM ${members} m LEFT JOIN users u ON u.id = m.user_id
      WHERE m.deleted = 0 ${onlyId ? `AND m.${groupColumn} = ?` : ''} ORDER BY u.display_name COLLATE NOCASE`,
  ).all(...(onlyId ? [onlyId] : [])) as MemberRow[];
  const byGroup = new Map<string, Group['members']>();
  for (const row of memberRows) {
    const list = byGroup.get(row.group_id) ?? [];
    list.push({ id: row.user_id, displayName: row.display_name ?? '' });
    byGroup.set(row.group_id, list);
  }
  return rows.map((row) => ({ id: row.id, kind, name: row.name, regions: row.regions, members: byGroup.get(row.id) ?? [] }));
}

/** Every team and territory with its members (everyone reads them: records are shared with them). */
export function listGroups(db: ReadDb): Groups {
  return { teams: groupsOf(db, 'team'), territories: groupsOf(db, 'territory') };
}

export function getGroup(db: ReadDb, kind: GroupKind, id: string): Group {
  const group = groupsOf(db, kind, id)[0];
  if (!group) throw ApiError.notFound(kind === 'team' ? 'Team' : 'Territory', id);
  return group;
}
