import { correctedNow, type Core } from '../../core/core';
import type { ApiHandlers } from '../../core/dispatch';
import { ensureSalesDefaults } from '../pipelines/defaults';
import { getForecast } from './forecast';
import { listDeals } from './list';
import { getBoard, getDealDetail } from './queries';
import { addDealContact, createDeal, moveDeal, removeDealContact, setDealsDeleted, updateDeal } from './service';

/** The calendar date at the office clock (UTC), for dated rates and overdue deals. */
const today = (core: Core): string => new Date(correctedNow(core)).toISOString().slice(0, 10);

export const dealHandlers = {
  'deals.create': (input, { core }) => createDeal(core, input),
  'deals.update': (input, { core }) => updateDeal(core, input),
  'deals.move': (input, { core }) => moveDeal(core, input),
  'deals.delete': (input, { core }) => setDealsDeleted(core, input.ids, true),
  'deals.restore': (input, { core }) => setDealsDeleted(core, input.ids, false),
  'deals.get': (input, { core }) => getDealDetail(core.read, input.id),
  'deals.board': (input, { core }) => {
    ensureSalesDefaults(core);
    return getBoard(core.read, input, today(core));
  },
  'deals.list': (input, { core }) => listDeals(core.read, input),
  'deals.forecast': (input, { core }) => getForecast(core.read, input, today(core)),
  'deals.contacts.add': (input, { core }) => addDealContact(core, input),
  'deals.contacts.remove': (input, { core }) => removeDealContact(core, input),
} satisfies Partial<ApiHandlers>;
