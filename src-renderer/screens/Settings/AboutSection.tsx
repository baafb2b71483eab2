import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Fact, Facts } from '../../components/detail/Card';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { useSettingsStore } from '../../stores/settings-store';

/** Version, schema, where the data lives, what it holds, and what the last start said. */
export function AboutSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const info = useSettingsStore((state) => state.info);
  const loadInfo = useSettingsStore((state) => state.loadInfo);

  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  return (
    <Card title={t('settings.about')} testId="settings-about">
      {!info ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <Facts>
          <Fact label={t('settings.version')}>{info.version}</Fact>
          <Fact label={t('settings.schemaVersion')}>{String(info.schemaVersion)}</Fact>
          <Fact label={t('settings.dataDir')} wide>
            <span className="mono selectable">{info.dataDir}</span>
          </Fact>
          <Fact label={t('settings.databaseFile')} wide>
            <span className="mono selectable">{info.databaseFile}</span>
          </Fact>
          <Fact label={t('settings.counts')} wide>
            {t('settings.countsValue', { contacts: formatNumber(lang, info.counts.contacts), companies: formatNumber(lang, info.counts.companies) })}
          </Fact>
          {info.notices.length > 0 && (
            <Fact label={t('settings.notices')} wide>
              <ul className="plain-list">
                {info.notices.map((notice, index) => (
                  <li key={index}>{notice}</li>
                ))}
              </ul>
            </Fact>
          )}
        </Facts>
      )}
    </Card>
  );
}
