import type {
  DuplicateCandidate,
  DuplicateComparison,
  DuplicateScanResult,
  MergeLogItem,
  MergeResult,
  UndoMergeResult,
} from '../../domain/duplicates';
import { endpoint } from '../endpoint';
import {
  duplicateCheckInput,
  duplicateCompareInput,
  duplicateDismissInput,
  duplicateMergeInput,
  duplicateMergesInput,
  duplicateScanInput,
  duplicateUndoInput,
} from '../inputs/duplicates';

/** Finding and merging duplicate contacts and companies. */
export const duplicateEndpoints = {
  /** Possible matches of a contact or company being typed, best first (fast: called as the user types). */
  'duplicates.check': endpoint<DuplicateCandidate[]>()(duplicateCheckInput),
  /** The whole base: groups of look-alike records, best first, with what tells them apart. A task (scanning). */
  'duplicates.scan': endpoint<DuplicateScanResult>()(duplicateScanInput),
  /** Two records side by side, field by field, with what hangs off each. */
  'duplicates.compare': endpoint<DuplicateComparison>()(duplicateCompareInput),
  /** Merges one record into another: chosen fields, every linked record moved, the merged one deleted. */
  'duplicates.merge': endpoint<MergeResult>()(duplicateMergeInput),
  /** Merges made on this device, newest first. */
  'duplicates.merges': endpoint<MergeLogItem[]>()(duplicateMergesInput),
  'duplicates.undoMerge': endpoint<UndoMergeResult>()(duplicateUndoInput),
  /** "Not duplicates": the scan stops showing the pair on this device (kept locally, not synced). */
  'duplicates.dismiss': endpoint<{ dismissed: boolean }>()(duplicateDismissInput),
} as const;
