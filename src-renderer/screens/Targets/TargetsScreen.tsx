import { ChevronLeft, ChevronRight, Gauge, Lock } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api/client';
import { Button, IconButton } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../i18n/error-message';
import { targetGranularities, targetMetrics } from '../../../src-shared/domain/targets';
import { useReferenceStore } from '../../stores/reference-store';
import { navigate } from '../../stores/router-store';
import { useSyncStore } from '../../stores/sync-store';
import { useTargetsStore } from '../../stores/targets-store';
import { isManager } from '../Dashboard/access';
import { TargetsGrid } from './TargetsGrid';
import './targets.css';

/** Sales planning: each salesperson's and team's targets by month or quarter, set by managers, with what was reached. */
export function TargetsScreen() {
  const { t } = useTranslation();
  const { year, metric, granularity, data, status, error } = useTargetsStore();
  const editable = isManager(useSyncStore((state) => state.status?.server));
  const users = useReferenceStore((state) => state.users);
  const teams = useReferenceStore((state) => state.groups.teams);
  const { setYear, setMetric, setGranularity } = useTargetsStore.getState();

  useEffect(() => {
    void useTargetsStore.getState().load();
    void useReferenceStore.getState().loadUsers();
    void useReferenceStore.getState().loadGroups();
    let timer: number | null = null;
    const stop = on('data.changed', ({ entity }) => {
      if (!['target', 'deal', 'activity', 'team'].includes(entity) || timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        void useTargetsStore.getState().load();
      }, 150);
    });
    return () => {
      if (timer !== null) window.clearTimeout(timer);
      stop();
    };
  }, []);

  const userRows = users.map((user) => ({ kind: 'user' as const, id: user.id, name: user.displayName }));
  const teamRows = teams.map((team) => ({ kind: 'team' as const, id: team.id, name: team.name }));
  return (
    <section className="screen targets-screen" aria-label={t('targets.title')} data-testid="targets-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('targets.title')}</h1>
          <span className="screen-count">{t('targets.subtitle')}</span>
        </div>
        <div className="screen-actions">
          <Button icon={<Gauge size={15} />} onClick={() => navigate({ name: 'dashboard' })} data-testid="open-dashboard">
            {t('targets.dashboard')}
          </Button>
        </div>
      </header>
      <div className="toolbar" role="toolbar" aria-label={t('targets.title')}>
        <div className="target-year">
          <IconButton size="sm" icon={<ChevronLeft size={15} />} label={t('targets.year.previous')} onClick={() => setYear(year - 1)} data-testid="targets-previous-year" />
          <strong data-testid="targets-year">{year}</strong>
          <IconButton size="sm" icon={<ChevronRight size={15} />} label={t('targets.year.next')} onClick={() => setYear(year + 1)} data-testid="targets-next-year" />
        </div>
        <div className="segmented" role="radiogroup" aria-label={t('targets.metric.label')}>
          {targetMetrics.map((key) => (
            <label key={key} className={`segment ${metric === key ? 'segment-on' : ''}`} data-testid={`metric-${key}`}>
              <input type="radio" name="target-metric" value={key} checked={metric === key} onChange={() => setMetric(key)} />
              <span>{t(`targets.metric.${key}`)}</span>
            </label>
          ))}
        </div>
        <div className="segmented" role="radiogroup" aria-label={t('targets.granularity.label')}>
          {targetGranularities.map((key) => (
            <label key={key} className={`segment ${granularity === key ? 'segment-on' : ''}`} data-testid={`granularity-${key}`}>
              <input type="radio" name="target-granularity" value={key} checked={granularity === key} onChange={() => setGranularity(key)} />
              <span>{t(`targets.granularity.${key}`)}</span>
            </label>
          ))}
        </div>
      </div>
      <div className="target-body">
        {!editable && (
          <p className="catalogue-read-only" role="note" data-testid="targets-read-only">
            <Lock size={14} aria-hidden="true" />
            <span>{t('targets.readOnly')}</span>
          </p>
        )}
        {data && (
          <p className="faint small">{data.metric === 'won_amount' ? t('targets.amountsIn', { currency: data.currency }) : data.metric === 'activities' ? t('targets.activitiesHint') : ''}</p>
        )}
        {status === 'failed' && !data ? (
          <EmptyState title={t('errors.title')} body={errorMessage(t, error)} actions={<Button onClick={() => void useTargetsStore.getState().load()}>{t('common.retry')}</Button>} />
        ) : !data ? (
          <p className="muted">{t('targets.loading')}</p>
        ) : userRows.length === 0 && teamRows.length === 0 ? (
          <p className="faint">{t('targets.empty')}</p>
        ) : (
          <TargetsGrid data={data} users={userRows} teams={teamRows} editable={editable} />
        )}
      </div>
    </section>
  );
}
