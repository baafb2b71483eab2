import type { EntityName } from '../../src-shared/contract/events';
import { on } from '../api/client';
import { useCompaniesListStore } from './companies-list-store';
import { useContactsListStore } from './contacts-list-store';
import { useCompanyDetailStore, useContactDetailStore, useDealDetailStore } from './detail-stores';
import { useDealsListStore } from './deals-list-store';
import { usePipelineStore } from './pipeline-store';
import { useProfileStore } from './profile-store';
import { useQuoteEditorStore } from './quote-editor-store';
import { useQuotesStore } from './quotes-store';
import { useReferenceStore } from './reference-store';
import { useTimelineStore } from './timeline-store';
import { useTodayStore } from './today-store';

const pending = new Set<EntityName>();
let timer: number | null = null;
const batchMs = 60;

function apply(entities: ReadonlySet<EntityName>): void {
  const records = entities.has('contact') || entities.has('company') || entities.has('tag');
  if (records) {
    // Rows show company names and tags, details show links both ways: refresh what is shown.
    useContactsListStore.getState().refresh();
    useCompaniesListStore.getState().refresh();
    void useContactDetailStore.getState().reload();
    void useCompanyDetailStore.getState().reload();
  }
  const sales = ['deal', 'pipeline', 'lostReason', 'exchangeRate', 'officeSetting'] as const;
  if (records || sales.some((entity) => entities.has(entity))) {
    // Deals show company and contact names, stages, and totals converted at the office's rates.
    if (entities.has('pipeline')) void usePipelineStore.getState().load();
    else void usePipelineStore.getState().refresh();
    useDealsListStore.getState().refresh();
    usePipelineStore.getState().dealsChanged();
    void useDealDetailStore.getState().reload();
  }
  if (entities.has('quote') || entities.has('officeSetting')) {
    useQuotesStore.getState().changed();
    // A quote open untouched in the editor shows what sync brought; one being edited is left alone.
    void useQuoteEditorStore.getState().reload();
  }
  // Today and timelines show activities, the names of what they link, and records' changes (Today: the user's period too).
  if (records || entities.has('activity') || entities.has('deal')) useTimelineStore.getState().changed();
  if (records || entities.has('activity') || entities.has('deal') || entities.has('profile')) useTodayStore.getState().changed();
  if (entities.has('tag')) void useReferenceStore.getState().loadTags();
  if (entities.has('view')) {
    void useContactsListStore.getState().loadViews();
    void useCompaniesListStore.getState().loadViews();
  }
  if (entities.has('profile')) {
    void useProfileStore.getState().load();
    void useReferenceStore.getState().loadUsers();
  }
  // Members are listed by name: a renamed user changes them too.
  if (entities.has('team') || entities.has('territory') || entities.has('profile')) void useReferenceStore.getState().loadGroups();
}

/**
 * Asks the screens to show fresh data for these entities. Changes arriving together (the
 * core's event and the action that caused it) are applied once.
 */
export function scheduleRefresh(...entities: EntityName[]): void {
  for (const entity of entities) pending.add(entity);
  if (timer !== null) return;
  timer = window.setTimeout(() => {
    timer = null;
    const batch = new Set(pending);
    pending.clear();
    apply(batch);
  }, batchMs);
}

/** Everything may have changed (a restored backup, a reconnection). */
export function refreshEverything(): void {
  scheduleRefresh('contact', 'company', 'tag', 'view', 'profile', 'team', 'territory', 'deal', 'pipeline', 'quote', 'activity');
}

/** Follows the core's `data.changed` events. Returns the function that stops following. */
export function followDataChanges(): () => void {
  return on('data.changed', (payload) => scheduleRefresh(payload.entity));
}
