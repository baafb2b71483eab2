import type { Page } from '../../domain/records';
import type { Board, CurrencySettings, DealDetail, DealListRow, Forecast, LostReason, Pipeline } from '../../domain/sales';
import { endpoint } from '../endpoint';
import { byId, byIds } from '../inputs/common';
import { noInput } from '../inputs/misc';
import {
  baseCurrencyInput,
  boardInput,
  dealContactInput,
  dealContactRemoveInput,
  dealCreateInput,
  dealMoveInput,
  dealListInput,
  dealUpdateInput,
  forecastInput,
  lostReasonsSaveInput,
  pipelineSaveInput,
  rateSaveInput,
} from '../inputs/sales';

/** Pipelines, stages, lost reasons and deals. */
export const salesEndpoints = {
  'pipelines.list': endpoint<Pipeline[]>()(noInput),
  'pipelines.save': endpoint<Pipeline>()(pipelineSaveInput),
  'pipelines.delete': endpoint<{ id: string }>()(byId),
  'lostReasons.list': endpoint<LostReason[]>()(noInput),
  'lostReasons.save': endpoint<LostReason[]>()(lostReasonsSaveInput),

  'deals.create': endpoint<DealDetail>()(dealCreateInput),
  'deals.update': endpoint<DealDetail>()(dealUpdateInput),
  'deals.move': endpoint<DealDetail>()(dealMoveInput),
  'deals.delete': endpoint<{ ids: string[] }>()(byIds),
  'deals.restore': endpoint<{ ids: string[] }>()(byIds),
  'deals.get': endpoint<DealDetail>()(byId),
  'deals.board': endpoint<Board>()(boardInput),
  'deals.list': endpoint<Page<DealListRow>>()(dealListInput),
  'deals.forecast': endpoint<Forecast>()(forecastInput),
  'deals.contacts.add': endpoint<DealDetail>()(dealContactInput),
  'deals.contacts.remove': endpoint<DealDetail>()(dealContactRemoveInput),

  'currency.get': endpoint<CurrencySettings>()(noInput),
  'currency.setBase': endpoint<CurrencySettings>()(baseCurrencyInput),
  'currency.rates.save': endpoint<CurrencySettings>()(rateSaveInput),
  'currency.rates.delete': endpoint<CurrencySettings>()(byId),
} as const;
