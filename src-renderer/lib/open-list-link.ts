import { subDays } from 'date-fns';
import type { ActivityKind } from '../../src-shared/domain/activities';
import { activityKinds } from '../../src-shared/domain/activities';
import type { ListLink } from '../../src-shared/domain/reports/types';
import { invoke } from '../api/client';
import { useAgendaStore } from '../stores/agenda-store';
import { useCompaniesListStore } from '../stores/companies-list-store';
import { useContactsListStore } from '../stores/contacts-list-store';
import { emptyDealLinkedFilters, useDealsListStore } from '../stores/deals-list-store';
import { usePipelineStore } from '../stores/pipeline-store';
import { useProfileStore } from '../stores/profile-store';
import { useReferenceStore } from '../stores/reference-store';
import { notifyError } from '../stores/notify-error';
import { navigate } from '../stores/router-store';
import { civilOfLocal, LIST_DAYS, localOfCivil } from './agenda-dates';

type DealsLink = Extract<ListLink, { list: 'deals' }>;
type ActivitiesLink = Extract<ListLink, { list: 'activities' }>;
type RecordsLink = Extract<ListLink, { list: 'companies' | 'contacts' }>;

/**
 * The deals table of the Pipeline screen with the link's filters: one salesperson and the close
 * range in the filter bar (shared with the board), the status, stages, several salespeople or a
 * company as the table's linked filters (shown above it, cleared in one click).
 */
function openDeals({ filters }: DealsLink): void {
  const owners = filters.ownerIds ?? [];
  const pipeline = usePipelineStore.getState();
  if (filters.pipelineId && filters.pipelineId !== pipeline.pipelineId) pipeline.setPipeline(filters.pipelineId);
  pipeline.clearFilters();
  pipeline.setFilters({ ownerId: owners.length === 1 ? (owners[0] ?? null) : null, closeFrom: filters.closeFrom ?? '', closeTo: filters.closeTo ?? '' });
  pipeline.setView('table');
  useDealsListStore.getState().setFilters({
    ...emptyDealLinkedFilters(),
    q: '',
    status: filters.status ?? null,
    stageIds: filters.stageIds ?? [],
    ownerIds: owners.length > 1 ? owners : [],
    companyId: filters.companyId ?? null,
  });
  navigate({ name: 'deals' });
}

/**
 * Activities open in the agenda's list view from the link's first day, with its kinds and
 * salespeople (everyone's when it names none). Overdue tasks of the user alone are the Today
 * screen's first card; anyone else's show in the list from a month before their last due day.
 */
function openActivities({ filters }: ActivitiesLink): void {
  const me = useProfileStore.getState().profile?.user.id;
  const owners = filters.ownerIds ?? useReferenceStore.getState().users.map((user) => user.id);
  if (filters.overdue && owners.length === 1 && owners[0] === me) {
    navigate({ name: 'today' });
    return;
  }
  const agenda = useAgendaStore.getState();
  const kinds = filters.kinds?.filter((kind): kind is ActivityKind => (activityKinds as readonly string[]).includes(kind));
  agenda.setKinds(kinds && kinds.length > 0 ? kinds : null);
  agenda.setUserIds(owners.length === 1 && owners[0] === me ? null : owners);
  const last = filters.to ? localOfCivil(filters.to) : null;
  const from = filters.from ?? (filters.overdue && last ? civilOfLocal(subDays(last, LIST_DAYS - 1)) : filters.to);
  navigate(from ? { name: 'agenda', view: 'list', date: from } : { name: 'agenda', view: 'list' });
}

/** One record opens its page; several, or a salesperson's or a segment's, the list with that filter. */
async function openRecords(link: RecordsLink): Promise<void> {
  const entity = link.list === 'contacts' ? 'contact' : 'company';
  const ids = link.filters.ids ?? [];
  if (ids.length === 1 && ids[0]) {
    navigate({ name: entity, id: ids[0] });
    return;
  }
  const { segmentId } = link.filters;
  let segment: { id: string; name: string } | null = null;
  try {
    // The segment's chip shows its name.
    if (segmentId) segment = { id: segmentId, name: (await invoke('segments.get', { id: segmentId })).name };
  } catch (error) {
    notifyError(error);
    return;
  }
  const store = link.list === 'contacts' ? useContactsListStore : useCompaniesListStore;
  const owners = link.filters.ownerIds ?? [];
  store.getState().clearFilters();
  store.getState().setFilters({ ...(owners.length === 1 ? { ownerId: owners[0] ?? null } : {}), ...(segment ? { segment } : {}) });
  navigate({ name: link.list });
}

/** Opens the list a dashboard tile or a report row stands for, with its filters set. */
export function openListLink(link: ListLink): void {
  switch (link.list) {
    case 'deals':
      openDeals(link);
      return;
    case 'activities':
      openActivities(link);
      return;
    case 'contacts':
    case 'companies':
      void openRecords(link);
      return;
  }
}
