import { useTranslation } from 'react-i18next';
import { useDashboardStore, type DashboardWho } from '../../stores/dashboard-store';
import { useReferenceStore } from '../../stores/reference-store';

const valueOf = (who: DashboardWho): string => (who.kind === 'user' || who.kind === 'team' ? `${who.kind}:${who.id}` : who.kind);

function whoOf(value: string): DashboardWho {
  const [kind, id] = value.split(':');
  if ((kind === 'user' || kind === 'team') && id) return { kind, id };
  return value === 'office' ? { kind: 'office' } : { kind: 'self' };
}

/** For managers: whose figures — theirs, a salesperson's, a team's or the whole office's. */
export function WhoPicker({ meId }: { meId: string | null }) {
  const { t } = useTranslation();
  const who = useDashboardStore((state) => state.who);
  const users = useReferenceStore((state) => state.users);
  const teams = useReferenceStore((state) => state.groups.teams);
  return (
    <label className="dash-who">
      <span className="faint small">{t('dashboard.subject.label')}</span>
      <select className="input select input-sm" value={valueOf(who)} onChange={(event) => useDashboardStore.getState().setWho(whoOf(event.target.value))} data-testid="dashboard-who">
        <option value="self">{t('dashboard.subject.me')}</option>
        <option value="office">{t('dashboard.subject.office')}</option>
        {users.some((user) => user.id !== meId) && (
          <optgroup label={t('dashboard.subject.salespeople')}>
            {users
              .filter((user) => user.id !== meId)
              .map((user) => (
                <option key={user.id} value={`user:${user.id}`}>
                  {user.displayName}
                </option>
              ))}
          </optgroup>
        )}
        {teams.length > 0 && (
          <optgroup label={t('dashboard.subject.teams')}>
            {teams.map((team) => (
              <option key={team.id} value={`team:${team.id}`}>
                {team.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </label>
  );
}
