import { UserX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { civilities } from '../../../src-shared/contract/inputs/contacts';
import type { ContactDetail } from '../../../src-shared/domain/records';
import { RecordDetailScreen } from '../../components/detail/RecordDetailScreen';
import { WordSheetButton } from '../../components/mail-merge/WordSheetButton';
import { deleteContacts } from '../../stores/contact-actions';
import { useContactDetailStore } from '../../stores/detail-stores';
import { ContactOverview } from './ContactOverview';

function Subtitle({ contact }: { contact: ContactDetail }) {
  const primary = contact.companies.find((link) => link.isPrimary) ?? contact.companies[0];
  return (
    <>
      {contact.jobTitle && <span>{contact.jobTitle}</span>}
      {contact.jobTitle && primary && <span className="faint"> · </span>}
      {primary && <a href={`#/companies/${primary.companyId}`}>{primary.companyName}</a>}
    </>
  );
}

/** One contact: its fields, companies, relations and tags, and its history. */
export function ContactDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <RecordDetailScreen
      kind="contact"
      id={id}
      store={useContactDetailStore}
      missingIcon={<UserX size={36} />}
      title={(contact) => contact.displayName || t('contacts.noName')}
      heading={(contact, title) => {
        const civility = civilities.find((value) => value === contact.civility);
        return civility ? `${t(`enums.civility.${civility}`)} ${title}` : title;
      }}
      subtitle={(contact) => <Subtitle contact={contact} />}
      actions={(contact) => <WordSheetButton kind="contact" id={contact.id} />}
      overview={(contact) => <ContactOverview contact={contact} />}
      deleteRecords={deleteContacts}
    />
  );
}
