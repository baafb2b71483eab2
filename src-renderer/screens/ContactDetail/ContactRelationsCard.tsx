import { Plus, UserRound, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetail, ContactRelation } from '../../../src-shared/domain/records';
import { Button, IconButton } from '../../components/Button';
import { Card, CardList } from '../../components/detail/Card';
import { RelationDialog, type RelationValues } from '../../components/detail/RelationDialog';
import { addRelation, removeRelation } from '../../stores/contact-actions';

function sides(contactId: string, relation: { outgoing: boolean; otherId: string }) {
  return relation.outgoing
    ? { fromContactId: contactId, toContactId: relation.otherId }
    : { fromContactId: relation.otherId, toContactId: contactId };
}

/** How a relation reads from this contact: "Reports to X" or "X reports to them". */
export function RelationText({ relation }: { relation: ContactRelation }) {
  const { t } = useTranslation();
  const link = `#/contacts/${relation.otherContactId}`;
  const text = t(`relations.${relation.direction}.${relation.kind}`, { name: '\u0000' });
  const [before, after] = text.split('\u0000');
  return (
    <span>
      {before}
      <a href={link}>{relation.otherName}</a>
      {after}
    </span>
  );
}

/** Contact ↔ contact relations (referral, family, reporting line, colleague), both directions. */
export function ContactRelationsCard({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);

  const submit = (values: RelationValues) =>
    addRelation({ ...sides(contact.id, { outgoing: values.outgoing, otherId: values.other.id }), kind: values.kind, note: values.note });

  const remove = (relation: ContactRelation) =>
    removeRelation(relation.id, {
      ...sides(contact.id, { outgoing: relation.direction === 'outgoing', otherId: relation.otherContactId }),
      kind: relation.kind,
      note: relation.note,
    });

  return (
    <Card
      title={t('detail.relations')}
      count={contact.relations.length}
      testId="relations-card"
      actions={
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => setAdding(true)} data-testid="add-relation">
          {t('detail.addRelation')}
        </Button>
      }
    >
      <CardList items={contact.relations} empty={t('detail.noRelations')}>
        {(relation) => (
          <li key={relation.id} className="link-item" data-testid="relation-item">
            <UserRound size={15} className="faint" aria-hidden="true" />
            <div className="link-main">
              <RelationText relation={relation} />
              {relation.note && <div className="link-sub pre-wrap">{relation.note}</div>}
            </div>
            <div className="row-actions">
              <IconButton size="sm" label={t('detail.removeRelation')} icon={<X size={13} />} onClick={() => void remove(relation)} />
            </div>
          </li>
        )}
      </CardList>
      {adding && (
        <RelationDialog
          contactName={contact.displayName}
          excludeIds={[contact.id]}
          onSubmit={submit}
          onClose={() => setAdding(false)}
        />
      )}
    </Card>
  );
}
