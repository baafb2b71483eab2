import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { DealSortField } from '../../../src-shared/contract/inputs/sales';
import type { Page } from '../../../src-shared/domain/records';
import type { DealListRow, StageKind } from '../../../src-shared/domain/sales';
import type { ReadDb } from '../../db/handles';
import { listPage, rowsInPageOrder } from '../common/paging';
import { tagsOfRecords, usersById } from '../common/refs';
import { addFoldedPrefix, Conditions } from '../common/sql';
import { addDealFilters } from './filters';
import { toCard, type DealRow } from './queries';

const FROM = 'deals d JOIN pipeline_stages s ON s.id = d.stage_id LEFT JOIN companies co ON co.id = d.company_id';

const sortColumns: Record<DealSortField, string> = {
  title: 'd.title_key',
  amount: 'd.amount_minor',
  expectedClose: "coalesce(d.expected_close, '9999-12-31')",
  stage: 's.position',
  company: "coalesce(co.sort_key, '')",
  createdAt: 'd.created_at',
  updatedAt: 'd.updated_at',
};

type ListInput = ApiParsedInput<'deals.list'>;

/** The instant a calendar day (plus `days`) starts in this computer's zone. */
function localDayStart(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, (date ?? 1) + days).toISOString();
}

function listConditions(db: ReadDb, filters: ListInput['filters']): Conditions {
  const where = new Conditions().add('d.deleted = ?', filters.deleted ? 1 : 0);
  // Won or lost deals: the close range is the day they closed (in this computer's zone), not the day expected.
  const closed = filters.status === 'won' || filters.status === 'lost';
  const { closeFrom, closeTo, ...others } = filters;
  addDealFilters(where, closed ? others : filters, db);
  if (closed && closeFrom) where.add('d.closed_at >= ?', localDayStart(closeFrom));
  if (closed && closeTo) where.add('d.closed_at < ?', localDayStart(closeTo, 1));
  if (filters.q?.trim()) addFoldedPrefix(where, 'd.title_key', filters.q);
  if (filters.stageIds?.length) where.in('d.stage_id', filters.stageIds);
  if (filters.status) where.add('s.kind = ?', filters.status);
  if (filters.companyId) where.add('d.company_id = ?', filters.companyId);
  if (filters.contactId) {
    where.add('EXISTS (SELECT 1 FROM deal_contacts dc WHERE dc.deal_id = d.id AND dc.contact_id = ? AND dc.deleted = 0)', filters.contactId);
  }
  return where;
}

type ListDbRow = DealRow & { stage_name: string; stage_kind: StageKind };

/** One page of deals, sorted and filtered in SQL (the table view, and the deals of a company or a contact). */
export function listDeals(db: ReadDb, input: ListInput): Page<DealListRow> {
  const { rowids, total } = listPage(
    db,
    { from: FROM, alias: 'd', sortExpr: sortColumns[input.sort.field], dir: input.sort.dir, where: listConditions(db, input.filters) },
    input,
  );
  const rows = rowsInPageOrder<ListDbRow>(
    db,
    `SELECT d.rowid AS _rowid, d.*, co.name AS company_name, s.probability AS stage_probability, s.name AS stage_name, s.kind AS stage_kind,
            NULL AS lost_reason
       FROM ${FROM} WHERE d.rowid`,
    rowids,
  );
  const owners = usersById(db, rows.map((row) => row.owner_id));
  const tags = tagsOfRecords(db, 'deal', rows.map((row) => row.id));
  return {
    total,
    rows: rows.map((row) => ({
      ...toCard(row, owners),
      pipelineId: row.pipeline_id,
      stageName: row.stage_name,
      stageKind: row.stage_kind,
      tags: tags.get(row.id) ?? [],
      closedAt: row.closed_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    })),
  };
}
