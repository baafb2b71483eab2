import { BarChart3, Building2, Gauge, CalendarDays, Combine, GitMerge, Handshake, House, Languages, Moon, Package, PenLine, Search, Settings, ShieldCheck, Sun, UserRound } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../components/Avatar';
import { shortcutLabel } from '../lib/keyboard';
import { routeSection } from '../lib/routes';
import { resolved } from '../lib/theme';
import { usePaletteStore } from '../stores/palette-store';
import { openQuickLog } from '../stores/quick-log-store';
import { useProfileStore } from '../stores/profile-store';
import { useRouterStore } from '../stores/router-store';
import { useSyncStore } from '../stores/sync-store';
import { switchLanguage, toggleTheme } from './commands';
import { SyncIndicator } from './SyncIndicator';

type NavLinkProps = { href: string; icon: ReactNode; label: string; active: boolean; testId: string; count?: number; countLabel?: string };

function NavLink({ href, icon, label, active, testId, count, countLabel }: NavLinkProps) {
  return (
    <a href={href} className={`nav-link ${active ? 'nav-link-active' : ''}`} aria-current={active ? 'page' : undefined} data-testid={testId}>
      {icon}
      <span>{label}</span>
      {count !== undefined && count > 0 && (
        <span className="nav-count" aria-label={countLabel} title={countLabel} data-testid={`${testId}-count`}>
          {count}
        </span>
      )}
    </a>
  );
}

/** The left sidebar: search, the screens that exist, sync, and who is signed in. */
export function Sidebar() {
  const { t } = useTranslation();
  const section = routeSection(useRouterStore((state) => state.route));
  const profile = useProfileStore((state) => state.profile);
  const dark = resolved(profile?.settings.theme ?? 'system') === 'dark';
  const userName = profile?.user.displayName ?? '';
  const sync = useSyncStore((state) => state.status);
  const reviewCount = sync?.reviewCount ?? 0;
  const administrator = sync?.server?.role === 'administrator';
  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <button type="button" className="sidebar-search" onClick={() => usePaletteStore.getState().show()} data-testid="open-palette">
        <Search size={14} aria-hidden="true" />
        <span>{t('nav.search')}</span>
        <kbd>{shortcutLabel('K')}</kbd>
      </button>
      <button type="button" className="sidebar-search sidebar-quick-log" onClick={() => openQuickLog()} title={t('activities.quickLog.title')} data-testid="open-quick-log">
        <PenLine size={14} aria-hidden="true" />
        <span>{t('activities.quickLog.sidebar')}</span>
        <kbd>{shortcutLabel('L')}</kbd>
      </button>
      <nav className="sidebar-nav" aria-label={t('nav.main')}>
        <NavLink href="#/today" icon={<House size={16} />} label={t('activities.today.nav')} active={section === 'today'} testId="nav-today" />
        <NavLink href="#/dashboard" icon={<Gauge size={16} />} label={t('dashboard.nav')} active={section === 'dashboard'} testId="nav-dashboard" />
        <NavLink href="#/contacts" icon={<UserRound size={16} />} label={t('nav.contacts')} active={section === 'contacts'} testId="nav-contacts" />
        <NavLink href="#/companies" icon={<Building2 size={16} />} label={t('nav.companies')} active={section === 'companies'} testId="nav-companies" />
        <NavLink href="#/deals" icon={<Handshake size={16} />} label={t('sales.nav')} active={section === 'deals'} testId="nav-deals" />
        <NavLink href="#/agenda" icon={<CalendarDays size={16} />} label={t('agenda.calendar.nav')} active={section === 'agenda'} testId="nav-agenda" />
        <NavLink href="#/catalogue" icon={<Package size={16} />} label={t('catalogue.nav')} active={section === 'catalogue'} testId="nav-catalogue" />
        <NavLink href="#/reports" icon={<BarChart3 size={16} />} label={t('reports.title')} active={section === 'reports'} testId="nav-reports" />
      </nav>
      <div className="sidebar-bottom">
        {(sync?.configured || reviewCount > 0) && (
          <NavLink
            href="#/review"
            icon={<GitMerge size={16} />}
            label={t('nav.review')}
            active={section === 'review'}
            testId="nav-review"
            count={reviewCount}
            countLabel={t('review.count', { count: reviewCount })}
          />
        )}
        {administrator && <NavLink href="#/admin" icon={<ShieldCheck size={16} />} label={t('nav.admin')} active={section === 'admin'} testId="nav-admin" />}
        <NavLink href="#/duplicates/contacts" icon={<Combine size={16} />} label={t('duplicates.ui.nav')} active={section === 'duplicates'} testId="nav-duplicates" />
        <NavLink href="#/settings" icon={<Settings size={16} />} label={t('nav.settings')} active={section === 'settings'} testId="nav-settings" />
        <SyncIndicator />
        <div className="sidebar-user">
          <Avatar name={userName || '?'} size="sm" />
          <div className="sidebar-user-text">
            <span className="faint small">{t('nav.signedInAs')}</span>
            <span className="truncate" data-testid="current-user">
              {userName}
            </span>
          </div>
          <button type="button" className="btn btn-ghost btn-icon btn-sm" onClick={switchLanguage} aria-label={t('language.switchTo')} title={t('language.switchTo')} data-testid="switch-language">
            <Languages size={14} />
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-sm"
            onClick={toggleTheme}
            aria-label={dark ? t('theme.switchToLight') : t('theme.switchToDark')}
            title={dark ? t('theme.switchToLight') : t('theme.switchToDark')}
            data-testid="toggle-theme"
          >
            {dark ? <Sun size={14} /> : <Moon size={14} />}
          </button>
        </div>
      </div>
    </aside>
  );
}
