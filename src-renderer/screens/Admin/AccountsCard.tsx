import { KeyRound, UserPlus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountRoles, type AccountRole } from '../../../src-shared/contract/inputs/sync';
import type { Account } from '../../../src-shared/domain/sync';
import { Button } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useContractForm } from '../../components/form/use-contract-form';
import { RelativeTime } from '../../components/RelativeTime';
import { errorMessage } from '../../i18n/error-message';
import { useAdminStore } from '../../stores/admin-store';

function FormFailure({ message }: { message: string | null }) {
  return message ? (
    <p className="form-failure" role="alert" data-testid="form-failure">
      {message}
    </p>
  ) : null;
}

/** A new account: name, e-mail, role and the initial password the person will be given. */
function AddAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const createAccount = useAdminStore((state) => state.createAccount);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AccountRole>('salesperson');
  const [password, setPassword] = useState('');
  const input = { displayName, email, role, password };
  const form = useContractForm('admin.users.create', input);
  const submit = () => void form.submit(() => createAccount(input)).then((done) => done && onClose());
  return (
    <FormDialog title={t('admin.addAccount')} onClose={onClose} submitLabel={t('common.add')} onSubmit={submit} busy={form.busy} submitTestId="account-save" formClassName="dialog-form">
      <FormFailure message={form.failure} />
      <TextField label={t('admin.name')} value={displayName} onChange={setDisplayName} error={form.errorFor('displayName')} required maxLength={120} data-autofocus data-testid="account-name" />
      <TextField label={t('admin.email')} type="email" value={email} onChange={setEmail} error={form.errorFor('email')} required maxLength={254} autoComplete="off" data-testid="account-email" />
      <SelectField label={t('admin.role')} value={role} options={accountRoles.map((value) => ({ value, label: t(`enums.role.${value}`) }))} onChange={(value) => value && setRole(value)} path="role" />
      <TextField label={t('admin.initialPassword')} type="password" value={password} onChange={setPassword} hint={t('admin.passwordHint')} error={form.errorFor('password')} required maxLength={1024} autoComplete="new-password" data-testid="account-password" />
    </FormDialog>
  );
}

/** A new password for someone who lost theirs: their devices then log in again. */
function PasswordDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const { t } = useTranslation();
  const updateAccount = useAdminStore((state) => state.updateAccount);
  const [password, setPassword] = useState('');
  const input = { id: account.id, password };
  const form = useContractForm('admin.users.update', input);
  const submit = () => void form.submit(() => updateAccount(input, { throwErrors: true })).then((done) => done && onClose());
  return (
    <FormDialog title={t('admin.resetPasswordTitle', { name: account.displayName })} onClose={onClose} submitLabel={t('common.save')} onSubmit={submit} busy={form.busy} submitTestId="password-save" formClassName="dialog-form" size="sm">
      <FormFailure message={form.failure} />
      <p className="muted small">{t('admin.resetPasswordHint')}</p>
      <TextField label={t('office.password')} type="password" value={password} onChange={setPassword} hint={t('admin.passwordHint')} error={form.errorFor('password')} required maxLength={1024} autoComplete="new-password" data-autofocus data-testid="password-new" />
    </FormDialog>
  );
}

function AccountRow({ account, self }: { account: Account; self: boolean }) {
  const { t } = useTranslation();
  const updateAccount = useAdminStore((state) => state.updateAccount);
  const [resetting, setResetting] = useState(false);
  return (
    <tr data-testid="account-row" data-email={account.email}>
      <td>
        <span className="strong">{account.displayName}</span>
        {self && <span className="faint"> ({t('admin.you')})</span>}
        <div className="faint small">
          {t('admin.created')} <RelativeTime iso={account.createdAt} />
        </div>
      </td>
      <td className="truncate selectable">{account.email}</td>
      <td>
        {self ? (
          t(`enums.role.${account.role}`)
        ) : (
          <SelectField
            label={t('admin.role')}
            labelHidden
            value={account.role}
            options={accountRoles.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
            onChange={(role) => role && role !== account.role && void updateAccount({ id: account.id, role })}
            path={`role-${account.id}`}
          />
        )}
      </td>
      <td>
        <span className={`badge ${account.disabled ? 'badge-danger' : 'badge-success'}`} data-testid="account-status">
          {account.disabled ? t('admin.disabled') : t('admin.active')}
        </span>
      </td>
      <td>
        <div className="account-actions">
          <Button size="sm" variant="ghost" icon={<KeyRound size={13} />} onClick={() => setResetting(true)} data-testid="account-password-reset">
            {t('admin.resetPassword')}
          </Button>
          {!self && (
            <Button size="sm" variant="ghost" onClick={() => void updateAccount({ id: account.id, disabled: !account.disabled })} data-testid="account-toggle">
              {account.disabled ? t('admin.enable') : t('admin.disable')}
            </Button>
          )}
        </div>
        {resetting && <PasswordDialog account={account} onClose={() => setResetting(false)} />}
      </td>
    </tr>
  );
}

/** The office server's accounts: add one, change a role, disable or enable, give a new password. */
export function AccountsCard({ selfId }: { selfId: string }) {
  const { t } = useTranslation();
  const { accounts, error, loadAccounts } = useAdminStore();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t('admin.accounts')}
      testId="admin-accounts"
      count={accounts?.length}
      actions={
        <Button size="sm" icon={<UserPlus size={14} />} onClick={() => setAdding(true)} data-testid="add-account">
          {t('admin.addAccount')}
        </Button>
      }
    >
      {error && !accounts ? (
        <div role="alert">
          <p>
            {t('admin.loadFailed')} {errorMessage(t, error)}
          </p>
          <Button size="sm" onClick={() => void loadAccounts()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : !accounts ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <AccountRow key={account.id} account={account} self={account.id === selfId} />
            ))}
          </tbody>
        </table>
      )}
      {adding && <AddAccountDialog onClose={() => setAdding(false)} />}
    </Card>
  );
}
