import { TriangleAlert } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { errorMessage } from '../i18n/error-message';
import { useProfileStore } from '../stores/profile-store';
import { ConnectionBanner } from './ConnectionBanner';
import { Shell } from './Shell';

/** Reads the profile (language, theme, user) before showing the shell; says so if it cannot. */
export function App() {
  const { t } = useTranslation();
  const status = useProfileStore((state) => state.status);
  const error = useProfileStore((state) => state.error);

  useEffect(() => {
    void useProfileStore.getState().load();
  }, []);

  if (status === 'ready') return <Shell />;
  if (status === 'failed') {
    return (
      <div className="boot-screen" role="alert">
        <ConnectionBanner />
        <TriangleAlert size={32} className="boot-icon" aria-hidden="true" />
        <h1>{t('app.bootFailed')}</h1>
        <p className="muted">{errorMessage(t, error)}</p>
        <p className="muted">{t('app.bootFailedHint')}</p>
        <Button variant="primary" onClick={() => void useProfileStore.getState().load()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  return (
    <div className="boot-screen" aria-busy="true">
      <span className="spinner spinner-lg" aria-hidden="true" />
      <p className="muted">{t('app.loading')}</p>
    </div>
  );
}
