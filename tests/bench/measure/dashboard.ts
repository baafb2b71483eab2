import type { ApiInput } from '../../../src-shared/contract/api';
import { dashboardInput } from '../../../src-shared/contract/inputs/dashboard';
import type { Core } from '../../../src-main/core/core';
import { getDashboard } from '../../../src-main/domains/dashboard/dashboard';
import type { Metrics } from '../suite';
import { median, percentile, round } from '../stats';

const ZONE = 'Europe/Paris';

/** Times `count` dashboards after a few untimed ones. */
function sample(count: number, next: () => unknown): number[] {
  for (let i = 0; i < 5; i++) next();
  return Array.from({ length: count }, () => {
    const started = performance.now();
    next();
    return performance.now() - started;
  });
}

/**
 * The dashboard on the seeded data at its reference date, every tile: the local user's this
 * month (`dashboard_ms`, the budgeted figure), a salesperson's this year, a team's this
 * quarter and the whole office's this month (what a manager opens).
 */
export function measureDashboard(core: Core, runs: number, referenceMs: number): Metrics {
  const rep = core.db.prepare('SELECT id FROM users WHERE id <> ? AND deleted = 0 ORDER BY email LIMIT 1').pluck().get(core.userId) as string | undefined;
  const team = core.db.prepare('SELECT team_id FROM team_members WHERE deleted = 0 GROUP BY team_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string | undefined;
  const reference = new Date(referenceMs).toISOString().slice(0, 10);
  const year = reference.slice(0, 4);
  const month = Number(reference.slice(5, 7));
  const quarterStart = `${year}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const run = (input: ApiInput<'dashboard.get'>) => () => getDashboard(core, dashboardInput.parse({ timeZone: ZONE, ...input }), referenceMs);
  const own = sample(runs, run({}));
  const yearOfRep = sample(runs, run({ ownerIds: rep ? [rep] : [], period: { from: `${year}-01-01`, to: `${year}-12-31` } }));
  const teamQuarter = sample(runs, run(team ? { teamId: team, period: { from: quarterStart, to: reference } } : { office: true }));
  const office = sample(runs, run({ office: true }));
  return {
    dashboard_ms: round(median(own), 1),
    dashboard_p95_ms: round(percentile(own, 95), 1),
    dashboard_rep_year_ms: round(median(yearOfRep), 1),
    dashboard_team_quarter_ms: round(median(teamQuarter), 1),
    dashboard_office_ms: round(median(office), 1),
    dashboard_office_p95_ms: round(percentile(office, 95), 1),
  };
}
