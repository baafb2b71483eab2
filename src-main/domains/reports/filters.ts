import type { SqlValue } from '../../db/synced-tables';
import { Conditions } from '../common/sql';
import { segmentCondition, type SegmentSql } from '../segments/resolve';
import type { ReportContext } from './context';

type Sql = { sql: string; params: SqlValue[] };

/** The segment's condition on `alias.id`, its relative dates taken at the report's clock and zone. */
const segmentOf = (ctx: ReportContext, alias: string): SegmentSql =>
  segmentCondition(ctx.db, ctx.userId, ctx.filters.segmentId ?? '', alias, { nowMs: ctx.nowMs, timeZone: ctx.zone });

/** The salespeople filter on an owner column; a team without members keeps nothing. */
export function addOwners(where: Conditions, ctx: ReportContext, column: string): void {
  if (ctx.owners === null) return;
  if (ctx.owners.length === 0) where.add('0');
  else where.in(column, ctx.owners);
}

/**
 * The chosen segment as a condition on deals: a deal segment keeps its deals, a company segment
 * the deals of its companies, a contact segment the deals its contacts take part in.
 */
export function dealSegment(ctx: ReportContext, alias: string): Sql | null {
  if (!ctx.filters.segmentId) return null;
  const segment = segmentOf(ctx, 'seg');
  switch (segment.entity) {
    case 'deal': {
      const direct = segmentOf(ctx, alias);
      return { sql: `(${direct.sql})`, params: direct.params };
    }
    case 'company':
      return { sql: `${alias}.company_id IN (SELECT seg.id FROM companies seg WHERE seg.deleted = 0 AND (${segment.sql}))`, params: segment.params };
    case 'contact':
      return {
        sql: `${alias}.id IN (SELECT sdc.deal_id FROM deal_contacts sdc WHERE sdc.deleted = 0 AND sdc.contact_id IN (SELECT seg.id FROM contacts seg WHERE seg.deleted = 0 AND (${segment.sql})))`,
        params: segment.params,
      };
  }
}

/** The chosen segment as a condition on companies: its companies, its contacts' companies, its deals' companies. */
export function companySegment(ctx: ReportContext, alias: string): Sql | null {
  if (!ctx.filters.segmentId) return null;
  const segment = segmentOf(ctx, 'seg');
  switch (segment.entity) {
    case 'company': {
      const direct = segmentOf(ctx, alias);
      return { sql: `(${direct.sql})`, params: direct.params };
    }
    case 'contact':
      return {
        sql: `${alias}.id IN (SELECT scc.company_id FROM contact_companies scc WHERE scc.deleted = 0 AND scc.contact_id IN (SELECT seg.id FROM contacts seg WHERE seg.deleted = 0 AND (${segment.sql})))`,
        params: segment.params,
      };
    case 'deal':
      return { sql: `${alias}.id IN (SELECT seg.company_id FROM deals seg WHERE seg.deleted = 0 AND (${segment.sql}))`, params: segment.params };
  }
}

/** The chosen segment as a condition on activities: those linked to its contacts, companies or deals. */
export function activitySegment(ctx: ReportContext, alias: string): Sql | null {
  if (!ctx.filters.segmentId) return null;
  const segment = segmentOf(ctx, 'seg');
  const table = { contact: 'contacts', company: 'companies', deal: 'deals' }[segment.entity];
  return { sql: `${alias}.${segment.entity}_id IN (SELECT seg.id FROM ${table} seg WHERE seg.deleted = 0 AND (${segment.sql}))`, params: segment.params };
}

function addSql(where: Conditions, part: Sql | null): void {
  if (part) where.add(part.sql, ...part.params);
}

/**
 * Live deals kept by the filters: salespeople, team, segment, and the pipeline when
 * `pipelineId` is given (the chosen one, or the one a report is drawn over).
 */
export function dealConditions(ctx: ReportContext, alias: string, pipelineId: string | null): Conditions {
  const where = new Conditions().add(`${alias}.deleted = 0`);
  if (pipelineId) where.add(`${alias}.pipeline_id = ?`, pipelineId);
  addOwners(where, ctx, `${alias}.owner_id`);
  addSql(where, dealSegment(ctx, alias));
  return where;
}

export function companyConditions(ctx: ReportContext, alias: string, where: Conditions): Conditions {
  addSql(where, companySegment(ctx, alias));
  return where;
}

export function activityConditions(ctx: ReportContext, alias: string, where: Conditions): Conditions {
  addOwners(where, ctx, `${alias}.owner_id`);
  addSql(where, activitySegment(ctx, alias));
  return where;
}

/**
 * Deals `d` with their stage `s`, stages first: each stage's deals are then read from the
 * stage index (deleted, pipeline, stage…), so asking for won or open stages never reads the others.
 */
export const STAGE_DEALS = 'pipeline_stages s CROSS JOIN deals d ON d.deleted = 0 AND d.pipeline_id = s.pipeline_id AND d.stage_id = s.id';

/**
 * Every live deal `d` read in table order, with its stage `s`: for the deals closed or created in
 * a period (no index holds those dates), one sequential pass beats an index walk with a lookup per deal.
 */
export const ALL_DEALS = 'deals d NOT INDEXED CROSS JOIN pipeline_stages s ON s.id = d.stage_id';
