import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';

export type FilterChip = { key: string; label: string; onRemove: () => void };

/** The active filters as removable chips under the toolbar, and a way to clear them all. */
export function FilterChips({ chips, onClearAll }: { chips: readonly FilterChip[]; onClearAll: () => void }) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <div className="filter-chips" aria-label={t('filters.title')}>
      {chips.map((chip) => (
        <span key={chip.key} className="filter-chip">
          <span className="truncate">{chip.label}</span>
          <button type="button" aria-label={`${t('common.remove')} ${chip.label}`} onClick={chip.onRemove}>
            <X size={12} />
          </button>
        </span>
      ))}
      <button type="button" className="link-button" onClick={onClearAll}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
