import { UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { contactSortFields, type ContactSortField } from '../../../src-shared/contract/inputs/contacts';
import type { ContactRow } from '../../../src-shared/domain/records';
import { RecordListScreen, type RecordList } from '../../components/list/RecordListScreen';
import { MailMergeButton } from '../../components/mail-merge/MailMergeButton';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import { contactActiveFilterCount, type ContactFilters } from '../../../src-shared/domain/list-query/contact-query';
import { deleteContacts } from '../../stores/contact-actions';
import { contactDefaultColumns, contactsPageSize, useContactsListStore } from '../../stores/contacts-list-store';
import { useContactColumns } from './contact-columns';

const contactList: RecordList<ContactRow, ContactFilters, ContactSortField> = {
  kind: 'contact',
  store: useContactsListStore,
  pageSize: contactsPageSize,
  defaultColumns: contactDefaultColumns,
  sortFields: contactSortFields,
  emptyIcon: <UserRound size={36} />,
  rowLabel: (row) => row.displayName,
  activeFilterCount: contactActiveFilterCount,
  deleteRecords: (ids) => deleteContacts(ids),
};

/** Every contact in a virtual table; contacts can also be filtered on their company. */
export function ContactsScreen() {
  const { t } = useTranslation();
  const columns = useContactColumns();
  return (
    <RecordListScreen
      list={contactList}
      columns={columns}
      extraChips={(filters, setFilters) =>
        filters.company
          ? [
              {
                key: 'company',
                label: t('filters.chip', { label: t('filters.company'), value: filters.company.name }),
                onRemove: () => setFilters({ company: null }),
              },
            ]
          : []
      }
      toolbarExtra={<MailMergeButton />}
      bulkExtra={(ids) => <MailMergeButton selection={ids} />}
      extraFilters={(draft, change) => (
        <RecordPicker
          label={t('filters.company')}
          placeholder={t('form.chooseCompany')}
          value={draft.company}
          onChange={(company) => change({ company })}
          search={searchCompanies}
        />
      )}
    />
  );
}
