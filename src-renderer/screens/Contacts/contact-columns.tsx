import type { TFunction } from 'i18next';
import type { ContactRow } from '../../../src-shared/domain/records';
import type { Language } from '../../../src-shared/i18n';
import { Avatar } from '../../components/Avatar';
import { column, sharedColumns, textCell, useTableColumns, type RecordColumn } from '../../components/data-table/record-columns';
import { mailtoHref } from '../../lib/safe-url';
import type { ContactColumnId } from '../../stores/contacts-list-store';

type ContactColumn = RecordColumn<ContactRow, ContactColumnId>;

function contactColumns(t: TFunction, lang: Language): ContactColumn[] {
  const shared = sharedColumns<ContactRow>(t, lang, 'contact');
  return [
    column('name', 250, { label: t('fields.contact.name'), sortField: 'name', locked: true }, (row) => (
      <span className="cell-name">
        <Avatar name={row.displayName || '?'} size="sm" />
        <a href={`#/contacts/${row.id}`} className="truncate cell-link" tabIndex={-1}>
          {row.displayName || t('contacts.noName')}
        </a>
      </span>
    )),
    column('firstName', 140, { label: t('fields.contact.firstName'), sortField: 'firstName' }, (row) => textCell(row.firstName)),
    column('company', 200, { label: t('fields.contact.company') }, (row) =>
      row.companyId ? (
        <a href={`#/companies/${row.companyId}`} className="cell-link-quiet" tabIndex={-1}>
          {row.companyName}
        </a>
      ) : null,
    ),
    column('jobTitle', 180, { label: t('fields.contact.jobTitle') }, (row) => textCell(row.jobTitle)),
    column('email', 230, { label: t('fields.contact.email') }, (row) => {
      const href = row.email ? mailtoHref(row.email) : null;
      return href ? (
        <a href={href} className="cell-link-quiet" tabIndex={-1}>
          {row.email}
        </a>
      ) : null;
    }),
    shared.phone,
    shared.city,
    column('postcode', 100, { label: t('fields.contact.postcode') }, (row) => textCell(row.postcode)),
    column('country', 80, { label: t('fields.contact.country') }, (row) => textCell(row.country)),
    shared.owner,
    shared.tags,
    shared.createdAt,
    shared.updatedAt,
  ];
}

/** The contacts table's columns, in the user's language. */
export function useContactColumns(): ContactColumn[] {
  return useTableColumns(contactColumns);
}
