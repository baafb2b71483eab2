import { ApiError } from '../../../src-shared/contract/errors';
import { quoteTotals } from '../../../src-shared/domain/quote-totals';
import { effectiveQuoteStatus, type QuoteDetail, type QuoteLine, type QuoteStatus, type QuoteSummary } from '../../../src-shared/domain/quotes';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import { parseJson } from '../common/json';
import { usersById } from '../common/refs';

export type QuoteRow = {
  id: string;
  title: string;
  deal_id: string;
  company_id: string | null;
  contact_id: string | null;
  owner_id: string;
  scope: string | null;
  number: string;
  series: string;
  sequence: number;
  version: number;
  superseded_by: string | null;
  status: QuoteStatus;
  issue_date: string;
  valid_until: string | null;
  currency: string;
  lines: string;
  global_discount_bp: number;
  terms: string | null;
  notes: string | null;
  sent_at: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
  deleted: number;
};

type JoinedRow = QuoteRow & { company_name: string | null; deal_title: string | null; first_name: string | null; last_name: string | null };

const QUOTE_SELECT = `SELECT q.*, co.name AS company_name, d.title AS deal_title, c.first_name, c.last_name
  FROM quotes q
  LEFT JOIN companies co ON co.id = q.company_id
  LEFT JOIN deals d ON d.id = q.deal_id
  LEFT JOIN contacts c ON c.id = q.contact_id`;

export const quoteLines = (row: Pick<QuoteRow, 'lines'>): QuoteLine[] => parseJson<QuoteLine[]>(row.lines, []);

export function findQuoteRow(db: ReadDb, id: string): QuoteRow | undefined {
  return prepared(db, 'SELECT * FROM quotes WHERE id = ?').get(id) as QuoteRow | undefined;
}

/** A live quote, or not found. */
export function liveQuoteRow(db: ReadDb, id: string): QuoteRow {
  const row = findQuoteRow(db, id);
  if (!row || row.deleted === 1) throw ApiError.notFound('Quote', id);
  return row;
}

function toSummary(row: JoinedRow, today: string): QuoteSummary {
  const totals = quoteTotals(quoteLines(row), row.global_discount_bp);
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    latest: row.superseded_by === null,
    title: row.title,
    status: effectiveQuoteStatus(row.status, row.valid_until, today),
    dealId: row.deal_id,
    companyId: row.company_id,
    companyName: row.company_name,
    issueDate: row.issue_date,
    validUntil: row.valid_until,
    currency: row.currency,
    totalExclMinor: totals.totalExclMinor,
    totalInclMinor: totals.totalInclMinor,
  };
}

/** Every live quote of a deal, every version, the latest issued first. */
export function listQuotesByDeal(db: ReadDb, dealId: string, today: string): QuoteSummary[] {
  const rows = prepared(db, `${QUOTE_SELECT} WHERE q.deal_id = ? AND q.deleted = 0 ORDER BY q.issue_date DESC, q.number DESC, q.version DESC`).all(dealId) as JoinedRow[];
  return rows.map((row) => toSummary(row, today));
}

export function getQuoteDetail(db: ReadDb, id: string, today: string): QuoteDetail {
  const row = prepared(db, `${QUOTE_SELECT} WHERE q.id = ?`).get(id) as JoinedRow | undefined;
  if (!row || row.deleted === 1) throw ApiError.notFound('Quote', id);
  const lines = quoteLines(row);
  const { lineTotals, ...totals } = quoteTotals(lines, row.global_discount_bp);
  const versions = prepared(db, 'SELECT id, version, status, valid_until FROM quotes WHERE number = ? AND deleted = 0 ORDER BY version').all(row.number) as {
    id: string;
    version: number;
    status: QuoteStatus;
    valid_until: string | null;
  }[];
  return {
    ...toSummary(row, today),
    dealTitle: row.deal_title,
    contactId: row.contact_id,
    contactName: row.contact_id ? personDisplayName(row.first_name, row.last_name) || null : null,
    owner: usersById(db, [row.owner_id]).get(row.owner_id) ?? null,
    lines: lines.map((line, index) => ({ ...line, totalExclMinor: lineTotals[index] ?? 0 })),
    globalDiscountBp: row.global_discount_bp,
    totals,
    terms: row.terms,
    notes: row.notes,
    sentAt: row.sent_at,
    decidedAt: row.decided_at,
    supersededBy: row.superseded_by,
    versions: versions.map((version) => ({ id: version.id, version: version.version, status: effectiveQuoteStatus(version.status, version.valid_until, today) })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
