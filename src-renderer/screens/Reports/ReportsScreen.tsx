import { BarChart3 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../lib/routes';
import { reportGroups } from './report-catalogue';
import './reports.css';

/** The reports, grouped by what they answer, each with what it shows. */
export function ReportsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen reports-screen" aria-label={t('reports.title')} data-testid="reports-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('reports.title')}</h1>
        </div>
      </header>
      <div className="reports-body">
        <p className="muted">{t('reports.ui.subtitle')}</p>
        {reportGroups.map((group) => (
          <section key={group.id} className="reports-group" aria-labelledby={`reports-group-${group.id}`}>
            <h2 id={`reports-group-${group.id}`}>{t(`reports.ui.groups.${group.id}`)}</h2>
            <ul className="reports-list">
              {group.reports.map((name) => (
                <li key={name}>
                  <a className="reports-card" href={routeHash({ name: 'report', report: name })} data-testid={`report-link-${name}`}>
                    <BarChart3 size={18} aria-hidden="true" />
                    <span className="reports-card-text">
                      <span className="reports-card-name">{t(`reports.names.${name}`)}</span>
                      <span className="muted small">{t(`reports.descriptions.${name}`)}</span>
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
