import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract/errors';
import type { boardInput } from '../../../src-shared/contract/inputs/sales';
import { personDisplayName } from '../../../src-shared/domain/text';
import type { Board, BoardColumn, DealCard, DealDetail, PipelineStage } from '../../../src-shared/domain/sales';
import { prepared, type ReadDb } from '../../db/handles';
import { sumInBase } from '../currency/rates';
import { usersById } from '../common/refs';
import { listPipelines } from '../pipelines/queries';
import { Conditions } from '../common/sql';
import { addDealFilters } from './filters';

export type DealRow = {
  id: string;
  title: string;
  pipeline_id: string;
  stage_id: string;
  company_id: string | null;
  company_name: string | null;
  owner_id: string;
  amount_minor: number;
  currency: string;
  probability: number | null;
  stage_probability: number | null;
  expected_close: string | null;
  source: string | null;
  next_step: string | null;
  lost_reason_id: string | null;
  lost_reason: string | null;
  notes: string | null;
  stage_entered_at: string | null;
  closed_at: string | null;
  scope: string | null;
  created_at: string;
  updated_at: string;
  deleted: number;
};

const DEAL_SELECT = `SELECT d.*, co.name AS company_name, s.probability AS stage_probability, r.label AS lost_reason
  FROM deals d
  LEFT JOIN companies co ON co.id = d.company_id AND co.deleted = 0
  LEFT JOIN pipeline_stages s ON s.id = d.stage_id
  LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id`;

export function findDealRow(db: ReadDb, id: string): DealRow | undefined {
  return prepared(db, `${DEAL_SELECT} WHERE d.id = ?`).get(id) as DealRow | undefined;
}

export function toCard(row: DealRow, owners: Map<string, { id: string; displayName: string }>): DealCard {
  return {
    id: row.id,
    title: row.title,
    stageId: row.stage_id,
    companyId: row.company_id,
    companyName: row.company_name,
    owner: owners.get(row.owner_id) ?? null,
    amountMinor: row.amount_minor,
    currency: row.currency,
    probability: row.probability ?? row.stage_probability ?? 0,
    expectedClose: row.expected_close,
    nextStep: row.next_step,
    stageEnteredAt: row.stage_entered_at,
  };
}

export function getDealDetail(db: ReadDb, id: string): DealDetail {
  const row = findDealRow(db, id);
  if (!row) throw ApiError.notFound('Deal', id);
  const contacts = prepared(
    db,
    `SELECT dc.contact_id, dc.role, c.first_name, c.last_name FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id
      WHERE dc.deal_id = ? AND dc.deleted = 0 AND c.deleted = 0 ORDER BY c.sort_key`,
  ).all(id) as { contact_id: string; role: string | null; first_name: string | null; last_name: string | null }[];
  const entries = prepared(
    db,
    `SELECT e.stage_id, e.entered_at, e.user_id, s.name FROM deal_stage_entries e LEFT JOIN pipeline_stages s ON s.id = e.stage_id
      WHERE e.deal_id = ? AND e.deleted = 0 ORDER BY e.entered_at, e.id`,
  ).all(id) as { stage_id: string; entered_at: string; user_id: string | null; name: string | null }[];
  const users = usersById(db, [row.owner_id, ...entries.flatMap((entry) => (entry.user_id ? [entry.user_id] : []))]);
  const tags = prepared(
    db,
    `SELECT t.id, t.name, t.color FROM record_tags rt JOIN tags t ON t.id = rt.tag_id
      WHERE rt.entity = 'deal' AND rt.record_id = ? AND rt.deleted = 0 AND t.deleted = 0 ORDER BY t.name`,
  ).all(id) as DealDetail['tags'];
  return {
    ...toCard(row, users),
    pipelineId: row.pipeline_id,
    ownProbability: row.probability,
    source: row.source,
    lostReasonId: row.lost_reason_id,
    lostReason: row.lost_reason,
    notes: row.notes,
    scope: row.scope,
    closedAt: row.closed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deleted: row.deleted === 1,
    contacts: contacts.map((contact) => ({ contactId: contact.contact_id, name: personDisplayName(contact.first_name, contact.last_name), role: contact.role })),
    stageHistory: entries.map((entry) => ({ stageId: entry.stage_id, stageName: entry.name, enteredAt: entry.entered_at, user: entry.user_id ? (users.get(entry.user_id) ?? null) : null })),
    tags,
  };
}

type BoardQuery = z.output<typeof boardInput>;

/**
 * A pipeline as a board: per stage, the first `limit` deals (latest close date last) and the
 * totals of all of them — count, amount and weighted amount in the base currency at `today`.
 */
export function getBoard(db: ReadDb, query: BoardQuery, today: string): Board {
  const pipelines = listPipelines(db);
  const pipeline = query.pipelineId ? pipelines.find((candidate) => candidate.id === query.pipelineId) : pipelines[0];
  if (!pipeline) throw ApiError.notFound('Pipeline', query.pipelineId ?? 'default');
  const conditions = new Conditions().add('d.deleted = 0');
  addDealFilters(conditions, { ...query, pipelineId: pipeline.id });
  const where = conditions.parts.join(' AND ');
  const params = conditions.params;
  const sums = prepared(
    db,
    `SELECT d.stage_id, d.currency, count(*) AS n, sum(d.amount_minor) AS amount,
            sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) AS weighted_percent
       FROM deals d LEFT JOIN pipeline_stages s ON s.id = d.stage_id
      WHERE ${where} GROUP BY d.stage_id, d.currency`,
  ).all(...params) as { stage_id: string; currency: string; n: number; amount: number; weighted_percent: number }[];
  const cards = prepared(
    db,
    `SELECT * FROM (
       SELECT d.*, co.name AS company_name, s.probability AS stage_probability, NULL AS lost_reason,
              row_number() OVER (PARTITION BY d.stage_id ORDER BY d.expected_close IS NULL, d.expected_close, d.title_key, d.id) AS rank
         FROM deals d
         LEFT JOIN companies co ON co.id = d.company_id AND co.deleted = 0
         LEFT JOIN pipeline_stages s ON s.id = d.stage_id
        WHERE ${where})
      WHERE rank <= ? ORDER BY stage_id, rank`,
  ).all(...params, query.limit) as DealRow[];
  const owners = usersById(db, cards.map((card) => card.owner_id));
  const columns: BoardColumn[] = pipeline.stages.map((stage: PipelineStage) => {
    const stageSums = sums.filter((sum) => sum.stage_id === stage.id);
    return {
      stage,
      deals: cards.filter((card) => card.stage_id === stage.id).map((card) => toCard(card, owners)),
      count: stageSums.reduce((total, sum) => total + sum.n, 0),
      total: sumInBase(db, stageSums.map((sum) => ({ currency: sum.currency, amountMinor: sum.amount })), today),
      weighted: sumInBase(db, stageSums.map((sum) => ({ currency: sum.currency, amountMinor: Math.round(sum.weighted_percent / 100) })), today),
    };
  });
  return { pipeline, columns, baseCurrency: columns[0]?.total.currency ?? 'EUR' };
}
