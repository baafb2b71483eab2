import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import type { DealFilters } from '../../../src-shared/domain/list-query/deal-filters';
import { dealFilterCount } from '../../../src-shared/domain/list-query/deal-filters';
import { useReferenceStore } from '../../stores/reference-store';

type DealFilterBarProps = { filters: DealFilters; currency: string; onChange: (patch: Partial<DealFilters>) => void; onClear: () => void };

/** Owner, close date, tag and amount: the filters the board, the table and the forecast share. */
export function DealFilterBar({ filters, currency, onChange, onClear }: DealFilterBarProps) {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  const tags = useReferenceStore((state) => state.tags);
  return (
    <div className="deal-filters" role="group" aria-label={t('filters.title')}>
      <select className="input select input-sm" value={filters.ownerId ?? ''} onChange={(event) => onChange({ ownerId: event.target.value || null })} aria-label={t('sales.fields.owner')} data-testid="filter-owner">
        <option value="">{t('sales.filters.anyOwner')}</option>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.displayName}
          </option>
        ))}
      </select>
      <select className="input select input-sm" value={filters.tagId ?? ''} onChange={(event) => onChange({ tagId: event.target.value || null })} aria-label={t('detail.tags')} data-testid="filter-tag">
        <option value="">{t('sales.filters.anyTag')}</option>
        {tags.map((tag) => (
          <option key={tag.id} value={tag.id}>
            {tag.name}
          </option>
        ))}
      </select>
      <label className="deal-filter-range">
        <span className="faint small">{t('sales.filters.closeBetween')}</span>
        <input type="date" className="input input-sm" value={filters.closeFrom} onChange={(event) => onChange({ closeFrom: event.target.value })} aria-label={t('sales.filters.closeFrom')} />
        <input type="date" className="input input-sm" value={filters.closeTo} onChange={(event) => onChange({ closeTo: event.target.value })} aria-label={t('sales.filters.closeTo')} />
      </label>
      <label className="deal-filter-range">
        <span className="faint small">{t('sales.filters.amountBetween', { currency })}</span>
        <input className="input input-sm input-amount" inputMode="decimal" value={filters.minAmount} onChange={(event) => onChange({ minAmount: event.target.value })} aria-label={t('sales.filters.minAmount')} data-testid="filter-min-amount" />
        <input className="input input-sm input-amount" inputMode="decimal" value={filters.maxAmount} onChange={(event) => onChange({ maxAmount: event.target.value })} aria-label={t('sales.filters.maxAmount')} />
      </label>
      {filters.segment && (
        <span className="filter-chip" data-testid="deal-segment-chip">
          <span className="truncate">{t('filters.chip', { label: t('segments.filterLabel'), value: filters.segment.name })}</span>
          <button type="button" aria-label={`${t('common.remove')} ${t('filters.chip', { label: t('segments.filterLabel'), value: filters.segment.name })}`} onClick={() => onChange({ segment: null })}>
            <X size={12} />
          </button>
        </span>
      )}
      {dealFilterCount(filters) > 0 && (
        <Button size="sm" variant="ghost" icon={<X size={14} />} onClick={onClear}>
          {t('filters.clearAll')}
        </Button>
      )}
    </div>
  );
}
