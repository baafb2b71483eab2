import type { ActivityKind } from './activities';
import type { ListLink, ReportPeriod } from './reports/types';

/**
 * The dashboard: the indicators of a salesperson, several, a team or the whole office over a
 * period. Amounts are integer minor units of the office's base currency (`currency`): amounts in
 * other currencies are converted at today's rate (open deals) or the rate of the day they were
 * won; those without a rate are left out and their currency listed in `missingRates`.
 * Every tile carries the list behind it.
 */

/** Whose figures: the user, chosen salespeople, a team (its members) or everyone. */
export type DashboardSubject = { kind: 'self' | 'users' | 'team' | 'office'; ownerIds: string[]; teamId: string | null };

/** Open deals of every pipeline: their amount, and weighted by their probability (their own, else their stage's). */
export type PipelineTile = { count: number; amount: number; weighted: number; link: ListLink };

/** Deals won in the period against the targets of the period (months prorated by the days the period covers). */
export type WonTile = {
  count: number;
  amount: number;
  targetAmount: number | null;
  targetCount: number | null;
  /** Ratios (1 = the target reached); null without a target. */
  amountAttainment: number | null;
  countAttainment: number | null;
  link: ListLink;
};

/** Deals closed in the period: the share won (`link`: the won ones, `lostLink`: the lost ones). */
export type WinRateTile = { won: number; lost: number; rate: number | null; link: ListLink; lostLink: ListLink };

/** Days from creation to winning, on average, of the deals won in the period. */
export type CycleTile = { averageDays: number | null; count: number; link: ListLink };

/** This week's activities (Monday to Sunday), by kind; tasks count once ticked off. */
export type ActivitiesTile = { fromDay: string; toDay: string; total: number; byKind: { kind: ActivityKind; count: number; link: ListLink }[]; link: ListLink };

/** Open tasks whose due date has passed. */
export type OverdueTile = { count: number; link: ListLink };

/** Open deals expected to close this calendar month. */
export type ClosingTile = { month: string; count: number; amount: number; link: ListLink };

export type DashboardTiles = {
  pipeline: PipelineTile;
  won: WonTile;
  winRate: WinRateTile;
  cycle: CycleTile;
  activities: ActivitiesTile;
  overdueTasks: OverdueTile;
  closingThisMonth: ClosingTile;
};

export type Dashboard = {
  period: ReportPeriod;
  subject: DashboardSubject;
  currency: string;
  /** Today in the user's zone ('YYYY-MM-DD'). */
  today: string;
  generatedAt: string;
  missingRates: string[];
  tiles: DashboardTiles;
};
