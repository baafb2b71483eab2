import type { ListLink } from '../../../src-shared/domain/reports/types';
import type { ReportContext } from './context';

type DealLinkFilters = Extract<ListLink, { list: 'deals' }>['filters'];

/**
 * The deals list behind a row, with the report's salespeople and pipeline; won or lost deals
 * closed in the period (the deals list reads the close range of closed deals as the day they closed).
 */
export function dealsLink(ctx: ReportContext, filters: DealLinkFilters): ListLink {
  const closed = filters.status === 'won' || filters.status === 'lost';
  return {
    list: 'deals',
    filters: {
      ...(ctx.owners ? { ownerIds: ctx.owners } : {}),
      ...(ctx.filters.pipelineId ? { pipelineId: ctx.filters.pipelineId } : {}),
      ...(closed ? { closeFrom: ctx.period.from, closeTo: ctx.period.to } : {}),
      ...filters,
    },
  };
}
