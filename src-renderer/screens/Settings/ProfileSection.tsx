import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../src-shared/contract/api';
import { Button } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { TextField } from '../../components/Field';
import { issueMap, schemaIssues } from '../../lib/field-issues';
import { useProfileStore } from '../../stores/profile-store';
import { notify } from '../../stores/toast-store';

/** The local user's name (shown in history) and email. Keyed by the saved values, so it resets when they change. */
export function ProfileSection() {
  const { t } = useTranslation();
  const profile = useProfileStore((state) => state.profile);
  const update = useProfileStore((state) => state.update);
  const [displayName, setDisplayName] = useState(profile?.user.displayName ?? '');
  const [email, setEmail] = useState(profile?.user.email ?? '');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const input = { displayName, email: email.trim() === '' ? null : email };
  const issues = issueMap(schemaIssues(api['profile.update'].input, input));
  const errorFor = (path: string) => (tried && issues[path] ? t(`errors.field.${issues[path]}`) : null);
  const changed = displayName !== (profile?.user.displayName ?? '') || email !== (profile?.user.email ?? '');

  const save = async () => {
    setTried(true);
    if (Object.keys(issues).length > 0) return;
    setBusy(true);
    if (await update(input)) notify(t('settings.saved'));
    setBusy(false);
  };

  return (
    <Card title={t('settings.profile')} testId="settings-profile">
      <p className="muted card-intro">{t('settings.profileHint')}</p>
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextField label={t('settings.displayName')} value={displayName} onChange={setDisplayName} error={errorFor('displayName')} maxLength={100} required />
        <TextField label={t('settings.email')} type="email" value={email} onChange={setEmail} error={errorFor('email')} maxLength={254} />
        <div className="settings-actions">
          <Button variant="primary" type="submit" busy={busy} disabled={!changed}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
