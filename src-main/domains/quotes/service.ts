import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { QuoteFieldsInput } from '../../../src-shared/contract/inputs/quotes';
import { effectiveQuoteStatus, type QuoteDetail, type QuoteLine } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { recordExists } from '../common/refs';
import { IssueList } from '../common/validation';
import { findDealRow } from '../deals/queries';
import { addDays, todayOf } from './dates';
import { buildLines, checkLines, linesToReprice } from './lines';
import { nextQuoteNumber } from './numbering';
import { getQuoteDetail, liveQuoteRow, quoteLines, type QuoteRow } from './queries';
import { readQuoteSettings } from './settings';

/** The fields of a quote a user sets (the rest is numbering and status). */
type QuoteState = {
  title: string;
  companyId: string | null;
  contactId: string | null;
  currency: string;
  issueDate: string;
  validUntil: string | null;
  globalDiscountBp: number;
  terms: string | null;
  notes: string | null;
};

const conflict = (message: string) => new ApiError({ code: 'conflict', message });

function withPatch(base: QuoteState, patch: QuoteFieldsInput): QuoteState {
  const pick = <K extends keyof QuoteState>(key: K, value: QuoteState[K] | undefined): QuoteState[K] => (value === undefined ? base[key] : value);
  return {
    title: patch.title ?? base.title,
    companyId: pick('companyId', patch.companyId),
    contactId: pick('contactId', patch.contactId),
    currency: patch.currency ?? base.currency,
    issueDate: patch.issueDate ?? base.issueDate,
    validUntil: pick('validUntil', patch.validUntil),
    globalDiscountBp: patch.globalDiscountBp ?? base.globalDiscountBp,
    terms: pick('terms', patch.terms),
    notes: pick('notes', patch.notes),
  };
}

function checkState(db: ReadDb, state: QuoteState, issues: IssueList): void {
  if (state.companyId && !recordExists(db, 'companies', state.companyId)) issues.add('companyId', 'not_found', 'this company does not exist');
  if (state.contactId && !recordExists(db, 'contacts', state.contactId)) issues.add('contactId', 'not_found', 'this contact does not exist');
  if (state.validUntil && state.validUntil < state.issueDate) issues.add('validUntil', 'invalid_date', 'the validity date comes before the issue date');
}

const stateColumns = (state: QuoteState, lines: QuoteLine[]) => ({
  title: state.title,
  company_id: state.companyId,
  contact_id: state.contactId,
  currency: state.currency,
  issue_date: state.issueDate,
  valid_until: state.validUntil,
  lines: JSON.stringify(lines),
  global_discount_bp: state.globalDiscountBp,
  terms: state.terms,
  notes: state.notes,
});

const pricing = (state: QuoteState) => ({ companyId: state.companyId, currency: state.currency, date: state.issueDate });

function firstDealContact(db: ReadDb, dealId: string): string | null {
  const sql = `SELECT dc.contact_id FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id
    WHERE dc.deal_id = ? AND dc.deleted = 0 AND c.deleted = 0 ORDER BY c.sort_key, c.id LIMIT 1`;
  return (prepared(db, sql).pluck().get(dealId) as string | undefined) ?? null;
}

/** A draft quote for a deal: the deal's company, first contact, currency and title unless given; numbered on this device. */
export function createQuote(core: Core, input: ApiParsedInput<'quotes.create'>): QuoteDetail {
  const deal = findDealRow(core.read, input.dealId);
  if (!deal || deal.deleted === 1) throw ApiError.notFound('Deal', input.dealId);
  const settings = readQuoteSettings(core.read);
  const issueDate = input.issueDate ?? todayOf(core);
  const base: QuoteState = {
    title: deal.title,
    companyId: deal.company_id && recordExists(core.read, 'companies', deal.company_id) ? deal.company_id : null,
    contactId: firstDealContact(core.read, deal.id),
    currency: deal.currency,
    issueDate,
    validUntil: addDays(issueDate, settings.defaultValidityDays),
    globalDiscountBp: 0,
    terms: settings.defaultTerms,
    notes: null,
  };
  const state = withPatch(base, input);
  const issues = new IssueList();
  checkState(core.read, state, issues);
  const lines = buildLines(core.read, input.lines ?? [], pricing(state), issues);
  checkLines(lines, state.globalDiscountBp, issues);
  issues.throwIfAny();
  const id = uuidv7();
  write(core, (tx) => {
    const { number, series, sequence } = nextQuoteNumber(tx, core, issueDate.slice(0, 4));
    insertRecord(tx, 'quotes', id, { ...stateColumns(state, lines), deal_id: deal.id, owner_id: core.userId, scope: deal.scope, number, series, sequence, version: 1, status: 'draft' });
  });
  return getQuoteDetail(core.read, id, todayOf(core));
}

function requireDraft(row: QuoteRow, message: string): void {
  if (row.status !== 'draft') throw conflict(message);
}

const stateOf = (row: QuoteRow): QuoteState => ({
  title: row.title,
  companyId: row.company_id,
  contactId: row.contact_id,
  currency: row.currency,
  issueDate: row.issue_date,
  validUntil: row.valid_until,
  globalDiscountBp: row.global_discount_bp,
  terms: row.terms,
  notes: row.notes,
});

/** Changes a draft. A new company, currency or date prices its catalogue lines again. */
export function updateQuote(core: Core, input: ApiParsedInput<'quotes.update'>): QuoteDetail {
  const row = liveQuoteRow(core.read, input.id);
  requireDraft(row, 'only a draft quote can be changed: revise a sent quote to make a new version');
  const current = stateOf(row);
  const state = withPatch(current, input.patch);
  const issues = new IssueList();
  checkState(core.read, state, issues);
  const repriced = state.companyId !== current.companyId || state.currency !== current.currency || state.issueDate !== current.issueDate;
  const inputs = input.patch.lines ?? (repriced ? linesToReprice(quoteLines(row), state.currency !== current.currency, issues) : undefined);
  const lines = inputs ? buildLines(core.read, inputs, pricing(state), issues) : quoteLines(row);
  checkLines(lines, state.globalDiscountBp, issues);
  issues.throwIfAny();
  write(core, (tx) => updateRecord(tx, 'quotes', row.id, stateColumns(state, lines)));
  return getQuoteDetail(core.read, row.id, todayOf(core));
}

/** Deletes a draft; the version it revised becomes the latest again. Sent quotes stay on record. */
export function deleteQuote(core: Core, id: string): { id: string } {
  const row = liveQuoteRow(core.read, id);
  requireDraft(row, 'a sent quote stays on record: decline it, or let it expire');
  write(core, (tx) => {
    updateRecord(tx, 'quotes', id, { deleted: 1 });
    const revised = prepared(tx.db, 'SELECT id FROM quotes WHERE superseded_by = ?').pluck().all(id) as string[];
    for (const previous of revised) updateRecord(tx, 'quotes', previous, { superseded_by: null });
  });
  return { id };
}

/** A new draft version of a sent, declined or expired quote: same number, next version, the same lines; the old one stays readable. */
export function reviseQuote(core: Core, id: string): QuoteDetail {
  const row = liveQuoteRow(core.read, id);
  const today = todayOf(core);
  const status = effectiveQuoteStatus(row.status, row.valid_until, today);
  if (row.superseded_by) throw conflict('a newer version of this quote exists: revise that one');
  if (status === 'draft') throw conflict('a draft is changed as it is: it needs no new version');
  if (status === 'accepted') throw conflict('an accepted quote is final');
  const newId = uuidv7();
  const validityDays = readQuoteSettings(core.read).defaultValidityDays;
  write(core, (tx) => {
    const state = { ...stateOf(row), issueDate: today, validUntil: addDays(today, validityDays) };
    // The new version is the reviser's (making a record for someone else is a manager's act on the office server).
    const numbering = { deal_id: row.deal_id, owner_id: core.userId, scope: row.scope, number: row.number, series: row.series, sequence: row.sequence };
    insertRecord(tx, 'quotes', newId, { ...stateColumns(state, quoteLines(row)), ...numbering, version: row.version + 1, status: 'draft' });
    updateRecord(tx, 'quotes', row.id, { superseded_by: newId });
  });
  return getQuoteDetail(core.read, newId, today);
}
