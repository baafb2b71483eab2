import type { ReportResult, ReportRow } from '../../../src-shared/domain/reports/types';
import { getMeta } from '../../core/meta';
import { prepared } from '../../db/handles';
import { DEFAULT_NEGLECTED_DAYS } from '../activities/today';
import { Conditions } from '../common/sql';
import type { ReportContext } from './context';
import { companyConditions, dealConditions, STAGE_DEALS } from './filters';
import { localDayOf } from './period';
import { column, resultOf } from './result';

/** Accounts listed at most; the note says when there were more. */
export const MAX_NEGLECTED_ROWS = 200;
const MS_PER_DAY = 86_400_000;

type OpenSum = { company_id: string; currency: string; amount: number };
type Account = { id: string; name: string; owner_id: string | null; created_at: string; last: string | null };

/** Days without activity after which an account is neglected: the setting the Today screen uses. */
export function neglectedDays(ctx: ReportContext): number {
  return Number(getMeta(ctx.db, 'settings.neglectedDays')) || DEFAULT_NEGLECTED_DAYS;
}

/**
 * Companies nobody has been in touch with for the Today screen's number of days (their latest
 * live activity, planned ones included, is older; or they never had one and were created
 * before), among those with open deals (of the chosen salespeople, in the chosen pipeline) or
 * owned by the chosen salespeople: never contacted first, then the longest silent; their open
 * deals at today's rates. Not bound to the period: it is about now.
 */
export function neglectedAccounts(ctx: ReportContext): ReportResult {
  const days = neglectedDays(ctx);
  const cutoff = new Date(ctx.nowMs - days * MS_PER_DAY).toISOString();
  const dealWhere = dealConditions(ctx, 'd', ctx.filters.pipelineId).add("s.kind = 'open'").add('d.company_id IS NOT NULL');
  const open = prepared(
    ctx.db,
    `SELECT d.company_id, d.currency, sum(d.amount_minor) AS amount FROM ${STAGE_DEALS}
      ${dealWhere.toSql()} GROUP BY d.company_id, d.currency`,
  ).all(...dealWhere.params) as OpenSum[];
  const openAmount = new Map<string, number>();
  for (const sum of open) openAmount.set(sum.company_id, (openAmount.get(sum.company_id) ?? 0) + ctx.money.toBase(sum.amount, sum.currency, ctx.today));

  const where = companyConditions(ctx, 'c', new Conditions().add('c.deleted = 0'));
  const owned = ctx.owners && ctx.owners.length > 0 ? ` OR c.owner_id IN (${ctx.owners.map(() => '?').join(', ')})` : '';
  where.add(`(c.id IN (SELECT value FROM json_each(?))${owned})`, JSON.stringify([...openAmount.keys()]), ...(ctx.owners ?? []));
  const accounts = prepared(
    ctx.db,
    `WITH latest AS MATERIALIZED (
       SELECT c.id, c.name, c.owner_id, c.created_at,
              CASE WHEN c.id IN (SELECT company_id FROM activities WHERE deleted = 1)
                   THEN (SELECT a.span_start FROM activities a WHERE a.company_id = c.id AND a.deleted = 0 ORDER BY a.span_start DESC LIMIT 1)
                   ELSE (SELECT max(a.span_start) FROM activities a WHERE a.company_id = c.id) END AS last
         FROM companies c ${where.toSql()})
     SELECT id, name, owner_id, created_at, last FROM latest
      WHERE last < @cutoff OR (last IS NULL AND created_at < @cutoff)
      ORDER BY last IS NOT NULL, coalesce(last, created_at), id`,
  ).all(...where.params, { cutoff }) as Account[];
  if (accounts.length > MAX_NEGLECTED_ROWS) ctx.notes.add('reports.notes.truncated');
  const owners = new Map(
    (prepared(ctx.db, 'SELECT id, display_name FROM users').all() as { id: string; display_name: string }[]).map((row) => [row.id, row.display_name]),
  );
  const rows: ReportRow[] = accounts.slice(0, MAX_NEGLECTED_ROWS).map((account) => ({
    cells: {
      company: account.name,
      owner: account.owner_id ? (owners.get(account.owner_id) ?? account.owner_id) : null,
      lastActivity: account.last ? localDayOf(account.last, ctx.zone) : null,
      daysSince: account.last ? Math.floor((ctx.nowMs - Date.parse(account.last)) / MS_PER_DAY) : null,
      openAmount: openAmount.get(account.id) ?? 0,
    },
    link: { list: 'companies', filters: { ids: [account.id] } },
  }));
  ctx.notes.add('reports.notes.neglectedDays');
  return resultOf(ctx, 'neglected-accounts', {
    columns: [column('company', 'text'), column('owner', 'user'), column('lastActivity', 'date'), column('daysSince', 'days'), column('openAmount', 'money')],
    rows,
    totals: { openAmount: accounts.reduce((total, account) => total + (openAmount.get(account.id) ?? 0), 0) },
    chart: { kind: 'bar', category: 'company', series: ['daysSince'] },
  });
}
