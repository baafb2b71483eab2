/** Bounds of a segment definition: what the validation refuses beyond. */
export const segmentLimits = {
  /** Nested groups and related groups below the root. */
  maxDepth: 5,
  /** Conditions and related groups in the whole definition. */
  maxConditions: 60,
  /** Children of one group. */
  maxChildren: 30,
  /** Characters of a text value. */
  maxTextLength: 200,
  /** Items of an "in list" value. */
  maxListItems: 500,
  /** Largest absolute number or money amount (minor units) compared. */
  maxNumber: 1_000_000_000_000_000,
  /** Largest "in the last N …". */
  maxRelativeAmount: 10_000,
  /** Characters of a segment's name. */
  maxNameLength: 120,
} as const;
