import { dayEndInstant, dayStartInstant } from '../calendar-day';

/** A date range as the user picks it: calendar days "YYYY-MM-DD", empty when open. */
export type DayRange = { from: string; to: string };

/** A saved segment chosen as a filter, with its name for the filter chip. */
export type PickedSegment = { id: string; name: string };

/** Filters every list has; contacts add a company, companies an industry. */
export type BaseFilters = {
  q: string;
  tagId: string | null;
  ownerId: string | null;
  city: string;
  created: DayRange;
  updated: DayRange;
  /** Only the records of this saved segment. */
  segment: PickedSegment | null;
};

export type SortState<F extends string> = { field: F; dir: 'asc' | 'desc' };

export const emptyRange: DayRange = { from: '', to: '' };

export function emptyBaseFilters(): BaseFilters {
  return { q: '', tagId: null, ownerId: null, city: '', created: { ...emptyRange }, updated: { ...emptyRange }, segment: null };
}

/** A day range as the contract's instant range, whole local days included. */
export function rangeInput(range: DayRange): { from?: string; to?: string } | undefined {
  const from = range.from ? dayStartInstant(range.from) : undefined;
  const to = range.to ? dayEndInstant(range.to) : undefined;
  if (!from && !to) return undefined;
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The base filters as the contract's list filters (empty values left out). */
export function baseFiltersInput(filters: BaseFilters) {
  const q = filters.q.trim();
  const city = filters.city.trim();
  const created = rangeInput(filters.created);
  const updated = rangeInput(filters.updated);
  return {
    ...(q ? { q } : {}),
    ...(filters.tagId ? { tagIds: [filters.tagId] } : {}),
    ...(filters.ownerId ? { ownerIds: [filters.ownerId] } : {}),
    ...(city ? { city } : {}),
    ...(created ? { created } : {}),
    ...(updated ? { updated } : {}),
    ...(filters.segment ? { segmentId: filters.segment.id } : {}),
  };
}

function rangeIsSet(range: DayRange): boolean {
  return range.from !== '' || range.to !== '';
}

/** How many filters besides the search text are set (shown on the Filters button). */
export function baseActiveCount(filters: BaseFilters): number {
  return (
    (filters.tagId ? 1 : 0) +
    (filters.ownerId ? 1 : 0) +
    (filters.city.trim() ? 1 : 0) +
    (rangeIsSet(filters.created) ? 1 : 0) +
    (rangeIsSet(filters.updated) ? 1 : 0) +
    (filters.segment ? 1 : 0)
  );
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function readString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readId(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A picked segment read back from a saved view; anything malformed is none. */
export function readSegment(value: unknown): PickedSegment | null {
  const segment = value as { id?: unknown; name?: unknown } | null | undefined;
  return segment && typeof segment.id === 'string' && segment.id !== '' && typeof segment.name === 'string' ? { id: segment.id, name: segment.name } : null;
}

function readRange(value: unknown): DayRange {
  if (typeof value !== 'object' || value === null) return { ...emptyRange };
  const { from, to } = value as { from?: unknown; to?: unknown };
  return {
    from: typeof from === 'string' && dayPattern.test(from) ? from : '',
    to: typeof to === 'string' && dayPattern.test(to) ? to : '',
  };
}

/** Reads base filters back from a saved view; anything malformed is left empty. */
export function readBaseFilters(value: Record<string, unknown>): BaseFilters {
  return {
    q: readString(value.q),
    tagId: readId(value.tagId),
    ownerId: readId(value.ownerId),
    city: readString(value.city),
    created: readRange(value.created),
    updated: readRange(value.updated),
    segment: readSegment(value.segment),
  };
}

export function readSort<F extends string>(value: { field: string; dir: 'asc' | 'desc' }, fields: readonly F[], fallback: SortState<F>): SortState<F> {
  const field = fields.find((candidate) => candidate === value.field);
  return field ? { field, dir: value.dir } : fallback;
}

/** A list's own filters, besides the base ones every list has (contacts: a company; companies: an industry). */
type ExtraFilters<X, I> = {
  empty: () => X;
  /** As the contract's list filters, empty values left out. */
  input: (filters: X) => I;
  activeCount: (filters: X) => number;
  /** Read back from a saved view; anything malformed is left empty. */
  read: (value: Record<string, unknown>) => X;
};

/** A list's filters: the base ones plus its own, and one page of the list as the contract's input. */
export function listQuery<X extends object, I extends object>(extra: ExtraFilters<X, I>) {
  return {
    emptyFilters: (): BaseFilters & X => ({ ...emptyBaseFilters(), ...extra.empty() }),
    listInput: <S>(filters: BaseFilters & X, sort: S, page: { offset: number; limit: number; withTotal: boolean }) => ({
      ...page,
      sort,
      filters: { ...baseFiltersInput(filters), ...extra.input(filters), deleted: false },
    }),
    activeCount: (filters: BaseFilters & X): number => baseActiveCount(filters) + extra.activeCount(filters),
    readFilters: (value: Record<string, unknown>): BaseFilters & X => ({ ...readBaseFilters(value), ...extra.read(value) }),
  };
}

/** A stable key for "same query": a new key means the count and the pages must be fetched anew. */
export function queryKey(filters: unknown, sort: unknown): string {
  return JSON.stringify([filters, sort]);
}
