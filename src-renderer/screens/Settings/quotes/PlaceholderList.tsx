import { useTranslation } from 'react-i18next';
import { placeholderGroups, type PlaceholderGroup } from '../../../../src-shared/domain/quote-placeholders';

const groups = Object.keys(placeholderGroups) as PlaceholderGroup[];

/** Every field a Word template may hold, group by group, with what it is replaced by. */
export function PlaceholderList() {
  const { t } = useTranslation();
  return (
    <details className="placeholder-list" id="quote-template-fields" data-testid="placeholder-list">
      <summary>{t('quoteSettings.placeholderList.title')}</summary>
      <p className="muted">{t('quoteSettings.placeholderList.intro', { example: '{{quote.number}}' })}</p>
      {groups.map((group) => (
        <section key={group} aria-label={t(`quoteSettings.placeholderList.groups.${group}`)}>
          <h4>{t(`quoteSettings.placeholderList.groups.${group}`)}</h4>
          <dl>
            {placeholderGroups[group].map((name) => (
              <div key={name} className="placeholder-entry">
                <dt>
                  <code>{`{{${name}}}`}</code>
                </dt>
                <dd>{t(`quoteSettings.placeholders.${name}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </details>
  );
}
