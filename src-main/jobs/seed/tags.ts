import type { TaggableEntity } from '../../../src-shared/contract/inputs/misc';
import { tagAssignmentId } from '../../domains/tags/service';
import type { SeedRecord } from './records';
import type { Rng } from './rng';
import { isoInstant } from './text';

/** How often each tag (by position in `tagDefinitions`) is put on a contact or a company. */
export const recordTagWeights = [25, 25, 5, 6, 5, 10, 3, 15, 6, 8, 4, 2];
/** On deals: "À relancer", "Grand compte", "VIP", the trade show, rather than "Newsletter" or "Presse". */
export const dealTagWeights = [8, 10, 12, 4, 0, 30, 20, 0, 0, 12, 4, 0];

function pickTagIndex(rng: Rng, tagIds: readonly string[], weights: readonly number[]): number {
  const total = tagIds.reduce((sum, _id, i) => sum + (weights[i] ?? 1), 0);
  let roll = rng.next() * total;
  for (let i = 0; i < tagIds.length; i++) {
    roll -= weights[i] ?? 1;
    if (roll < 0) return i;
  }
  return tagIds.length - 1;
}

export type Tagging = { rng: Rng; tagIds: readonly string[]; weights: readonly number[]; share: number };

/** Contacts and companies: 30% tagged, from the main random stream. */
export const recordTagging = (ctx: { rng: Rng; tagIds: readonly string[] }): Tagging => ({ rng: ctx.rng, tagIds: ctx.tagIds, weights: recordTagWeights, share: 0.3 });

/**
 * A share of records (30% of contacts and companies) carry one to three tags. The rows' ids are
 * the app's own ("this tag on this record", derived), so tagging or untagging a seeded record in
 * the app finds them.
 */
export function tagRecords(tagging: Tagging, entity: TaggableEntity, recordId: string, createdMs: number): SeedRecord[] {
  const { rng, tagIds, weights } = tagging;
  if (tagIds.length === 0 || !rng.chance(tagging.share)) return [];
  const count = rng.weighted([
    [1, 70],
    [2, 25],
    [3, 5],
  ] as const);
  const chosen = new Set<number>();
  for (let i = 0; i < count; i++) chosen.add(pickTagIndex(rng, tagIds, weights));
  return [...chosen].map((tagIndex, i) => {
    const tagId = tagIds[tagIndex] ?? '';
    return {
      table: 'record_tags' as const,
      id: tagAssignmentId(entity, recordId, tagId),
      values: { created_at: isoInstant(createdMs + 10 + i), tag_id: tagId, entity, record_id: recordId },
    };
  });
}
