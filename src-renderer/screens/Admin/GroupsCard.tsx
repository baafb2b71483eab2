import { Pencil, Plus, Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupKind } from '../../../src-shared/contract/inputs/sync';
import type { Account, Group } from '../../../src-shared/domain/sync';
import { Button, IconButton } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Card } from '../../components/detail/Card';
import { SelectField, TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { useContractForm } from '../../components/form/use-contract-form';
import { deleteGroup, saveGroup, setMember } from '../../stores/admin-store';
import { useReferenceStore } from '../../stores/reference-store';

function FormFailure({ message }: { message: string | null }) {
  return message ? (
    <p className="form-failure" role="alert">
      {message}
    </p>
  ) : null;
}

/** Creates or renames a team or a territory (a territory also says which areas it covers). */
function GroupDialog({ kind, group, onClose }: { kind: GroupKind; group: Group | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? '');
  const [regions, setRegions] = useState(group?.regions ?? '');
  const input = { kind, ...(group ? { id: group.id } : {}), name, ...(kind === 'territory' ? { regions } : {}) };
  const form = useContractForm('teams.save', input);
  const title = group ? t('admin.editGroup') : kind === 'team' ? t('admin.newTeam') : t('admin.newTerritory');
  const submit = () => void form.submit(() => saveGroup(input)).then((done) => done && onClose());
  return (
    <FormDialog title={title} onClose={onClose} submitLabel={t('common.save')} onSubmit={submit} busy={form.busy} submitTestId="group-save" formClassName="dialog-form" size="sm">
      <FormFailure message={form.failure} />
      <TextField label={t('admin.groupName')} value={name} onChange={setName} error={form.errorFor('name')} required maxLength={100} data-autofocus data-testid="group-name" />
      {kind === 'territory' && <TextField label={t('admin.regions')} value={regions} onChange={setRegions} hint={t('admin.regionsHint')} error={form.errorFor('regions')} maxLength={300} data-testid="group-regions" />}
    </FormDialog>
  );
}

function GroupItem({ group, accounts }: { group: Group; accounts: readonly Account[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const memberIds = new Set(group.members.map((member) => member.id));
  const candidates = accounts.filter((account) => !memberIds.has(account.id) && !account.disabled);
  const nameOf = (id: string, displayName: string) => displayName || accounts.find((account) => account.id === id)?.displayName || t('admin.unknownAccount');
  return (
    <li className="group-item" data-testid="group-item" data-name={group.name}>
      <div className="group-head">
        <span className="strong" data-testid="group-title">
          {group.name}
        </span>
        {group.regions && <span className="faint">{group.regions}</span>}
        <span className="group-actions">
          <IconButton size="sm" label={t('admin.rename')} icon={<Pencil size={13} />} onClick={() => setEditing(true)} data-testid="group-edit" />
          <IconButton size="sm" variant="danger" label={t('admin.deleteGroup')} icon={<Trash2 size={13} />} onClick={() => setDeleting(true)} data-testid="group-delete" />
        </span>
      </div>
      <div className="group-members" aria-label={t('admin.members')}>
        {group.members.length === 0 ? (
          <span className="faint small">{t('admin.noMembers')}</span>
        ) : (
          group.members.map((member) => {
            const name = nameOf(member.id, member.displayName);
            return (
              <span key={member.id} className="member-chip" data-testid="group-member">
                {name}
                <button type="button" className="chip-remove" aria-label={t('admin.removeMember', { name })} title={t('admin.removeMember', { name })} onClick={() => void setMember({ kind: group.kind, groupId: group.id, userId: member.id }, false)}>
                  <X size={11} />
                </button>
              </span>
            );
          })
        )}
      </div>
      {candidates.length > 0 && (
        <SelectField
          label={t('admin.addMember')}
          labelHidden
          value=""
          emptyLabel={t('admin.chooseMember')}
          options={candidates.map((account) => ({ value: account.id, label: account.displayName }))}
          onChange={(userId) => userId && void setMember({ kind: group.kind, groupId: group.id, userId }, true)}
          path={`member-${group.id}`}
          fieldClassName="group-add-member"
        />
      )}
      {editing && <GroupDialog kind={group.kind} group={group} onClose={() => setEditing(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('admin.deleteGroupTitle', { name: group.name })}
          body={t('admin.deleteGroupBody')}
          confirmLabel={t('admin.deleteGroup')}
          busy={busy}
          onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setBusy(true);
            void deleteGroup({ kind: group.kind, id: group.id }, group.name).then(() => {
              setBusy(false);
              setDeleting(false);
            });
          }}
        />
      )}
    </li>
  );
}

/** Teams (or territories): create, rename, delete, and who belongs to each. */
export function GroupsCard({ kind, accounts }: { kind: GroupKind; accounts: readonly Account[] }) {
  const { t } = useTranslation();
  const groups = useReferenceStore((state) => (kind === 'team' ? state.groups.teams : state.groups.territories));
  const [creating, setCreating] = useState(false);
  return (
    <Card
      title={kind === 'team' ? t('admin.teams') : t('admin.territories')}
      testId={kind === 'team' ? 'admin-teams' : 'admin-territories'}
      count={groups.length}
      actions={
        <Button size="sm" icon={<Plus size={14} />} onClick={() => setCreating(true)} data-testid={kind === 'team' ? 'new-team' : 'new-territory'}>
          {kind === 'team' ? t('admin.newTeam') : t('admin.newTerritory')}
        </Button>
      }
    >
      {groups.length === 0 ? (
        <p className="faint">{kind === 'team' ? t('admin.noTeams') : t('admin.noTerritories')}</p>
      ) : (
        <ul className="group-list">
          {groups.map((group) => (
            <GroupItem key={group.id} group={group} accounts={accounts} />
          ))}
        </ul>
      )}
      {creating && <GroupDialog kind={kind} group={null} onClose={() => setCreating(false)} />}
    </Card>
  );
}
