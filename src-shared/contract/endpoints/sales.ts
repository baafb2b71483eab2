import type { Board, DealDetail, Pipeline } from '../../domain/sales';
import { endpoint } from '../endpoint';
import { byId, byIds } from '../inputs/common';
import { noInput } from '../inputs/misc';
import {
  boardInput,
  dealContactInput,
  dealContactRemoveInput,
  dealCreateInput,
  dealMoveInput,
  dealUpdateInput,
  pipelineSaveInput,
} from '../inputs/sales';

/** Pipelines, stages, lost reasons and deals. */
export const salesEndpoints = {
  'pipelines.list': endpoint<Pipeline[]>()(noInput),
  'pipelines.save': endpoint<Pipeline>()(pipelineSaveInput),
  'pipelines.delete': endpoint<{ id: string }>()(byId),
  'lostReasons.list': endpoint<{ id: string; label: string }[]>()(noInput),

  'deals.create': endpoint<DealDetail>()(dealCreateInput),
  'deals.update': endpoint<DealDetail>()(dealUpdateInput),
  'deals.move': endpoint<DealDetail>()(dealMoveInput),
  'deals.delete': endpoint<{ ids: string[] }>()(byIds),
  'deals.restore': endpoint<{ ids: string[] }>()(byIds),
  'deals.get': endpoint<DealDetail>()(byId),
  'deals.board': endpoint<Board>()(boardInput),
  'deals.contacts.add': endpoint<DealDetail>()(dealContactInput),
  'deals.contacts.remove': endpoint<DealDetail>()(dealContactRemoveInput),
} as const;
