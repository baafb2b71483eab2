import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../src-shared/domain/dashboard';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate, formatNumber } from '../../lib/format';
import { openListLink } from '../../lib/open-list-link';
import { formatMonth, formatPercent } from './figures';
import { Gauge, Tile } from './Tile';

/** Deals won in the period, against the period's targets (amount and count). */
function WonTile({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const won = dashboard.tiles.won;
  const money = (amount: number) => formatMoney(language, amount, dashboard.currency);
  return (
    <Tile title={t('dashboard.tiles.won.title')} link={won.link} testId="tile-won" figure={money(won.amount)}>
      <span className="dash-detail">{t('dashboard.tiles.won.deals', { count: won.count })}</span>
      {won.targetAmount !== null && won.amountAttainment !== null ? (
        <>
          <Gauge ratio={won.amountAttainment} label={t('dashboard.tiles.won.gauge')} text={formatPercent(language, won.amountAttainment)} />
          <span className="dash-detail" data-testid="tile-won-attainment">
            {t('dashboard.tiles.won.attainment', { percent: formatPercent(language, won.amountAttainment) })} · {t('dashboard.tiles.won.target', { target: money(won.targetAmount) })}
          </span>
        </>
      ) : (
        <span className="dash-detail faint">{t('dashboard.tiles.won.noTarget')}</span>
      )}
      {won.targetCount !== null && won.countAttainment !== null && (
        <span className="dash-detail">
          {t('dashboard.tiles.won.countAttainment', { count: won.count, target: formatNumber(language, won.targetCount), percent: formatPercent(language, won.countAttainment) })}
        </span>
      )}
    </Tile>
  );
}

/** This week's activities by kind, each bar opening that kind's activities. */
function ActivitiesTile({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tile = dashboard.tiles.activities;
  const most = Math.max(1, ...tile.byKind.map((kind) => kind.count));
  return (
    <Tile
      title={t('dashboard.tiles.activities.title')}
      link={tile.link}
      testId="tile-activities"
      figure={formatNumber(language, tile.total)}
      extra={
        <ul className="dash-bars" aria-label={t('dashboard.tiles.activities.title')}>
          {tile.byKind.map((kind) => (
            <li key={kind.kind}>
              <button type="button" className="dash-bar-row" onClick={() => openListLink(kind.link)} data-testid={`tile-activities-${kind.kind}`}>
                <span className="dash-bar-label">{t(`activities.kind.${kind.kind}`)}</span>
                <span className="dash-bar-track" aria-hidden="true">
                  <span className={`dash-bar-fill kind-${kind.kind}`} style={{ width: `${(kind.count / most) * 100}%` }} />
                </span>
                <span className="dash-bar-value">{formatNumber(language, kind.count)}</span>
              </button>
            </li>
          ))}
        </ul>
      }
    >
      <span className="dash-detail">
        {t('dashboard.tiles.activities.week', { from: formatCalendarDate(language, tile.fromDay), to: formatCalendarDate(language, tile.toDay) })}
      </span>
      <span className="dash-detail faint">{t('dashboard.tiles.activities.hint')}</span>
    </Tile>
  );
}

/** Every tile of the dashboard. */
export function DashboardTiles({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { pipeline, winRate, cycle, overdueTasks, closingThisMonth } = dashboard.tiles;
  const money = (amount: number) => formatMoney(language, amount, dashboard.currency);
  return (
    <div className="dash-grid">
      <Tile title={t('dashboard.tiles.pipeline.title')} link={pipeline.link} testId="tile-pipeline" figure={money(pipeline.amount)}>
        <span className="dash-detail">{t('dashboard.tiles.pipeline.weighted', { amount: money(pipeline.weighted) })}</span>
        <span className="dash-detail">{t('dashboard.tiles.pipeline.deals', { count: pipeline.count })}</span>
      </Tile>
      <WonTile dashboard={dashboard} />
      <Tile
        title={t('dashboard.tiles.winRate.title')}
        link={winRate.link}
        testId="tile-win-rate"
        figure={winRate.rate === null ? '—' : formatPercent(language, winRate.rate)}
        extra={
          winRate.lost > 0 && (
            <button type="button" className="link-button dash-extra-link" onClick={() => openListLink(winRate.lostLink)} data-testid="tile-win-rate-lost">
              {t('dashboard.tiles.winRate.lost')}
            </button>
          )
        }
      >
        <span className="dash-detail">{winRate.rate === null ? t('dashboard.tiles.winRate.none') : t('dashboard.tiles.winRate.detail', { won: formatNumber(language, winRate.won), lost: formatNumber(language, winRate.lost) })}</span>
      </Tile>
      <Tile
        title={t('dashboard.tiles.cycle.title')}
        link={cycle.link}
        testId="tile-cycle"
        figure={cycle.averageDays === null ? '—' : t('dashboard.tiles.cycle.days', { count: cycle.averageDays, days: formatNumber(language, cycle.averageDays) })}
      >
        <span className="dash-detail">{cycle.averageDays === null ? t('dashboard.tiles.cycle.none') : t('dashboard.tiles.cycle.detail', { count: cycle.count })}</span>
      </Tile>
      <ActivitiesTile dashboard={dashboard} />
      <Tile title={t('dashboard.tiles.overdue.title')} link={overdueTasks.link} testId="tile-overdue" figure={formatNumber(language, overdueTasks.count)}>
        <span className={`dash-detail ${overdueTasks.count > 0 ? 'dash-warning' : 'faint'}`}>
          {overdueTasks.count > 0 ? t('dashboard.tiles.overdue.some', { count: overdueTasks.count }) : t('dashboard.tiles.overdue.none')}
        </span>
      </Tile>
      <Tile title={t('dashboard.tiles.closing.title')} link={closingThisMonth.link} testId="tile-closing" figure={money(closingThisMonth.amount)}>
        <span className="dash-detail">{t('dashboard.tiles.closing.detail', { count: closingThisMonth.count, month: formatMonth(language, closingThisMonth.month) })}</span>
      </Tile>
    </div>
  );
}
