import type { TFunction } from 'i18next';
import type { Language } from '../../../src-shared/i18n';
import type { Tag, UserRef } from '../../../src-shared/domain/records';
import { formatCalendarDate } from '../../lib/format';
import { emptyRange, type BaseFilters, type DayRange } from '../../../src-shared/domain/list-query/list-filters';
import type { FilterChip } from './FilterChips';

function rangeText(t: TFunction, lang: Language, range: DayRange): string {
  const from = formatCalendarDate(lang, range.from);
  const to = formatCalendarDate(lang, range.to);
  if (range.from && range.to) return t('filters.between', { from, to });
  return range.from ? t('filters.since', { date: from }) : t('filters.until', { date: to });
}

/** Chips for the filters every list has (segment, tag, owner, city, dates). */
export function baseFilterChips<F extends BaseFilters>(
  filters: F,
  context: { t: TFunction; lang: Language; tags: readonly Tag[]; users: readonly UserRef[] },
  setFilters: (patch: Partial<F>) => void,
): FilterChip[] {
  const { t, lang, tags, users } = context;
  const chips: FilterChip[] = [];
  if (filters.segment) {
    chips.push({ key: 'segment', label: t('filters.chip', { label: t('segments.filterLabel'), value: filters.segment.name }), onRemove: () => setFilters({ segment: null } as Partial<F>) });
  }
  if (filters.tagId) {
    const tag = tags.find((candidate) => candidate.id === filters.tagId);
    chips.push({ key: 'tag', label: t('filters.chip', { label: t('filters.tag'), value: tag?.name ?? '…' }), onRemove: () => setFilters({ tagId: null } as Partial<F>) });
  }
  if (filters.ownerId) {
    const user = users.find((candidate) => candidate.id === filters.ownerId);
    chips.push({ key: 'owner', label: t('filters.chip', { label: t('filters.owner'), value: user?.displayName ?? '…' }), onRemove: () => setFilters({ ownerId: null } as Partial<F>) });
  }
  if (filters.city.trim()) {
    chips.push({ key: 'city', label: t('filters.chip', { label: t('filters.city'), value: filters.city.trim() }), onRemove: () => setFilters({ city: '' } as Partial<F>) });
  }
  for (const key of ['created', 'updated'] as const) {
    const range = filters[key];
    if (range.from || range.to) {
      chips.push({
        key,
        label: t('filters.chipRange', { label: t(`filters.${key}`), range: rangeText(t, lang, range) }),
        onRemove: () => setFilters({ [key]: { ...emptyRange } } as Partial<F>),
      });
    }
  }
  return chips;
}
