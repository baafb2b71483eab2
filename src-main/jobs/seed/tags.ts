import type { SeedContext } from './context';
import type { SeedRecord } from './records';
import { isoInstant } from './text';

/** How often each tag (by position in `tagDefinitions`) is put on a record. */
const tagWeights = [25, 25, 5, 6, 5, 10, 3, 15, 6, 8, 4, 2];

function pickTagIndex(ctx: SeedContext): number {
  const total = tagWeights.reduce((sum, weight) => sum + weight, 0);
  let roll = ctx.rng.next() * total;
  for (let i = 0; i < ctx.tagIds.length; i++) {
    roll -= tagWeights[i] ?? 1;
    if (roll < 0) return i;
  }
  return ctx.tagIds.length - 1;
}

/** About 30% of records carry one to three tags. */
export function tagRecords(ctx: SeedContext, entity: 'contact' | 'company', recordId: string, createdMs: number): SeedRecord[] {
  const { rng } = ctx;
  if (ctx.tagIds.length === 0 || !rng.chance(0.3)) return [];
  const count = rng.weighted([
    [1, 70],
    [2, 25],
    [3, 5],
  ] as const);
  const chosen = new Set<number>();
  for (let i = 0; i < count; i++) chosen.add(pickTagIndex(ctx));
  return [...chosen].map((tagIndex, i) => {
    const atMs = createdMs + 10 + i;
    return {
      table: 'record_tags' as const,
      id: rng.uuid7(atMs),
      values: { created_at: isoInstant(atMs), tag_id: ctx.tagIds[tagIndex] ?? '', entity, record_id: recordId },
    };
  });
}
