import { ListFilter } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BaseFilters } from '../../../src-shared/domain/list-query/list-filters';
import { useReferenceStore } from '../../stores/reference-store';
import { Button } from '../Button';
import { SelectField, TextField } from '../Field';
import { Popover } from '../Popover';
import { DateRangeField } from './DateRangeField';

type FilterPanelProps<F extends BaseFilters> = {
  filters: F;
  activeCount: number;
  onApply: (filters: F) => void;
  onClear: () => void;
  /** The entity's own filters (company for contacts, industry for companies). */
  extra: (draft: F, change: (patch: Partial<F>) => void) => ReactNode;
};

function FilterForm<F extends BaseFilters>({ filters, onApply, onClear, extra, close }: FilterPanelProps<F> & { close: () => void }) {
  const { t } = useTranslation();
  const tags = useReferenceStore((state) => state.tags);
  const users = useReferenceStore((state) => state.users);
  const [draft, setDraft] = useState<F>(filters);
  const change = (patch: Partial<F>) => setDraft((current) => ({ ...current, ...patch }));
  const apply = () => {
    onApply(draft);
    close();
  };
  return (
    <form
      className="filter-panel"
      aria-label={t('filters.title')}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      <div className="filter-grid">
        <SelectField
          label={t('filters.tag')}
          value={draft.tagId ?? ''}
          emptyLabel={t('filters.any')}
          options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
          onChange={(value) => change({ tagId: value || null } as Partial<F>)}
        />
        <SelectField
          label={t('filters.owner')}
          value={draft.ownerId ?? ''}
          emptyLabel={t('filters.anyOwner')}
          options={users.map((user) => ({ value: user.id, label: user.displayName }))}
          onChange={(value) => change({ ownerId: value || null } as Partial<F>)}
        />
        <TextField label={t('filters.city')} value={draft.city} onChange={(city) => change({ city } as Partial<F>)} maxLength={100} />
        {extra(draft, change)}
        <DateRangeField label={t('filters.created')} value={draft.created} onChange={(created) => change({ created } as Partial<F>)} />
        <DateRangeField label={t('filters.updated')} value={draft.updated} onChange={(updated) => change({ updated } as Partial<F>)} />
      </div>
      <div className="filter-actions">
        <Button
          variant="ghost"
          onClick={() => {
            onClear();
            close();
          }}
        >
          {t('filters.clearAll')}
        </Button>
        <Button variant="primary" type="submit">
          {t('common.apply')}
        </Button>
      </div>
    </form>
  );
}

/** The Filters button and its panel; the button shows how many filters are on. */
export function FilterPanel<F extends BaseFilters>(props: FilterPanelProps<F>) {
  const { t } = useTranslation();
  return (
    <Popover
      label={t('filters.title')}
      testId="filters-button"
      buttonClassName={`btn ${props.activeCount > 0 ? 'btn-active' : 'btn-secondary'}`}
      button={
        <>
          <ListFilter size={15} />
          <span className="btn-label">{props.activeCount > 0 ? t('filters.active', { count: props.activeCount }) : t('filters.title')}</span>
        </>
      }
    >
      {(close) => <FilterForm {...props} close={close} />}
    </Popover>
  );
}
