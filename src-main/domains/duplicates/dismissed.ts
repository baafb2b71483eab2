import { pairKey, type DuplicateEntity } from '../../../src-shared/domain/duplicates';
import type { Core } from '../../core/core';
import { getMeta, setMeta } from '../../core/meta';
import { write } from '../../core/transactions';

/*
 * Pairs the user set aside as "not duplicates" are this device's own choice, kept in `meta`
 * (never synced): the scan stops showing them here. A colleague's PC still shows them, which
 * is the safer mistake — a merge is always a person's decision.
 */

const keyOf = (entity: DuplicateEntity) => `duplicates.dismissed.${entity}`;

/** At most this many pairs are remembered per entity (the oldest are forgotten first). */
const MAX_DISMISSED = 20_000;

export function dismissedPairs(core: Core, entity: DuplicateEntity): Set<string> {
  try {
    const stored: unknown = JSON.parse(getMeta(core.db, keyOf(entity)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

export function setDismissed(core: Core, entity: DuplicateEntity, ids: readonly [string, string], dismissed: boolean): { dismissed: boolean } {
  const key = pairKey(ids[0], ids[1]);
  write(core, () => {
    const pairs = dismissedPairs(core, entity);
    pairs.delete(key);
    if (dismissed) pairs.add(key);
    setMeta(core.db, keyOf(entity), JSON.stringify([...pairs].slice(-MAX_DISMISSED)));
  });
  return { dismissed };
}
