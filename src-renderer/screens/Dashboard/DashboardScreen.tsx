import { RefreshCw, Target } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api/client';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate } from '../../lib/format';
import { useDashboardStore } from '../../stores/dashboard-store';
import { useProfileStore } from '../../stores/profile-store';
import { useReferenceStore } from '../../stores/reference-store';
import { navigate } from '../../stores/router-store';
import { useSyncStore } from '../../stores/sync-store';
import type { EntityName } from '../../../src-shared/contract/events';
import type { Dashboard } from '../../../src-shared/domain/dashboard';
import { isManager } from './access';
import { DashboardTiles } from './DashboardTiles';
import { PeriodPicker } from './PeriodPicker';
import { WhoPicker } from './WhoPicker';
import './dashboard.css';

/** Changes that move the figures: the dashboard reloads (once per burst) while shown. */
const watched: ReadonlySet<EntityName> = new Set<EntityName>(['deal', 'activity', 'target', 'pipeline', 'exchangeRate', 'officeSetting', 'team']);

function useSubtitle(dashboard: Dashboard | null): string {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  const teams = useReferenceStore((state) => state.groups.teams);
  if (!dashboard) return '';
  const { subject } = dashboard;
  switch (subject.kind) {
    case 'self':
      return t('dashboard.subtitle.self');
    case 'office':
      return t('dashboard.subtitle.office');
    case 'team':
      return t('dashboard.subtitle.team', { name: teams.find((team) => team.id === subject.teamId)?.name ?? '' });
    case 'users':
      return t('dashboard.subtitle.users', { names: subject.ownerIds.map((id) => users.find((user) => user.id === id)?.displayName ?? '…').join(', ') });
  }
}

/** The dashboard: the indicators of the user, or for managers of a salesperson, a team or the office, over a period. */
export function DashboardScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { dashboard, status, error } = useDashboardStore();
  const manager = isManager(useSyncStore((state) => state.status?.server));
  const meId = useProfileStore((state) => state.profile?.user.id ?? null);
  const subtitle = useSubtitle(dashboard);

  useEffect(() => {
    void useDashboardStore.getState().load();
    void useReferenceStore.getState().loadUsers();
    void useReferenceStore.getState().loadGroups();
    let timer: number | null = null;
    const stop = on('data.changed', ({ entity }) => {
      if (!watched.has(entity) || timer !== null) return;
      timer = window.setTimeout(() => {
        timer = null;
        void useDashboardStore.getState().load();
      }, 150);
    });
    return () => {
      if (timer !== null) window.clearTimeout(timer);
      stop();
    };
  }, []);
  // A salesperson sees only their own figures, whatever was chosen before.
  useEffect(() => {
    if (!manager && useDashboardStore.getState().who.kind !== 'self') useDashboardStore.getState().setWho({ kind: 'self' });
  }, [manager]);

  return (
    <section className="screen dashboard-screen" aria-label={t('dashboard.title')} data-testid="dashboard-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('dashboard.title')}</h1>
          <span className="screen-count" data-testid="dashboard-subtitle">
            {subtitle}
            {dashboard && ` · ${t('dashboard.period.range', { from: formatCalendarDate(language, dashboard.period.from), to: formatCalendarDate(language, dashboard.period.to) })}`}
          </span>
        </div>
        <div className="screen-actions">
          <Button icon={<RefreshCw size={15} />} onClick={() => void useDashboardStore.getState().load()} busy={status === 'loading'} data-testid="dashboard-refresh">
            {t('dashboard.refresh')}
          </Button>
          <Button icon={<Target size={15} />} onClick={() => navigate({ name: 'targets' })} data-testid="open-targets">
            {t('dashboard.targets')}
          </Button>
        </div>
      </header>
      <div className="toolbar" role="toolbar" aria-label={t('dashboard.title')}>
        <PeriodPicker />
        <span className="toolbar-spacer" />
        {manager && <WhoPicker meId={meId} />}
      </div>
      <div className="dash-body">
        {dashboard && dashboard.missingRates.length > 0 && (
          <p className="dash-note" role="note" data-testid="dashboard-missing-rates">
            {t('dashboard.missingRates', { currencies: dashboard.missingRates.join(', ') })}
          </p>
        )}
        {status === 'failed' && !dashboard ? (
          <EmptyState title={t('errors.title')} body={errorMessage(t, error)} actions={<Button onClick={() => void useDashboardStore.getState().load()}>{t('common.retry')}</Button>} />
        ) : dashboard ? (
          <DashboardTiles dashboard={dashboard} />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    </section>
  );
}
