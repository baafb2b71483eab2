import { reasonWeights } from '../../../src-shared/domain/duplicate-score';
import {
  groupKey,
  pairKey,
  type DuplicateDifference,
  type DuplicateEntity,
  type DuplicateGroup,
  type DuplicatePair,
  type DuplicateRecordSummary,
} from '../../../src-shared/domain/duplicates';
import { foldText } from '../../../src-shared/domain/text';
import type { ReadDb } from '../../db/handles';
import { linkWeight } from './linked';
import { recordSummaries } from './summaries';

export type ScoredPair = DuplicatePair;

/** A group holds at most this many records: beyond, a chain of look-alikes is not one record. */
const MAX_GROUP_SIZE = 10;

type Group = { anchor: string; ids: Set<string>; pairs: ScoredPair[]; score: number };

/**
 * Pairs gathered into groups, best pairs first, around the record of each group's best pair:
 * a record joins a group only when it looks like that record itself (a chain of look-alikes —
 * A like B, B like C — is not one person), and a group stays reviewable (MAX_GROUP_SIZE).
 * A record belongs to one group; its other pairs show again once the group is merged.
 */
export function buildGroups(pairs: ScoredPair[]): Group[] {
  const sorted = [...pairs].sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const known = new Set(sorted.map((pair) => pair.key));
  const groupOf = new Map<string, Group>();
  const groups: Group[] = [];
  for (const pair of sorted) {
    const [a, b] = pair.ids;
    const ga = groupOf.get(a);
    const gb = groupOf.get(b);
    if (ga && gb) {
      if (ga === gb) ga.pairs.push(pair);
      continue;
    }
    const group = ga ?? gb;
    if (!group) {
      const created: Group = { anchor: a, ids: new Set([a, b]), pairs: [pair], score: pair.score };
      groups.push(created);
      groupOf.set(a, created);
      groupOf.set(b, created);
      continue;
    }
    const joining = ga ? b : a;
    if (group.ids.size >= MAX_GROUP_SIZE || !known.has(pairKey(group.anchor, joining))) continue;
    group.ids.add(joining);
    groupOf.set(joining, group);
    group.pairs.push(pair);
  }
  return groups;
}

const day = (instant: string | null) => instant?.slice(0, 10) ?? '';

/** Which columns differ between the records. */
export function differencesOf(records: readonly DuplicateRecordSummary[]): DuplicateDifference[] {
  const differs = (value: (record: DuplicateRecordSummary) => string) => new Set(records.map(value)).size > 1;
  const found: DuplicateDifference[] = [];
  if (differs((record) => foldText(record.city ?? ''))) found.push('city');
  if (differs((record) => foldText(record.companyName ?? ''))) found.push('company');
  if (differs((record) => record.owner?.id ?? '')) found.push('owner');
  if (differs((record) => day(record.lastActivityAt))) found.push('lastActivity');
  if (differs((record) => day(record.createdAt))) found.push('created');
  return found;
}

/** Groups as the review list shows them: records with what tells them apart, the suggested survivor first. */
export function describeGroups(db: ReadDb, entity: DuplicateEntity, groups: readonly Group[], now: string): DuplicateGroup[] {
  const summaries = new Map(recordSummaries(db, entity, groups.flatMap((group) => [...group.ids]), now).map((summary) => [summary.id, summary]));
  return groups.flatMap((group) => {
    const weights = new Map([...group.ids].map((id) => [id, linkWeight(db, entity, id)]));
    const records = [...group.ids]
      .flatMap((id) => summaries.get(id) ?? [])
      .sort((a, b) => (weights.get(b.id) ?? 0) - (weights.get(a.id) ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    if (records.length < 2) return [];
    const reasons = [...new Set(group.pairs.flatMap((pair) => pair.reasons))].sort((a, b) => reasonWeights[b] - reasonWeights[a]);
    return [
      {
        key: groupKey(records.map((record) => record.id)),
        entity,
        score: group.score,
        reasons,
        records,
        pairs: [...group.pairs].sort((a, b) => b.score - a.score),
        differences: differencesOf(records),
      },
    ];
  });
}
