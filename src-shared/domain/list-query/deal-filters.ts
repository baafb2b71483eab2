import type { DealFilters as DealFiltersInput } from '../../contract/inputs/sales';
import { parseAmountToMinor } from '../money';
import type { PickedSegment } from './list-filters';

/** The board's and the table's filters as the user sets them. Amounts as typed, in the base currency. */
export type DealFilters = {
  ownerId: string | null;
  tagId: string | null;
  closeFrom: string;
  closeTo: string;
  minAmount: string;
  maxAmount: string;
  /** Only the deals of this saved segment. */
  segment: PickedSegment | null;
};

export const emptyDealFilters = (): DealFilters => ({ ownerId: null, tagId: null, closeFrom: '', closeTo: '', minAmount: '', maxAmount: '', segment: null });

/** The filters as the contract's, empty and unreadable values left out. */
export function dealFiltersInput(filters: DealFilters, currency: string): DealFiltersInput {
  const min = filters.minAmount.trim() ? parseAmountToMinor(filters.minAmount, currency) : null;
  const max = filters.maxAmount.trim() ? parseAmountToMinor(filters.maxAmount, currency) : null;
  return {
    ...(filters.ownerId ? { ownerIds: [filters.ownerId] } : {}),
    ...(filters.tagId ? { tagIds: [filters.tagId] } : {}),
    ...(filters.closeFrom ? { closeFrom: filters.closeFrom } : {}),
    ...(filters.closeTo ? { closeTo: filters.closeTo } : {}),
    ...(min !== null && min >= 0 ? { minAmountMinor: min } : {}),
    ...(max !== null && max >= 0 ? { maxAmountMinor: max } : {}),
    ...(filters.segment ? { segmentId: filters.segment.id } : {}),
  };
}

export function dealFilterCount(filters: DealFilters): number {
  return [filters.ownerId, filters.tagId, filters.closeFrom || filters.closeTo, filters.minAmount.trim() || filters.maxAmount.trim(), filters.segment].filter(Boolean).length;
}
