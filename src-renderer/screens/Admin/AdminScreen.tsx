import { ShieldAlert } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { useAdminStore } from '../../stores/admin-store';
import { useReferenceStore } from '../../stores/reference-store';
import { useSyncStore } from '../../stores/sync-store';
import { AccountsCard } from './AccountsCard';
import { GroupsCard } from './GroupsCard';

/**
 * Administration, for the office server's administrators: its accounts (through the server),
 * and the teams and territories records are shared with (synced rows written here).
 */
export function AdminScreen() {
  const { t } = useTranslation();
  const server = useSyncStore((state) => state.status?.server);
  const administrator = server?.role === 'administrator';
  const accounts = useAdminStore((state) => state.accounts);
  const loadAccounts = useAdminStore((state) => state.loadAccounts);

  useEffect(() => {
    if (!administrator) return;
    void loadAccounts();
    void useReferenceStore.getState().loadGroups();
  }, [administrator, loadAccounts]);

  return (
    <section className="screen admin-screen" aria-label={t('admin.title')} data-testid="admin-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('admin.title')}</h1>
        </div>
      </header>
      <div className="settings-body">
        <div className="settings-column">
          {!administrator || !server ? (
            <EmptyState icon={<ShieldAlert size={28} />} title={t('admin.notAdmin')} />
          ) : (
            <>
              <p className="muted">{t('admin.intro')}</p>
              <AccountsCard selfId={server.accountId} />
              <GroupsCard kind="team" accounts={accounts ?? []} />
              <GroupsCard kind="territory" accounts={accounts ?? []} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
