import { useTranslation } from 'react-i18next';
import { FilterChips, type FilterChip } from '../../components/list/FilterChips';
import { emptyDealLinkedFilters, useDealsListStore } from '../../stores/deals-list-store';
import { usePipelineStore } from '../../stores/pipeline-store';
import { useReferenceStore } from '../../stores/reference-store';

/** The table's filters set by a list opened from elsewhere (a dashboard tile, a report row): shown, and cleared in one click. */
export function DealLinkFilters() {
  const { t } = useTranslation();
  const { status, stageIds, ownerIds, companyId } = useDealsListStore((state) => state.filters);
  const board = usePipelineStore((state) => state.board);
  const users = useReferenceStore((state) => state.users);
  const clear = (patch: Partial<ReturnType<typeof emptyDealLinkedFilters>>) => useDealsListStore.getState().setFilters(patch);
  const chips: FilterChip[] = [];
  if (status) chips.push({ key: 'status', label: t(`dashboard.linked.status.${status}`), onRemove: () => clear({ status: null }) });
  if (stageIds.length > 0) {
    const names = stageIds.map((id) => board?.columns.find((column) => column.stage.id === id)?.stage.name ?? '…').join(', ');
    chips.push({ key: 'stages', label: t('dashboard.linked.stages', { names }), onRemove: () => clear({ stageIds: [] }) });
  }
  if (ownerIds.length > 0) {
    const names = ownerIds.map((id) => users.find((user) => user.id === id)?.displayName ?? '…').join(', ');
    chips.push({ key: 'owners', label: t('dashboard.linked.owners', { names }), onRemove: () => clear({ ownerIds: [] }) });
  }
  if (companyId) chips.push({ key: 'company', label: t('dashboard.linked.company'), onRemove: () => clear({ companyId: null }) });
  return <FilterChips chips={chips} onClearAll={() => clear(emptyDealLinkedFilters())} />;
}
