import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { attainment } from '../../../src-shared/domain/targets';
import type { Dashboard } from '../../../src-shared/domain/dashboard';
import type { Core } from '../../core/core';
import { baseCurrency } from '../currency/rates';
import { computerZone, formatDayBefore, monthAfter, nextDay, spanOfDays, todayIn, weekOf } from '../targets/spans';
import { activitiesTile, overdueTile } from './activity-tiles';
import { closedDealTiles, openDealTiles } from './deal-tiles';
import { resolveSubject } from './subject';
import { periodTarget } from './targets';

/** This month, from its first to its last day. */
function monthOfDay(day: string): { key: string; fromDay: string; lastDay: string } {
  const key = day.slice(0, 7);
  return { key, fromDay: `${key}-01`, lastDay: formatDayBefore(monthAfter(key)) };
}

/**
 * Every tile of the dashboard at `nowMs`: the period's figures (won, win rate, cycle) over the
 * chosen days, and the figures of the moment (pipeline, this week's activities, overdue tasks,
 * deals closing this month) as of today, in the user's zone.
 */
export function getDashboard(core: Core, input: ApiParsedInput<'dashboard.get'>, nowMs: number): Dashboard {
  const db = core.read;
  const zone = input.timeZone ?? computerZone();
  const resolved = resolveSubject(core, input);
  const { owners } = resolved;
  const today = todayIn(nowMs, zone);
  const month = monthOfDay(today);
  const period = input.period ?? { from: month.fromDay, to: month.lastDay };
  const periodSpan = spanOfDays('period', period.from, nextDay(period.to), zone);
  const week = weekOf(today);
  const missing = new Set<string>();

  const open = openDealTiles(db, owners, month, today, missing);
  const closed = closedDealTiles(db, owners, periodSpan, period.to, missing);
  const targetAmount = periodTarget(db, resolved, 'won_amount', period.from, period.to, today);
  const targetCount = periodTarget(db, resolved, 'won_deals', period.from, period.to, today);
  return {
    period,
    subject: resolved.subject,
    currency: baseCurrency(db),
    today,
    generatedAt: new Date(nowMs).toISOString(),
    missingRates: [...missing].sort(),
    tiles: {
      pipeline: open.pipeline,
      won: {
        count: closed.wonCount,
        amount: closed.wonAmount,
        targetAmount,
        targetCount,
        amountAttainment: attainment(closed.wonAmount, targetAmount),
        countAttainment: attainment(closed.wonCount, targetCount),
        link: closed.wonLink,
      },
      winRate: closed.winRate,
      cycle: closed.cycle,
      activities: activitiesTile(db, owners, spanOfDays('week', week.fromDay, week.toDay, zone)),
      overdueTasks: overdueTile(db, owners, spanOfDays('today', today, nextDay(today), zone)),
      closingThisMonth: open.closing,
    },
  };
}
