import { ApiError } from '../../../src-shared/contract/errors';
import { isCurrencyCode } from '../../../src-shared/domain/money';
import { quoteTotals } from '../../../src-shared/domain/quote-totals';
import { effectiveQuoteStatus, quoteTransitions, type QuoteDetail, type QuoteStatus } from '../../../src-shared/domain/quotes';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { updateRecord } from '../../db/write-path';
import { IssueList } from '../common/validation';
import { findDealRow } from '../deals/queries';
import { moveDeal, updateDeal } from '../deals/service';
import { findPipeline } from '../pipelines/queries';
import { nowOf, todayOf } from './dates';
import { getQuoteDetail, liveQuoteRow, quoteLines, type QuoteRow } from './queries';

/** The quote, if it may move to `next` today: only its latest version, along the allowed transitions. */
function checkedMove(core: Core, id: string, next: QuoteStatus): { row: QuoteRow; today: string } {
  const row = liveQuoteRow(core.read, id);
  const today = todayOf(core);
  const current = effectiveQuoteStatus(row.status, row.valid_until, today);
  if (row.superseded_by) throw new ApiError({ code: 'conflict', message: 'a newer version of this quote exists: only the latest one changes status' });
  if (current === 'expired' && next !== 'expired') {
    throw ApiError.validation([{ path: 'validUntil', code: 'expired', message: `this quote expired after ${row.valid_until}: revise it to send a new version` }]);
  }
  if (!quoteTransitions[current].includes(next)) throw new ApiError({ code: 'conflict', message: `a ${current} quote cannot become ${next}` });
  return { row, today };
}

/** Sends a draft: it needs lines, and a validity date still to come. */
export function sendQuote(core: Core, id: string): QuoteDetail {
  const { row, today } = checkedMove(core, id, 'sent');
  const issues = new IssueList();
  if (quoteLines(row).length === 0) issues.add('lines', 'required', 'a quote needs at least one line before it is sent');
  if (row.valid_until !== null && row.valid_until < today) issues.add('validUntil', 'expired', `the validity date ${row.valid_until} has passed`);
  issues.throwIfAny();
  write(core, (tx) => updateRecord(tx, 'quotes', id, { status: 'sent', sent_at: nowOf(core) }));
  return getQuoteDetail(core.read, id, today);
}

export function declineQuote(core: Core, id: string): QuoteDetail {
  const { today } = checkedMove(core, id, 'declined');
  write(core, (tx) => updateRecord(tx, 'quotes', id, { status: 'declined', decided_at: nowOf(core) }));
  return getQuoteDetail(core.read, id, today);
}

/** The first won stage of the deal's pipeline, checked before anything is written. */
function wonStageOf(core: Core, dealId: string): string {
  const deal = findDealRow(core.read, dealId);
  if (!deal || deal.deleted === 1) throw ApiError.notFound('Deal', dealId);
  const stage = findPipeline(core.read, deal.pipeline_id)?.stages.find((candidate) => candidate.kind === 'won');
  if (!stage) throw ApiError.validation([{ path: 'markDealWon', code: 'not_found', message: 'the deal’s pipeline has no won stage' }]);
  return stage.id;
}

/**
 * Accepts a sent quote. With `markDealWon`, its deal moves to its pipeline's first won stage and
 * takes the quote's amount excl. tax and currency — in the same transaction (the deals service
 * nests its own writes in it).
 */
export function acceptQuote(core: Core, input: { id: string; markDealWon: boolean }): QuoteDetail {
  const { row, today } = checkedMove(core, input.id, 'accepted');
  const wonStageId = input.markDealWon ? wonStageOf(core, row.deal_id) : null;
  const amountMinor = quoteTotals(quoteLines(row), row.global_discount_bp).totalExclMinor;
  write(core, (tx) => {
    updateRecord(tx, 'quotes', row.id, { status: 'accepted', decided_at: nowOf(core) });
    if (wonStageId) {
      updateDeal(core, { id: row.deal_id, patch: { amountMinor, ...(isCurrencyCode(row.currency) ? { currency: row.currency } : {}) } });
      moveDeal(core, { id: row.deal_id, stageId: wonStageId });
    }
  });
  return getQuoteDetail(core.read, row.id, today);
}
