import type { DealFilters } from '../../../src-shared/contract/inputs/sales';
import { type Conditions, placeholders } from '../common/sql';

/** The filters the board, the table and the forecast share, on deals aliased `d`. */
export function addDealFilters(where: Conditions, filters: DealFilters): void {
  if (filters.pipelineId) where.add('d.pipeline_id = ?', filters.pipelineId);
  if (filters.ownerIds?.length) where.in('d.owner_id', filters.ownerIds);
  if (filters.tagIds?.length) {
    where.add(
      `EXISTS (SELECT 1 FROM record_tags rt WHERE rt.entity = 'deal' AND rt.record_id = d.id AND rt.deleted = 0
               AND rt.tag_id IN (${placeholders(filters.tagIds.length)}))`,
      ...filters.tagIds,
    );
  }
  if (filters.closeFrom) where.add('d.expected_close >= ?', filters.closeFrom);
  if (filters.closeTo) where.add('d.expected_close <= ?', filters.closeTo);
  if (filters.minAmountMinor !== undefined) where.add('d.amount_minor >= ?', filters.minAmountMinor);
  if (filters.maxAmountMinor !== undefined) where.add('d.amount_minor <= ?', filters.maxAmountMinor);
}
