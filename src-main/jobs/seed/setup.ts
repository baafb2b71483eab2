import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { insertRecord } from '../../db/write-path';
import { extraUsers, tagDefinitions } from './data/business';
import { weightedTable, type Rng } from './rng';
import { isoInstant } from './text';

export type Owners = { pickOwner: (rng: Rng) => string; userIds: string[]; tagIds: string[] };

/**
 * Creates the extra sales reps and the tags, reusing any that already exist (by e-mail, by name)
 * so that seeding twice does not duplicate them. Most records belong to the local user.
 */
export function ensureOwnersAndTags(core: Core, rng: Rng, createdMs: number): Owners {
  const userIds: string[] = [];
  const tagIds: string[] = [];
  const at = isoInstant(createdMs);
  write(core, (tx) => {
    const findUser = tx.db.prepare('SELECT id FROM users WHERE email = ? AND deleted = 0').pluck();
    const findTag = tx.db.prepare('SELECT id FROM tags WHERE name = ? AND deleted = 0').pluck();
    for (const user of extraUsers) {
      const id = rng.uuid7(createdMs);
      const existing = findUser.get(user.email) as string | undefined;
      if (!existing) insertRecord(tx, 'users', id, { created_at: at, display_name: user.displayName, email: user.email });
      userIds.push(existing ?? id);
    }
    for (const tag of tagDefinitions) {
      const id = rng.uuid7(createdMs);
      const existing = findTag.get(tag.name) as string | undefined;
      if (!existing) insertRecord(tx, 'tags', id, { created_at: at, name: tag.name, color: tag.color });
      tagIds.push(existing ?? id);
    }
  });
  const others = 0.45 / Math.max(1, userIds.length);
  const pickOwner = weightedTable<string>([[core.userId, 0.55], ...userIds.map((id) => [id, others] as const)]);
  return { pickOwner, userIds: [core.userId, ...userIds], tagIds };
}
