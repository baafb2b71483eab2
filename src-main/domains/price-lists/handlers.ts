import type { ApiHandlers } from '../../core/dispatch';
import { getPriceList, listPriceLists } from './queries';
import { resolvePrice } from './resolve';
import { assignPriceList, deletePriceList, savePriceList } from './service';

export const priceListHandlers = {
  'priceLists.list': (input, { core }) => listPriceLists(core.read, input),
  'priceLists.get': (input, { core }) => getPriceList(core.read, input.id),
  'priceLists.save': (input, { core }) => savePriceList(core, input),
  'priceLists.delete': (input, { core }) => deletePriceList(core, input.id),
  'priceLists.assign': (input, { core }) => assignPriceList(core, input),
  'prices.resolve': (input, { core }) => resolvePrice(core.read, input),
} satisfies Partial<ApiHandlers>;
