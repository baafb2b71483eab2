import { History } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds } from '../../../src-shared/domain/activities';
import type { TimelineFilterKey } from '../../stores/timeline-store';
import { KindIcon } from './KindIcon';

type TimelineFilterProps = { filter: readonly TimelineFilterKey[]; onChange: (filter: TimelineFilterKey[]) => void };

/** Chips: all, each kind of activity, the record's changes; several may be on. */
export function TimelineFilter({ filter, onChange }: TimelineFilterProps) {
  const { t } = useTranslation();
  const toggle = (key: TimelineFilterKey) => onChange(filter.includes(key) ? filter.filter((value) => value !== key) : [...filter, key]);
  const chip = (key: TimelineFilterKey | 'all', label: string, on: boolean, onClick: () => void, icon?: ReactNode) => (
    <button key={key} type="button" className={`kind-chip ${on ? 'kind-chip-on' : ''}`} aria-pressed={on} onClick={onClick} data-testid={`timeline-filter-${key}`}>
      {icon}
      {label}
    </button>
  );
  return (
    <div className="timeline-filter" role="group" aria-label={t('activities.timeline.filter')}>
      {chip('all', t('activities.timeline.all'), filter.length === 0, () => onChange([]))}
      {activityKinds.map((kind) => chip(kind, t(`activities.kind.${kind}`), filter.includes(kind), () => toggle(kind), <KindIcon kind={kind} size={12} />))}
      {chip('changes', t('activities.timeline.changes'), filter.includes('changes'), () => toggle('changes'), <History size={12} aria-hidden="true" />)}
    </div>
  );
}
