import { Plus, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealDetail } from '../../../src-shared/domain/sales';
import { Button, IconButton } from '../../components/Button';
import { Card, CardList } from '../../components/detail/Card';
import { TextField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { RecordPicker, type PickedRecord } from '../../components/RecordPicker';
import { searchContacts } from '../../components/record-search';
import { addDealContact, removeDealContact } from '../../stores/deal-actions';

function AddContactDialog({ deal, onClose }: { deal: DealDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<PickedRecord | null>(null);
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const submit = async () => {
    setTried(true);
    if (!contact) return;
    setBusy(true);
    const done = await addDealContact({ dealId: deal.id, contactId: contact.id, role });
    setBusy(false);
    if (done) onClose();
  };
  return (
    <FormDialog title={t('sales.detail.addContact')} submitLabel={t('common.add')} onClose={onClose} onSubmit={() => void submit()} busy={busy} submitTestId="confirm-deal-contact">
      <RecordPicker
        label={t('sales.detail.contact')}
        placeholder={t('sales.detail.chooseContact')}
        value={contact}
        onChange={setContact}
        search={searchContacts}
        excludeIds={deal.contacts.map((existing) => existing.contactId)}
        error={tried && !contact ? t('errors.field.required') : null}
        autoFocus
      />
      <TextField label={t('sales.detail.role')} value={role} onChange={setRole} hint={t('sales.detail.roleHint')} maxLength={80} />
    </FormDialog>
  );
}

/** The people involved in a deal, each with their role in it. */
export function DealContactsCard({ deal }: { deal: DealDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={t('detail.contacts')}
      count={deal.contacts.length}
      testId="deal-contacts"
      actions={
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => setAdding(true)} data-testid="add-deal-contact">
          {t('sales.detail.addContact')}
        </Button>
      }
    >
      <CardList items={deal.contacts} empty={t('sales.detail.noContacts')}>
        {(contact) => (
          <li key={contact.contactId} className="link-row">
            <a href={`#/contacts/${contact.contactId}`}>{contact.name}</a>
            {contact.role && <span className="muted"> · {contact.role}</span>}
            <IconButton
              size="sm"
              label={t('sales.detail.removeContact', { name: contact.name })}
              icon={<X size={14} />}
              onClick={() => void removeDealContact({ dealId: deal.id, contactId: contact.contactId })}
            />
          </li>
        )}
      </CardList>
      {adding && <AddContactDialog deal={deal} onClose={() => setAdding(false)} />}
    </Card>
  );
}
