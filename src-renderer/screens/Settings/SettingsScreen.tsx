import { useTranslation } from 'react-i18next';
import { useProfileStore } from '../../stores/profile-store';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupsSection } from './BackupsSection';
import { CurrencySection } from './CurrencySection';
import { LostReasonsSection } from './LostReasonsSection';
import { OfficeServerSection } from './OfficeServerSection';
import { PipelinesSection } from './PipelinesSection';
import { ProfileSection } from './ProfileSection';
import { QuotesSection } from './QuotesSection';

/** Profile, language and theme, the office server, backups, and facts about the app. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const user = useProfileStore((state) => state.profile?.user);
  return (
    <section className="screen settings-screen" aria-label={t('settings.title')}>
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('settings.title')}</h1>
        </div>
      </header>
      <div className="settings-body">
        <div className="settings-column">
          <ProfileSection key={`${user?.displayName ?? ''}|${user?.email ?? ''}`} />
          <AppearanceSection />
          <OfficeServerSection />
          <CurrencySection />
          <PipelinesSection />
          <LostReasonsSection />
          <QuotesSection />
          <BackupsSection />
          <AboutSection />
        </div>
      </div>
    </section>
  );
}
