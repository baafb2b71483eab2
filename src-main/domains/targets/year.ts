import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { periodsOfYear, type TargetActual, type TargetMetric, type TargetYear } from '../../../src-shared/domain/targets';
import { prepared, type ReadDb } from '../../db/handles';
import { baseCurrency } from '../currency/rates';
import { activityActuals, allKinds, totalOf, teamMembers, wonActuals, type PerOwner } from './actuals';
import { targetsOfYear } from './service';
import { computerZone, monthSpan } from './spans';

/** What each salesperson reached in each month of the year, for a metric. */
export function monthlyActuals(db: ReadDb, year: number, metric: TargetMetric, zone: string): PerOwner {
  const spans = periodsOfYear(year, 'month').map((month) => monthSpan(month, zone));
  if (metric === 'activities') return allKinds(activityActuals(db, spans, null), spans.length);
  const won = wonActuals(db, spans, null);
  return metric === 'won_amount' ? won.amount : won.count;
}

/** Months added up into quarters. */
const quarters = (months: readonly number[]): number[] => [0, 1, 2, 3].map((quarter) => months.slice(quarter * 3, quarter * 3 + 3).reduce((sum, value) => sum + value, 0));

/**
 * A year of targets of one metric, by month or quarter, for every salesperson and team, with
 * what each reached: a team's figures are its current members' added up.
 */
export function targetYear(db: ReadDb, input: ApiParsedInput<'targets.list'>): TargetYear {
  const zone = input.timeZone ?? computerZone();
  const periods = periodsOfYear(input.year, input.granularity);
  const perOwner = monthlyActuals(db, input.year, input.metric, zone);
  const figures = (months: number[]) => (input.granularity === 'month' ? months : quarters(months));
  const actuals: TargetActual[] = [];
  const push = (subjectKind: TargetActual['subjectKind'], subjectId: string, months: number[]) =>
    figures(months).forEach((value, index) => {
      const period = periods[index];
      if (period && value !== 0) actuals.push({ subjectKind, subjectId, period, value });
    });
  const users = prepared(db, 'SELECT id FROM users WHERE deleted = 0').pluck().all() as string[];
  for (const user of users) push('user', user, perOwner.get(user) ?? new Array<number>(12).fill(0));
  for (const [team, members] of teamMembers(db)) push('team', team, totalOf(perOwner, members, 12));
  const targets = targetsOfYear(db, input.year, input.metric).filter((target) => periods.includes(target.period));
  return { year: input.year, metric: input.metric, granularity: input.granularity, currency: baseCurrency(db), periods, targets, actuals };
}
