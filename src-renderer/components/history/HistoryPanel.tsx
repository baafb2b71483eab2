import { ArrowRight } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../src-shared/domain/records';
import { useLanguage } from '../../i18n/use-language';
import { groupHistory, isEmptyValue, isLinkField, type HistoryGroup } from '../../lib/history-groups';
import { useProfileStore } from '../../stores/profile-store';
import { useReferenceStore } from '../../stores/reference-store';
import { Avatar } from '../Avatar';
import { Button } from '../Button';
import { RelativeTime } from '../RelativeTime';
import { historyFieldLabel, historyValueText, scopeText } from './history-values';

type HistoryPanelProps = {
  entity: 'contact' | 'company' | 'deal';
  entries: HistoryEntry[] | null;
  error: unknown;
  onRetry: () => void;
  /** A deal's amounts are read in its currency. */
  currency?: string;
};

function Value({ field, value, currency }: { field: string; value: unknown; currency?: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const users = useReferenceStore((state) => state.users);
  const groups = useReferenceStore((state) => state.groups);
  if (field === 'scope' && isEmptyValue(value)) return <span className="history-value">{scopeText(t, null, groups)}</span>;
  if (isEmptyValue(value)) return <em className="history-empty">{t('history.emptyValue')}</em>;
  return <span className="history-value pre-wrap">{historyValueText(field, value, { t, lang, users, groups, currency })}</span>;
}

/** Where a change was made: this PC, another one (the end of its id), the office server itself, or a snapshot. */
export function DeviceText({ deviceId }: { deviceId: string }) {
  const { t } = useTranslation();
  const own = useProfileStore((state) => state.profile?.deviceId);
  if (deviceId === own) return <>{t('history.onThisDevice')}</>;
  if (deviceId === 'server') return <>{t('history.onServer')}</>;
  // A new device receives existing records as a snapshot: merged values, without their authors.
  if (deviceId === 'snapshot') return <>{t('history.fromSnapshot')}</>;
  return <>{t('history.onOtherDevice', { device: deviceId.replace(/-/g, '').slice(-6) })}</>;
}

function Group({ group, entity, currency }: { group: HistoryGroup; entity: 'contact' | 'company' | 'deal'; currency?: string | undefined }) {
  const { t } = useTranslation();
  const who = group.user?.displayName ?? t('history.unknownUser');
  return (
    <li className="history-group" data-testid="history-group">
      <div className="history-head">
        <Avatar name={who} size="sm" />
        <span className="history-title">{t(`history.${group.kind}`)}</span>
        <span className="muted">{t('history.by', { name: who })}</span>
        <span className="muted history-device" data-testid="history-device">
          <DeviceText deviceId={group.deviceId} />
        </span>
        <span className="history-when muted">
          <RelativeTime iso={group.at} />
        </span>
      </div>
      {group.changes.length > 0 && (
        <ul className="history-changes">
          {group.changes.map((change, index) => (
            <li key={`${change.field}-${index}`} className="history-change">
              <span className="history-field">{historyFieldLabel(t, entity, change.field)}</span>
              {group.kind === 'created' || (isLinkField(change.field) && isEmptyValue(change.before)) ? (
                <Value field={change.field} value={change.after} currency={currency} />
              ) : (
                <span className="history-diff">
                  <span className="history-before">
                    <Value field={change.field} value={change.before} currency={currency} />
                  </span>
                  <ArrowRight size={13} aria-hidden="true" className="faint" />
                  <span className="history-after">
                    <Value field={change.field} value={change.after} currency={currency} />
                  </span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** A record's history: one block per transaction, who and when, each field's before → after. */
export function HistoryPanel({ entity, entries, error, onRetry, currency }: HistoryPanelProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => (entries ? groupHistory(entries) : []), [entries]);
  if (error && !entries) {
    return (
      <div className="history-state" role="alert">
        <p>{t('history.loadFailed')}</p>
        <Button size="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  if (!entries) return <p className="history-state muted">{t('common.loading')}</p>;
  if (groups.length === 0) return <p className="history-state muted">{t('history.empty')}</p>;
  return (
    <ol className="history" aria-label={t('history.title')}>
      {groups.map((group) => (
        <Group key={group.txnId} group={group} entity={entity} currency={currency} />
      ))}
    </ol>
  );
}
