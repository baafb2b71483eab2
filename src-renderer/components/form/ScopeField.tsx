import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../stores/profile-store';
import { useReferenceStore } from '../../stores/reference-store';
import { useSyncStore } from '../../stores/sync-store';
import { describedBy, FieldFrame } from '../Field';
import { scopeText } from '../history/history-values';

type ScopeFieldProps = { value: string; onChange: (scope: string) => void; error?: string | null };

/**
 * "Shared with": everyone in the office, only me, or one of my teams or territories (an
 * administrator may pick any). The record's current group stays listed even when the user is
 * not in it.
 */
export function ScopeField({ value, onChange, error }: ScopeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const groups = useReferenceStore((state) => state.groups);
  const userId = useProfileStore((state) => state.profile?.user.id);
  const administrator = useSyncStore((state) => state.status?.server?.role === 'administrator');
  const mine = <G extends { id: string; members: { id: string }[] }>(list: readonly G[], prefix: string) =>
    list.filter((group) => administrator || group.members.some((member) => member.id === userId) || value === `${prefix}:${group.id}`);
  const teams = mine(groups.teams, 'team');
  const territories = mine(groups.territories, 'territory');
  const known = value === '' || value === 'private' || [...teams.map((g) => `team:${g.id}`), ...territories.map((g) => `territory:${g.id}`)].includes(value);
  const hint = t('scope.hint');
  return (
    <FieldFrame id={id} label={t('scope.label')} error={error} hint={hint} path="scope">
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        data-testid="scope-select"
      >
        <option value="">{t('scope.everyone')}</option>
        <option value="private">{t('scope.private')}</option>
        {teams.length > 0 && (
          <optgroup label={t('scope.teams')}>
            {teams.map((group) => (
              <option key={group.id} value={`team:${group.id}`}>
                {t('scope.team', { name: group.name })}
              </option>
            ))}
          </optgroup>
        )}
        {territories.length > 0 && (
          <optgroup label={t('scope.territories')}>
            {territories.map((group) => (
              <option key={group.id} value={`territory:${group.id}`}>
                {t('scope.territory', { name: group.name })}
              </option>
            ))}
          </optgroup>
        )}
        {!known && <option value={value}>{scopeText(t, value, groups)}</option>}
      </select>
    </FieldFrame>
  );
}
