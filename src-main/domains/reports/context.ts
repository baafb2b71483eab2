import { ApiError } from '../../../src-shared/contract/errors';
import type { ReportFilters } from '../../../src-shared/domain/reports/types';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency } from '../currency/rates';
import { BaseConverter } from './conversion';
import { periodInstants, type PeriodInstants } from './period';

/** What every report reads: the filters checked, the period as instants, the money converter. */
export type ReportContext = {
  db: ReadDb;
  userId: string;
  filters: ReportFilters;
  zone: string;
  period: PeriodInstants;
  nowMs: number;
  /** Today at the office clock (UTC), for the rates of open amounts. */
  today: string;
  money: BaseConverter;
  /** The salespeople kept: the chosen ones, narrowed to the team's members when a team is chosen; null = everyone. */
  owners: string[] | null;
  /** Extra remarks (i18n keys) a report adds. */
  notes: Set<string>;
};

export type ContextInput = { db: ReadDb; userId: string; filters: ReportFilters; zone: string; nowMs: number };

function teamMembers(db: ReadDb, teamId: string): string[] {
  if (!prepared(db, 'SELECT 1 FROM teams WHERE id = ? AND deleted = 0').get(teamId)) throw ApiError.notFound('Team', teamId);
  return prepared(db, 'SELECT DISTINCT user_id FROM team_members WHERE team_id = ? AND deleted = 0 ORDER BY user_id').pluck().all(teamId) as string[];
}

function ownersOf(db: ReadDb, filters: ReportFilters): string[] | null {
  const members = filters.teamId ? teamMembers(db, filters.teamId) : null;
  const chosen = filters.ownerIds.length > 0 ? [...new Set(filters.ownerIds)] : null;
  if (members && chosen) return chosen.filter((id) => members.includes(id));
  return chosen ?? members;
}

export function reportContext({ db, userId, filters, zone, nowMs }: ContextInput): ReportContext {
  if (filters.pipelineId && !prepared(db, 'SELECT 1 FROM pipelines WHERE id = ? AND deleted = 0').get(filters.pipelineId)) {
    throw ApiError.notFound('Pipeline', filters.pipelineId);
  }
  return {
    db,
    userId,
    filters,
    zone,
    period: periodInstants(filters.period, zone),
    nowMs,
    today: new Date(nowMs).toISOString().slice(0, 10),
    money: new BaseConverter(db, baseCurrency(db)),
    owners: ownersOf(db, filters),
    notes: new Set(),
  };
}

/** The chosen pipeline, else the first one by position (reports drawn over one pipeline's stages). */
export function pipelineOf(ctx: ReportContext): string | null {
  if (ctx.filters.pipelineId) return ctx.filters.pipelineId;
  return (prepared(ctx.db, 'SELECT id FROM pipelines WHERE deleted = 0 ORDER BY position, id LIMIT 1').pluck().get() as string | undefined) ?? null;
}

/** Display names of users, by id. */
export function userNames(db: ReadDb): Map<string, string> {
  const rows = prepared(db, 'SELECT id, display_name FROM users').all() as { id: string; display_name: string }[];
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
