import { LogIn, LogOut, RefreshCw, Share2, Square } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SHARE_PORT } from '../../../src-shared/contract/inputs/sync';
import type { SyncServerInfo, SyncStatusInfo } from '../../../src-shared/domain/sync';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Card, Fact, Facts } from '../../components/detail/Card';
import { TextField } from '../../components/Field';
import { useContractForm } from '../../components/form/use-contract-form';
import { useSyncStore } from '../../stores/sync-store';

function FormFailure({ message }: { message: string | null }) {
  return message ? (
    <p className="form-failure" role="alert" data-testid="form-failure">
      {message}
    </p>
  ) : null;
}

/** "Connect to an office server": its address, the account, and a name for this PC. */
function ConnectForm() {
  const { t } = useTranslation();
  const connect = useSyncStore((state) => state.connect);
  const [url, setUrl] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const input = { url, email, password, ...(deviceName.trim() ? { deviceName } : {}) };
  const form = useContractForm('sync.connect', input);
  return (
    <form
      className="settings-form"
      aria-label={t('office.connectTitle')}
      data-testid="connect-form"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(() => connect(input));
      }}
    >
      <h3 className="settings-subtitle">{t('office.connectTitle')}</h3>
      <FormFailure message={form.failure} />
      <TextField label={t('office.url')} value={url} onChange={setUrl} hint={t('office.urlHint')} error={form.errorFor('url')} required maxLength={300} autoComplete="url" spellCheck={false} data-testid="connect-url" />
      <TextField label={t('office.email')} type="email" value={email} onChange={setEmail} error={form.errorFor('email')} required maxLength={254} autoComplete="username" data-testid="connect-email" />
      <TextField label={t('office.password')} type="password" value={password} onChange={setPassword} error={form.errorFor('password')} required maxLength={1024} autoComplete="current-password" data-testid="connect-password" />
      <TextField label={t('office.deviceName')} value={deviceName} onChange={setDeviceName} hint={t('office.deviceNameHint')} error={form.errorFor('deviceName')} maxLength={120} data-testid="connect-device" />
      <div className="settings-actions">
        <Button variant="primary" type="submit" icon={<LogIn size={14} />} busy={form.busy} data-testid="connect-submit">
          {t('office.connect')}
        </Button>
      </div>
    </form>
  );
}

/** The server no longer knows this PC's session: the same account logs in again. */
function ReloginForm({ server }: { server: SyncServerInfo }) {
  const { t } = useTranslation();
  const connect = useSyncStore((state) => state.connect);
  const [password, setPassword] = useState('');
  const input = { url: server.url, email: server.email, password, deviceName: server.deviceName };
  const form = useContractForm('sync.connect', input);
  return (
    <form
      className="settings-form relogin"
      data-testid="relogin-form"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(() => connect(input));
      }}
    >
      <p className="form-failure" role="alert">
        {t('office.reloginHint')}
      </p>
      <FormFailure message={form.failure} />
      <TextField label={t('office.password')} type="password" value={password} onChange={setPassword} error={form.errorFor('password')} required autoComplete="current-password" data-testid="relogin-password" />
      <div className="settings-actions">
        <Button variant="primary" type="submit" icon={<LogIn size={14} />} busy={form.busy}>
          {t('office.relogin')}
        </Button>
      </div>
    </form>
  );
}

/** This device's link: which server, which account and role; sync now, or forget the server. */
function Linked({ status }: { status: SyncStatusInfo }) {
  const { t } = useTranslation();
  const { syncNow, syncing, disconnect } = useSyncStore();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const server = status.server;
  if (!server) return null;
  return (
    <>
      <Facts>
        <Fact label={t('office.server')}>
          <span className="mono selectable" data-testid="office-url">
            {server.url}
          </span>
        </Fact>
        <Fact label={t('office.account')}>
          <span data-testid="office-account">{server.accountName || server.email}</span>
          <div className="faint small">{server.email}</div>
        </Fact>
        <Fact label={t('office.role')}>
          <span data-testid="office-role">{t(`enums.role.${server.role}`)}</span>
        </Fact>
        <Fact label={t('office.device')}>{server.deviceName}</Fact>
      </Facts>
      {status.error?.kind === 'auth' && <ReloginForm key={`${server.url}|${server.email}`} server={server} />}
      <div className="settings-actions gap">
        <Button icon={<RefreshCw size={14} />} onClick={() => void syncNow()} busy={syncing} data-testid="office-sync-now">
          {t('sync.syncNow')}
        </Button>
        <Button variant="ghost" icon={<LogOut size={14} />} onClick={() => setConfirming(true)} data-testid="office-disconnect">
          {t('office.disconnect')}
        </Button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('office.disconnectTitle')}
          body={t('office.disconnectBody')}
          confirmLabel={t('office.disconnect')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setBusy(true);
            void disconnect().then(() => {
              setBusy(false);
              setConfirming(false);
            });
          }}
        />
      )}
    </>
  );
}

/** "Share this PC with the office": the form (with the first administrator on the very first start). */
function ShareForm({ needsAdministrator }: { needsAdministrator: boolean }) {
  const { t } = useTranslation();
  const startShare = useSyncStore((state) => state.startShare);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [port, setPort] = useState(String(DEFAULT_SHARE_PORT));
  const portNumber = /^\d{1,5}$/.test(port.trim()) ? Number(port.trim()) : Number.NaN;
  const input = { port: portNumber, ...(needsAdministrator ? { administrator: { displayName, email, password } } : {}) };
  const form = useContractForm('sync.share.start', input);
  return (
    <form
      className="settings-form"
      aria-label={t('office.shareTitle')}
      data-testid="share-form"
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(() => startShare(input));
      }}
    >
      <FormFailure message={form.failure} />
      {needsAdministrator && (
        <>
          <h3 className="settings-subtitle">{t('office.firstAdmin')}</h3>
          <p className="muted small">{t('office.firstAdminHint')}</p>
          <TextField label={t('office.name')} value={displayName} onChange={setDisplayName} error={form.errorFor('administrator.displayName')} required maxLength={120} data-testid="share-admin-name" />
          <TextField label={t('office.email')} type="email" value={email} onChange={setEmail} error={form.errorFor('administrator.email')} required maxLength={254} autoComplete="username" data-testid="share-admin-email" />
          <TextField label={t('office.password')} type="password" value={password} onChange={setPassword} hint={t('office.passwordHint')} error={form.errorFor('administrator.password')} required maxLength={1024} autoComplete="new-password" data-testid="share-admin-password" />
        </>
      )}
      <TextField label={t('office.port')} value={port} onChange={setPort} hint={t('office.portHint')} error={form.errorFor('port')} inputMode="numeric" maxLength={5} data-testid="share-port" />
      <div className="settings-actions">
        <Button variant="primary" type="submit" icon={<Share2 size={14} />} busy={form.busy} data-testid="share-submit">
          {t('office.share')}
        </Button>
      </div>
    </form>
  );
}

/** Sharing this PC: the addresses the other PCs type, and Stop sharing. */
function ShareSection({ status }: { status: SyncStatusInfo }) {
  const { t } = useTranslation();
  const { share, loadShare, stopShare } = useSyncStore();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadShare();
  }, [loadShare]);

  if (!share) return null;
  // A PC linked to another office's server does not also share one.
  const linkedElsewhere = status.configured && !share.running && status.server?.url !== `http://127.0.0.1:${share.port}`;
  if (linkedElsewhere) return null;
  return (
    <Card title={t('office.shareTitle')} testId="settings-share">
      <p className="muted card-intro">{t('office.shareIntro')}</p>
      {share.error && !share.running && (
        <p className="form-failure" role="alert">
          {t('office.restartFailed')}
        </p>
      )}
      {share.running ? (
        <>
          <p className="share-on" data-testid="share-running">
            <Share2 size={14} aria-hidden="true" /> {t('office.sharing')}
          </p>
          <Facts>
            <Fact label={t('office.addresses')} wide>
              <ul className="plain-list">
                {share.addresses.map((address) => (
                  <li key={address} className="mono selectable share-address" data-testid="share-address">
                    {address}
                  </li>
                ))}
              </ul>
              {share.localOnly && <p className="faint small">{t('office.localOnly')}</p>}
            </Fact>
          </Facts>
          <div className="settings-actions">
            <Button variant="ghost" icon={<Square size={14} />} onClick={() => setConfirming(true)} data-testid="share-stop">
              {t('office.stopShare')}
            </Button>
          </div>
        </>
      ) : (
        <ShareForm needsAdministrator={share.needsAdministrator} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('office.stopShareTitle')}
          body={t('office.stopShareBody')}
          confirmLabel={t('office.stopShare')}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setBusy(true);
            void stopShare().then(() => {
              setBusy(false);
              setConfirming(false);
            });
          }}
        />
      )}
    </Card>
  );
}

/** Settings → Office server: connect this PC to one, or share this PC as the office's server. */
export function OfficeServerSection() {
  const { t } = useTranslation();
  const status = useSyncStore((state) => state.status);
  if (!status) return null;
  return (
    <>
      <Card title={t('office.title')} testId="settings-office">
        <p className="muted card-intro">{t('office.intro')}</p>
        {status.configured ? <Linked status={status} /> : <ConnectForm />}
      </Card>
      <ShareSection status={status} />
    </>
  );
}
