import type { z } from 'zod';
import { ApiError } from '../../../src-shared/contract/errors';
import type { boardInput } from '../../../src-shared/contract/inputs/sales';
import { personDisplayName } from '../../../src-shared/domain/text';
import type { Board, BoardColumn, DealCard, DealDetail, PipelineStage } from '../../../src-shared/domain/sales';
import { prepared, type ReadDb } from '../../db/handles';
import type { SqlValue } from '../../db/synced-tables';
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

/** What a card shows: the columns the board reads (a whole deal row has notes and more). */
export type CardRow = Pick<
  DealRow,
  'id' | 'title' | 'stage_id' | 'company_id' | 'company_name' | 'owner_id' | 'amount_minor' | 'currency' | 'probability' | 'stage_probability' | 'expected_close' | 'next_step' | 'stage_entered_at'
>;

export function toCard(row: CardRow, owners: Map<string, { id: string; displayName: string }>): DealCard {
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

type StageSum = { stage_id: string; currency: string; n: number; amount: number; own_weighted_percent: number | null; default_amount: number };

const CARD_SELECT = `SELECT d.id, d.title, d.stage_id, d.company_id, d.owner_id, d.amount_minor, d.currency, d.probability, d.expected_close, d.next_step,
       d.stage_entered_at, co.name AS company_name
  FROM deals d LEFT JOIN companies co ON co.id = d.company_id AND co.deleted = 0`;

/**
 * A stage's first `limit` cards: dated deals by close date, then undated ones. Two reads that
 * each walk the stage's card index in order and stop at `limit` (one ORDER BY with the undated
 * last would sort every deal of the stage on every open).
 */
function stageCards(db: ReadDb, where: string, params: readonly SqlValue[], stage: PipelineStage, limit: number): CardRow[] {
  const withStage = (rows: Omit<CardRow, 'stage_probability'>[]) => rows.map((row): CardRow => ({ ...row, stage_probability: stage.probability }));
  const dated = prepared(db, `${CARD_SELECT} WHERE ${where} AND d.stage_id = ? AND d.expected_close IS NOT NULL ORDER BY d.expected_close, d.title_key, d.id LIMIT ?`).all(
    ...params,
    stage.id,
    limit,
  ) as Omit<CardRow, 'stage_probability'>[];
  if (dated.length >= limit) return withStage(dated);
  const undated = prepared(db, `${CARD_SELECT} WHERE ${where} AND d.stage_id = ? AND d.expected_close IS NULL ORDER BY d.title_key, d.id LIMIT ?`).all(
    ...params,
    stage.id,
    limit - dated.length,
  ) as Omit<CardRow, 'stage_probability'>[];
  return withStage([...dated, ...undated]);
}

/**
 * A pipeline as a board: per stage, the first `limit` deals (latest close date last) and the
 * totals of all of them — count, amount and weighted amount in the base currency at `today`.
 * The totals come from one pass over the stage index, which holds what they need (a deal's own
 * probability, else its stage's, applied here).
 */
export function getBoard(db: ReadDb, query: BoardQuery, today: string): Board {
  const pipelines = listPipelines(db);
  const pipeline = query.pipelineId ? pipelines.find((candidate) => candidate.id === query.pipelineId) : pipelines[0];
  if (!pipeline) throw ApiError.notFound('Pipeline', query.pipelineId ?? 'default');
  const conditions = new Conditions().add('d.deleted = 0');
  addDealFilters(conditions, { ...query, pipelineId: pipeline.id }, db);
  const where = conditions.parts.join(' AND ');
  const params = conditions.params;
  const sums = prepared(
    db,
    `SELECT d.stage_id, d.currency, count(*) AS n, sum(d.amount_minor) AS amount, sum(d.amount_minor * d.probability) AS own_weighted_percent,
            sum(CASE WHEN d.probability IS NULL THEN d.amount_minor ELSE 0 END) AS default_amount
       FROM deals d WHERE ${where} GROUP BY d.stage_id, d.currency`,
  ).all(...params) as StageSum[];
  const cards = pipeline.stages.map((stage) => stageCards(db, where, params, stage, query.limit));
  const owners = usersById(db, cards.flat().map((card) => card.owner_id));
  const columns: BoardColumn[] = pipeline.stages.map((stage: PipelineStage, index) => {
    const stageSums = sums.filter((sum) => sum.stage_id === stage.id);
    const weighted = (sum: StageSum) => Math.round(((sum.own_weighted_percent ?? 0) + sum.default_amount * stage.probability) / 100);
    return {
      stage,
      deals: (cards[index] ?? []).map((card) => toCard(card, owners)),
      count: stageSums.reduce((total, sum) => total + sum.n, 0),
      total: sumInBase(db, stageSums.map((sum) => ({ currency: sum.currency, amountMinor: sum.amount })), today),
      weighted: sumInBase(db, stageSums.map((sum) => ({ currency: sum.currency, amountMinor: weighted(sum) })), today),
    };
  });
  return { pipeline, columns, baseCurrency: columns[0]?.total.currency ?? 'EUR' };
}
