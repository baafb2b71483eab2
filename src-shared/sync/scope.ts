import { catalogEntry, type CellValue } from './catalog';

/**
 * Who sees a synced row. A row's audience is a set of scope keys: `office` (everyone),
 * `user:<id>` (its owner), `team:<id>`, `territory:<id>`. A record's `scope` field says which:
 * empty = the whole office, `private` = only its owner, `team:<id>` / `territory:<id>` = the
 * members (and the owner, who always sees their own records). Private tables (saved views)
 * are seen by their owner only. The server filters pulls and authorizes pushes with this; the
 * device uses it to drop what it may no longer see.
 */
export const OFFICE = 'office';

export type Viewer = {
  userId: string;
  /** `team:<id>` and `territory:<id>` keys of the viewer's memberships */
  groups: readonly string[];
  /** Administrators see every team's and territory's records (never someone's private ones). */
  allGroups: boolean;
};

const SCOPE_PATTERN = /^(private|(team|territory):[0-9A-Za-z-]{1,64})$/;

/** Why a value cannot be a record's scope, or null when it can (null itself = the office). */
export function scopeProblem(value: CellValue): string | null {
  if (value === null) return null;
  return typeof value === 'string' && SCOPE_PATTERN.test(value) ? null : 'scope must be empty, "private", "team:<id>" or "territory:<id>"';
}

const userKey = (id: CellValue | undefined) => `user:${typeof id === 'string' ? id : ''}`;

/** The scope keys of the people who may see this row. */
export function audienceOf(tbl: string, data: Readonly<Record<string, CellValue>>): string[] {
  const entry = catalogEntry(tbl);
  if (!entry) return [];
  if (entry.visibility.kind === 'private') return [userKey(data[entry.visibility.ownerField])];
  const scope = entry.scopeField ? data[entry.scopeField] : null;
  if (typeof scope !== 'string' || scope === '') return [OFFICE];
  const owner = userKey(entry.ownerField ? data[entry.ownerField] : null);
  return scope === 'private' ? [owner] : [scope, owner];
}

export function canSee(viewer: Viewer, audience: readonly string[]): boolean {
  return audience.some(
    (key) =>
      key === OFFICE ||
      key === `user:${viewer.userId}` ||
      (viewer.allGroups ? key.startsWith('team:') || key.startsWith('territory:') : viewer.groups.includes(key)),
  );
}

/** Audiences are stored and sent as space-separated keys. */
export const joinAudience = (keys: Iterable<string>): string => [...new Set(keys)].sort().join(' ');
export const splitAudience = (text: string): string[] => (text === '' ? [] : text.split(' '));
