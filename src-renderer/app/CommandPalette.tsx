import {
  BarChart3,
  Building2,
  Combine,
  Command as CommandIcon,
  CornerDownLeft,
  FileUp,
  Filter,
  Gauge,
  Handshake,
  Languages,
  Mail,
  MapPin,
  PenLine,
  Phone,
  Plus,
  Search,
  Settings,
  SquareCheck,
  StickyNote,
  SunMoon,
  Target,
  UserRound,
  Users,
} from 'lucide-react';
import { Fragment, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '../../src-shared/domain/activities';
import type { SearchHit } from '../../src-shared/domain/records';
import { useFocusTrap } from '../components/use-focus-trap';
import { useLanguage } from '../i18n/use-language';
import { matchesWords } from '../lib/text-match';
import { usePaletteStore } from '../stores/palette-store';
import { navigate } from '../stores/router-store';
import { appCommands, type Command, type CommandId } from './commands';
import { hitRoute, hitSection, hitSubtitle } from './palette-hits';

const commandIcons: Record<CommandId, ReactNode> = {
  quickLog: <PenLine size={15} />,
  newContact: <Plus size={15} />,
  newCompany: <Plus size={15} />,
  goContacts: <UserRound size={15} />,
  goCompanies: <Building2 size={15} />,
  goSettings: <Settings size={15} />,
  importContacts: <FileUp size={15} />,
  importCompanies: <FileUp size={15} />,
  importDeals: <FileUp size={15} />,
  findDuplicateContacts: <Combine size={15} />,
  findDuplicateCompanies: <Combine size={15} />,
  newContactSegment: <Filter size={15} />,
  newCompanySegment: <Filter size={15} />,
  newDealSegment: <Filter size={15} />,
  goReports: <BarChart3 size={15} />,
  goDashboard: <Gauge size={15} />,
  goTargets: <Target size={15} />,
  switchLanguage: <Languages size={15} />,
  toggleTheme: <SunMoon size={15} />,
};

const activityIcons: Record<ActivityKind, ReactNode> = {
  task: <SquareCheck size={15} />,
  call: <Phone size={15} />,
  meeting: <Users size={15} />,
  visit: <MapPin size={15} />,
  note: <StickyNote size={15} />,
  email: <Mail size={15} />,
};

function hitIcon(hit: SearchHit): ReactNode {
  if (hit.activity) return activityIcons[hit.activity.kind];
  return hit.entity === 'contact' ? <UserRound size={15} /> : hit.entity === 'deal' ? <Handshake size={15} /> : <Building2 size={15} />;
}

type Item = { kind: 'hit'; hit: SearchHit } | { kind: 'command'; command: Command };

/** Ctrl+K: find any record as you type (search.global), or run a command. */
export function CommandPalette() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { query, hits, hitsFor, searching, failed, activeIndex, setQuery, setActive, hide } = usePaletteStore();
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref);

  const kindLabel = (hit: SearchHit): string => {
    if (hit.activity) return t(`palette.activityKind.${hit.activity.kind}`);
    return hit.entity === 'deal' ? t('palette.deal') : hit.entity === 'company' ? t('palette.company') : t('palette.contact');
  };
  const commands = useMemo(() => appCommands(t).filter((command) => matchesWords(command.label, query)), [t, query]);
  const items: Item[] = [...hits.map((hit) => ({ kind: 'hit' as const, hit })), ...commands.map((command) => ({ kind: 'command' as const, command }))];
  const active = Math.min(activeIndex, Math.max(0, items.length - 1));

  const run = (item: Item | undefined) => {
    if (!item) return;
    hide();
    if (item.kind === 'hit') navigate(hitRoute(item.hit));
    else item.command.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      hide();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(items.length === 0 ? 0 : (active + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(items.length === 0 ? 0 : (active - 1 + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(items[active]);
    }
  };

  const optionId = (index: number) => `palette-option-${index}`;
  const trimmed = query.trim();
  const noHits = trimmed !== '' && !searching && hitsFor === trimmed && hits.length === 0;

  return (
    <div className="overlay overlay-palette" onMouseDown={(event) => event.target === event.currentTarget && hide()}>
      <div ref={ref} className="palette" role="dialog" aria-modal="true" aria-label={t('palette.label')} onKeyDown={onKeyDown}>
        <div className="palette-search">
          <Search size={17} aria-hidden="true" className="faint" />
          <input
            className="palette-input"
            data-testid="palette-input"
            data-autofocus
            role="combobox"
            aria-expanded={items.length > 0}
            aria-controls="palette-list"
            aria-activedescendant={items.length > 0 ? optionId(active) : undefined}
            aria-autocomplete="list"
            placeholder={t('palette.placeholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          {searching && <span className="spinner" aria-label={t('palette.searching')} />}
        </div>
        <div id="palette-list" role="listbox" className="palette-list" aria-label={t('palette.label')} aria-busy={searching}>
          {hits.map((hit, index) => {
            const section = hitSection(hit);
            const subtitle = hitSubtitle(lang, hit);
            const previous = hits[index - 1];
            return (
              <Fragment key={`${hit.entity}:${hit.id}`}>
                {(!previous || hitSection(previous) !== section) && (
                  <div className="palette-section" role="presentation">
                    {t(`palette.${section}`)}
                  </div>
                )}
                <div
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  data-testid="palette-result"
                  data-entity={hit.entity}
                  className={`palette-item ${index === active ? 'palette-item-active' : ''}`}
                  onMouseMove={() => index !== active && setActive(index)}
                  onClick={() => run(items[index])}
                >
                  <span className="palette-icon">{hitIcon(hit)}</span>
                  <span className="palette-text">
                    <span className="palette-title truncate">{hit.title}</span>
                    {subtitle && <span className="palette-subtitle truncate">{subtitle}</span>}
                  </span>
                  <span className="palette-kind">{kindLabel(hit)}</span>
                </div>
              </Fragment>
            );
          })}
          {noHits && <div className="palette-empty">{failed ? t('errors.connection') : t('palette.noResults', { q: trimmed })}</div>}
          {commands.length > 0 && <div className="palette-section" role="presentation">{t('palette.commands')}</div>}
          {commands.map((command, offset) => {
            const index = hits.length + offset;
            return (
              <div
                key={command.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                data-testid="palette-command"
                className={`palette-item ${index === active ? 'palette-item-active' : ''}`}
                onMouseMove={() => index !== active && setActive(index)}
                onClick={() => run(items[index])}
              >
                <span className="palette-icon">{commandIcons[command.id]}</span>
                <span className="palette-text">
                  <span className="palette-title truncate">{command.label}</span>
                </span>
                {command.shortcut && <kbd>{command.shortcut}</kbd>}
              </div>
            );
          })}
        </div>
        <footer className="palette-footer faint">
          <CommandIcon size={12} aria-hidden="true" />
          <span>{t('palette.hint')}</span>
          <CornerDownLeft size={12} aria-hidden="true" />
        </footer>
      </div>
    </div>
  );
}
