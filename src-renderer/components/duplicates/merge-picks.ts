import type { ApiInput } from '../../../src-shared/contract/api';
import type { ComparedField, DuplicateComparison, MergeChoice, MergeField } from '../../../src-shared/domain/duplicates';
import { defaultMergeChoice, isEmptyValue } from '../../../src-shared/domain/duplicate-merge';

/**
 * The merge dialog works by side — the left record (a) and the right one (b) — since the user
 * may change which record survives after picking values; the contract speaks of the survivor
 * and the merged record. These functions go from one to the other.
 */
export type MergeSide = 'a' | 'b';
export type MergePick = MergeSide | 'both';
export type MergePicks = Partial<Record<MergeField, MergePick>>;

export const otherSide = (side: MergeSide): MergeSide => (side === 'a' ? 'b' : 'a');

export function pickFromChoice(choice: MergeChoice, survivor: MergeSide): MergePick {
  if (choice === 'both') return 'both';
  return choice === 'survivor' ? survivor : otherSide(survivor);
}

export function choiceFromPick(pick: MergePick, survivor: MergeSide): MergeChoice {
  if (pick === 'both') return 'both';
  return pick === survivor ? 'survivor' : 'merged';
}

/** What the field keeps when the user has not chosen: the core's rule (nothing lost), for this survivor. */
export function defaultPick(field: ComparedField, survivor: MergeSide): MergePick {
  const choice = defaultMergeChoice(field.field, field[survivor].value, field[otherSide(survivor)].value);
  return pickFromChoice(choice === 'both' && !field.canKeepBoth ? 'survivor' : choice, survivor);
}

/** The value a field ends with: the user's pick, else the default for this survivor. */
export function effectivePick(field: ComparedField, survivor: MergeSide, picks: MergePicks): MergePick {
  const pick = picks[field.field];
  if (pick === 'both' && !field.canKeepBoth) return defaultPick(field, survivor);
  return pick ?? defaultPick(field, survivor);
}

/** Fields worth a row: not empty on both sides. */
export function shownFields(fields: readonly ComparedField[]): ComparedField[] {
  return fields.filter((field) => !(isEmptyValue(field.a.value) && isEmptyValue(field.b.value)));
}

/**
 * "Keep everything from this one": every field that differs takes that side's value; where that
 * side is empty, the other's value stays, so a blank never wipes out what the other record knew.
 */
export function pickAllFrom(fields: readonly ComparedField[], side: MergeSide): MergePicks {
  const picks: MergePicks = {};
  for (const field of fields) {
    if (field.same) continue;
    picks[field.field] = isEmptyValue(field[side].value) ? otherSide(side) : side;
  }
  return picks;
}

/** Which record a side is, and which one it is merged with. */
export function survivorIds(comparison: DuplicateComparison, survivor: MergeSide): { survivorId: string; mergedId: string } {
  const [a, b] = comparison.records;
  return survivor === 'a' ? { survivorId: a.id, mergedId: b.id } : { survivorId: b.id, mergedId: a.id };
}

/** The side the core suggests keeping (most linked records, then the oldest). */
export function suggestedSide(comparison: DuplicateComparison): MergeSide {
  return comparison.records[1].id === comparison.suggestedSurvivorId ? 'b' : 'a';
}

/**
 * The `duplicates.merge` input: every field that differs with its choice spelled out, so what
 * the core keeps is exactly what the dialog showed.
 */
export function mergeInput(comparison: DuplicateComparison, survivor: MergeSide, picks: MergePicks): ApiInput<'duplicates.merge'> {
  const fields: Partial<Record<MergeField, MergeChoice>> = {};
  for (const field of comparison.fields) {
    if (field.same) continue;
    fields[field.field] = choiceFromPick(effectivePick(field, survivor, picks), survivor);
  }
  const ids = survivorIds(comparison, survivor);
  // The field names come from the comparison of this very entity, so they fit its union branch.
  return { entity: comparison.entity, ...ids, fields } as ApiInput<'duplicates.merge'>;
}
