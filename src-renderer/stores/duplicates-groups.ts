import { groupKey, type DuplicateGroup, type DuplicatePair, type DuplicateReason, duplicateReasons } from '../../src-shared/domain/duplicates';

/**
 * The review list after the user acts on it, without scanning again: a pair set aside, a record
 * merged away. Pure, so that undoing puts back exactly the groups that were shown.
 */

/** How to put the list back as it was: the groups that replaced the originals, and the originals. */
export type GroupsUndo = { replacedKeys: string[]; originals: DuplicateGroup[] };

const byScore = (a: DuplicateGroup, b: DuplicateGroup) => b.score - a.score;

/** A group with only these pairs, its records those the pairs still join; null when no pair is left. */
function withPairs(group: DuplicateGroup, pairs: readonly DuplicatePair[]): DuplicateGroup | null {
  if (pairs.length === 0) return null;
  const joined = new Set(pairs.flatMap((pair) => pair.ids));
  const records = group.records.filter((record) => joined.has(record.id));
  const reasons = new Set<DuplicateReason>(pairs.flatMap((pair) => pair.reasons));
  return {
    ...group,
    key: groupKey(records.map((record) => record.id)),
    score: Math.max(...pairs.map((pair) => pair.score)),
    reasons: duplicateReasons.filter((reason) => reasons.has(reason)),
    records,
    pairs: [...pairs].sort((a, b) => b.score - a.score),
  };
}

function replaceGroups(groups: readonly DuplicateGroup[], touched: (group: DuplicateGroup) => boolean, change: (group: DuplicateGroup) => DuplicateGroup | null) {
  const originals: DuplicateGroup[] = [];
  const replacedKeys: string[] = [];
  const next: DuplicateGroup[] = [];
  for (const group of groups) {
    if (!touched(group)) {
      next.push(group);
      continue;
    }
    originals.push(group);
    const changed = change(group);
    if (changed) {
      next.push(changed);
      replacedKeys.push(changed.key);
    }
  }
  return { groups: next.sort(byScore), undo: { replacedKeys, originals } };
}

/** The list once a pair is set aside as "not duplicates". */
export function withoutPair(groups: readonly DuplicateGroup[], pairKey: string): { groups: DuplicateGroup[]; undo: GroupsUndo } {
  return replaceGroups(
    groups,
    (group) => group.pairs.some((pair) => pair.key === pairKey),
    (group) => withPairs(group, group.pairs.filter((pair) => pair.key !== pairKey)),
  );
}

/** The list once `mergedId` is merged into another record: it leaves every group, with its pairs. */
export function withoutRecord(groups: readonly DuplicateGroup[], mergedId: string): { groups: DuplicateGroup[]; undo: GroupsUndo } {
  return replaceGroups(
    groups,
    (group) => group.records.some((record) => record.id === mergedId),
    (group) => withPairs(group, group.pairs.filter((pair) => !pair.ids.includes(mergedId))),
  );
}

/** The list with the groups an action changed put back as they were. */
export function restoreGroups(groups: readonly DuplicateGroup[], undo: GroupsUndo): DuplicateGroup[] {
  const originalKeys = new Set(undo.originals.map((group) => group.key));
  const kept = groups.filter((group) => !undo.replacedKeys.includes(group.key) && !originalKeys.has(group.key));
  return [...kept, ...undo.originals].sort(byScore);
}
