import { ArrowRight, History } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { isEmptyValue, type HistoryGroup } from '../../lib/history-groups';
import { useReferenceStore } from '../../stores/reference-store';
import { historyFieldLabel, historyValueText } from '../history/history-values';
import { timeOfDay } from './activity-format';

const SHOWN_FIELDS = 3;

type TimelineChangeProps = { group: HistoryGroup; entity: 'contact' | 'company' | 'deal'; currency?: string | undefined };

/** A save of the record: who, which fields; the values before → after on demand. */
export function TimelineChange({ group, entity, currency }: TimelineChangeProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const users = useReferenceStore((state) => state.users);
  const groups = useReferenceStore((state) => state.groups);
  const [open, setOpen] = useState(false);
  const who = group.user?.displayName ?? t('history.unknownUser');
  const labels = [...new Set(group.changes.map((change) => historyFieldLabel(t, entity, change.field)))];
  const more = labels.length - SHOWN_FIELDS;
  const value = (field: string, raw: unknown) => (isEmptyValue(raw) ? t('history.emptyValue') : historyValueText(field, raw, { t, lang, users, groups, currency }));
  return (
    <li className="timeline-item timeline-change" data-testid="timeline-change">
      <span className="timeline-marker timeline-marker-change" aria-hidden="true">
        <History size={13} />
      </span>
      <div className="timeline-content">
        <div className="timeline-line">
          <span className="timeline-title">{t(`history.${group.kind}`)}</span>
          <span className="muted small">{t('activities.timeline.by', { name: who })}</span>
          <time className="faint small timeline-time" dateTime={group.at}>
            {timeOfDay(lang, group.at)}
          </time>
        </div>
        {labels.length > 0 && (
          <div className="muted small">
            {labels.slice(0, SHOWN_FIELDS).join(', ')}
            {more > 0 && ` ${t('activities.timeline.moreChanges', { count: more })}`}
            {group.kind !== 'created' && (
              <button type="button" className="link-button timeline-details" aria-expanded={open} onClick={() => setOpen((shown) => !shown)}>
                {open ? t('activities.timeline.hideDetails') : t('activities.timeline.showDetails')}
              </button>
            )}
          </div>
        )}
        {open && (
          <ul className="timeline-diff">
            {group.changes.map((change, index) => (
              <li key={`${change.field}-${index}`}>
                <span className="timeline-diff-field">{historyFieldLabel(t, entity, change.field)}</span>
                <span className="history-before">{value(change.field, change.before)}</span>
                <ArrowRight size={12} aria-hidden="true" className="faint" />
                <span className="history-after">{value(change.field, change.after)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
