import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { scheduledKinds, type ActivityKind } from '../../../src-shared/domain/activities';
import { kindIcons } from '../../components/activity-dialog/KindSwitch';
import { Popover } from '../../components/Popover';
import { useAgendaStore } from '../../stores/agenda-store';
import { useProfileStore } from '../../stores/profile-store';
import { useReferenceStore } from '../../stores/reference-store';

/** The kinds the agenda shows, in their colours: the legend, each entry a switch. */
function KindLegend() {
  const { t } = useTranslation();
  const kinds = useAgendaStore((state) => state.kinds);
  const shown = (kind: ActivityKind) => kinds === null || kinds.includes(kind);
  const toggle = (kind: ActivityKind) => {
    const next = scheduledKinds.filter((other) => (other === kind ? !shown(other) : shown(other)));
    // Hiding every kind would show nothing: the last one stays.
    if (next.length === 0) return;
    useAgendaStore.getState().setKinds(next.length === scheduledKinds.length ? null : next);
  };
  return (
    <div className="agenda-legend" role="group" aria-label={t('agenda.calendar.filters.kindsLabel')} data-testid="agenda-legend">
      {scheduledKinds.map((kind) => {
        const Icon = kindIcons[kind];
        const on = shown(kind);
        return (
          <button
            key={kind}
            type="button"
            className={`agenda-legend-item agenda-kind-${kind} ${on ? '' : 'agenda-legend-off'}`}
            aria-pressed={on}
            onClick={() => toggle(kind)}
            data-testid={`agenda-kind-${kind}`}
          >
            <span className="agenda-legend-swatch" aria-hidden="true" />
            <Icon size={13} aria-hidden="true" />
            <span>{t(`agenda.activity.kinds.${kind}`)}</span>
          </button>
        );
      })}
    </div>
  );
}

/** Whose agendas are shown: one's own by default, colleagues' as sync brings them. */
function UserFilter() {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  const me = useProfileStore((state) => state.profile?.user.id ?? '');
  const userIds = useAgendaStore((state) => state.userIds);
  const chosen = userIds ?? [me];
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
    useAgendaStore.getState().setUserIds(next.length === 0 || (next.length === 1 && next[0] === me) ? null : next);
  };
  const label = userIds === null ? t('agenda.calendar.filters.mine') : t('agenda.calendar.filters.someUsers', { count: chosen.length });
  if (users.length < 2) return null;
  return (
    <Popover
      label={t('agenda.calendar.filters.usersLabel')}
      testId="agenda-users"
      buttonClassName="btn btn-secondary btn-sm"
      button={
        <>
          <Users size={14} />
          <span className="btn-label">{label}</span>
        </>
      }
    >
      {() => (
        <div className="agenda-user-menu" role="menu" aria-label={t('agenda.calendar.filters.usersLabel')}>
          <div className="menu-title">{t('agenda.calendar.filters.users')}</div>
          {users.map((user) => {
            const on = chosen.includes(user.id);
            return (
              <label key={user.id} className="column-menu-check" role="menuitemcheckbox" aria-checked={on} tabIndex={-1}>
                <input type="checkbox" checked={on} onChange={() => toggle(user.id)} />
                <span className="truncate">{user.id === me ? t('agenda.calendar.filters.me', { name: user.displayName }) : user.displayName}</span>
              </label>
            );
          })}
          <div className="menu-separator" />
          <button type="button" role="menuitem" className="menu-item" onClick={() => useAgendaStore.getState().setUserIds(null)}>
            {t('agenda.calendar.filters.mine')}
          </button>
        </div>
      )}
    </Popover>
  );
}

/** The agenda's filters: kinds (the legend) and users. */
export function AgendaFilters() {
  return (
    <div className="agenda-filters">
      <KindLegend />
      <span className="toolbar-spacer" />
      <UserFilter />
    </div>
  );
}
