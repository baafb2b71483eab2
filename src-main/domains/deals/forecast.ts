import { addMonths, format, parse } from 'date-fns';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { Forecast, ForecastMonth } from '../../../src-shared/domain/sales';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency, sumInBase } from '../currency/rates';
import { Conditions } from '../common/sql';
import { addDealFilters } from './filters';

type Sum = { bucket: string; currency: string; n: number; amount: number; weighted_percent: number };

function monthOf(sums: Sum[], bucket: string, db: ReadDb, today: string): ForecastMonth {
  const own = sums.filter((sum) => sum.bucket === bucket);
  return {
    month: bucket,
    count: own.reduce((total, sum) => total + sum.n, 0),
    total: sumInBase(db, own.map((sum) => ({ currency: sum.currency, amountMinor: sum.amount })), today),
    weighted: sumInBase(db, own.map((sum) => ({ currency: sum.currency, amountMinor: Math.round(sum.weighted_percent / 100) })), today),
  };
}

/**
 * Open deals by expected close month, weighted by their probability (their own, else their
 * stage's), converted to the base currency at today's rates. Deals expected before `today`'s
 * month are "overdue", those without a date "undated": both are still in the pipeline.
 * The open stages are read first (CROSS JOIN keeps that order), then each one's deals from the
 * stage index, which holds every column the sums need: closed deals are never read.
 */
export function getForecast(db: ReadDb, input: ApiParsedInput<'deals.forecast'>, today: string): Forecast {
  const start = parse(input.from, 'yyyy-MM', new Date(2000, 0, 1));
  const months = Array.from({ length: input.months }, (_, index) => format(addMonths(start, index), 'yyyy-MM'));
  const thisMonth = today.slice(0, 7);
  const where = new Conditions().add('d.deleted = 0').add("s.kind = 'open'");
  addDealFilters(where, input, db);
  const sums = prepared(
    db,
    `SELECT CASE WHEN d.expected_close IS NULL THEN 'undated'
                 WHEN substr(d.expected_close, 1, 7) < ? THEN 'overdue'
                 ELSE substr(d.expected_close, 1, 7) END AS bucket,
            d.currency, count(*) AS n, sum(d.amount_minor) AS amount,
            sum(d.amount_minor * coalesce(d.probability, s.probability, 0)) AS weighted_percent
       FROM pipeline_stages s CROSS JOIN deals d ON d.deleted = 0 AND d.pipeline_id = s.pipeline_id AND d.stage_id = s.id
       ${where.toSql()} GROUP BY bucket, d.currency`,
  ).all(thisMonth, ...where.params) as Sum[];
  return {
    baseCurrency: baseCurrency(db),
    months: months.map((month) => monthOf(sums, month, db, today)),
    overdue: monthOf(sums, 'overdue', db, today),
    undated: monthOf(sums, 'undated', db, today),
  };
}
