import { Cloud, CloudOff, HardDrive, RefreshCw, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SyncStatusInfo } from '../../src-shared/domain/sync';
import { RelativeTime } from '../components/RelativeTime';
import { useSyncStore } from '../stores/sync-store';

/** The failure in words: what happened, and what to do. */
function errorKey(status: SyncStatusInfo) {
  const error = status.error;
  if (!error) return null;
  if (error.kind === 'auth') return error.code === 'account_disabled' ? 'sync.error.account_disabled' : 'sync.error.auth';
  return `sync.error.${error.kind}` as const;
}

/**
 * The sync state in the shell (sidebar footer): online and up to date, syncing, offline or
 * stopped by an error (with Retry); what waits to be sent, when it last synced, and Sync now.
 * A standalone PC says so and points to Settings.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSyncStore((state) => state.status);
  const asked = useSyncStore((state) => state.syncing);
  const syncNow = useSyncStore((state) => state.syncNow);
  if (!status) return null;
  if (!status.configured) {
    return (
      <a href="#/settings" className="sync-indicator sync-local" data-testid="sync-indicator" data-state="local" title={t('sync.connectHint')}>
        <HardDrive size={14} aria-hidden="true" />
        <span>{t('sync.localOnly')}</span>
      </a>
    );
  }
  const syncing = status.state === 'syncing' || asked;
  const state = syncing ? 'syncing' : status.state;
  const icon =
    state === 'offline' ? <CloudOff size={14} aria-hidden="true" /> : state === 'error' ? <TriangleAlert size={14} aria-hidden="true" /> : <Cloud size={14} aria-hidden="true" />;
  const problem = errorKey(status);
  return (
    <section className={`sync-indicator sync-${state}`} aria-label={t('sync.label')} data-testid="sync-indicator" data-state={state}>
      <div className="sync-head">
        <span className={`sync-dot sync-dot-${state}`} aria-hidden="true" />
        {icon}
        <span className="sync-state" data-testid="sync-state" role="status">
          {t(`sync.state.${state}`)}
        </span>
        <button
          type="button"
          className="btn btn-ghost btn-icon btn-sm sync-now"
          onClick={() => void syncNow()}
          disabled={syncing}
          aria-label={t('sync.syncNow')}
          title={t('sync.syncNow')}
          data-testid="sync-now"
        >
          <RefreshCw size={13} className={syncing ? 'spin' : undefined} />
        </button>
      </div>
      <div className="sync-line faint small" data-testid="sync-pending">
        {status.pending > 0 ? t('sync.pending', { count: status.pending }) : t('sync.nothingPending')}
      </div>
      <div className="sync-line faint small" data-testid="sync-last">
        {status.lastSyncAt ? (
          <>
            {t('sync.lastSync')} <RelativeTime iso={status.lastSyncAt} />
          </>
        ) : (
          t('sync.never')
        )}
      </div>
      {problem && !syncing && (
        <div className="sync-problem" role="alert" data-testid="sync-error">
          <span>{t(problem)}</span>
          {status.state === 'offline' && <span className="faint small">{t('sync.offlineHint')}</span>}
          <div className="sync-problem-actions">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => void syncNow()} data-testid="sync-retry">
              {t('sync.retry')}
            </button>
            {status.error?.kind === 'auth' && (
              <a href="#/settings" className="btn btn-ghost btn-sm">
                {t('sync.openSettings')}
              </a>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
