import { endpoint } from '../endpoint';
import { byId } from '../inputs/common';
import { segmentListInput, segmentPreviewInput, segmentSaveInput } from '../inputs/segments';
import type { Segment, SegmentPreview } from '../../domain/segments/types';

/** Saved segments: named filters over contacts, companies or deals, built without SQL. */
export const segmentEndpoints = {
  /** The segments the user sees: their own, and those shared with the office (or their team / territory); by name. */
  'segments.list': endpoint<Segment[]>()(segmentListInput),
  'segments.get': endpoint<Segment>()(byId),
  /** Creates (no id) or updates a segment; only its owner, a manager or an administrator updates one. */
  'segments.save': endpoint<Segment>()(segmentSaveInput),
  'segments.delete': endpoint<{ id: string }>()(byId),
  /** How many records a definition (or a saved segment) selects, and the first of them by name. */
  'segments.preview': endpoint<SegmentPreview>()(segmentPreviewInput),
} as const;
