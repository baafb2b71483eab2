import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { DealDetail } from '../../src-shared/domain/sales';
import { invoke } from '../api/client';
import { scheduleRefresh } from './live-updates';
import { attempt, deletionActions } from './record-actions';
import { saveTags, type TagChanges } from './tag-actions';
import { notify } from './toast-store';

/** Creates a deal. Throws the client error, so the form can show field issues. */
export async function createDeal(input: ApiInput<'deals.create'>, options: { quiet?: boolean } = {}): Promise<DealDetail> {
  const deal = await invoke('deals.create', input);
  scheduleRefresh('deal');
  if (!options.quiet) notify(i18next.t('sales.deals.created', { title: deal.title }));
  return deal;
}

export async function updateDeal(input: ApiInput<'deals.update'>, tags: TagChanges): Promise<DealDetail> {
  const deal = await invoke('deals.update', input);
  await saveTags('deal', deal.id, tags);
  scheduleRefresh('deal');
  notify(i18next.t('sales.deals.updated', { title: deal.title }));
  return deal;
}

/** Moves a deal from its detail page (the board moves its cards through its own store). */
export async function moveDeal(input: ApiInput<'deals.move'>): Promise<boolean> {
  const done = await attempt(() => invoke('deals.move', input));
  if (done) scheduleRefresh('deal');
  return done;
}

export async function addDealContact(input: ApiInput<'deals.contacts.add'>): Promise<boolean> {
  const done = await attempt(() => invoke('deals.contacts.add', input));
  if (done) scheduleRefresh('deal');
  return done;
}

export async function removeDealContact(input: ApiInput<'deals.contacts.remove'>): Promise<boolean> {
  const done = await attempt(() => invoke('deals.contacts.remove', input));
  if (done) scheduleRefresh('deal');
  return done;
}

const deletion = deletionActions({
  messages: 'sales.deals',
  deleteRecords: (ids) => invoke('deals.delete', { ids }),
  restoreRecords: (ids) => invoke('deals.restore', { ids }),
  refresh: () => scheduleRefresh('deal'),
});

/** Deletes deals at once, with an Undo in the toast. */
export const deleteDeals = deletion.remove;
