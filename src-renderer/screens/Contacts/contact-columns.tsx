import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../src-shared/domain/records';
import { Avatar } from '../../components/Avatar';
import { TagList } from '../../components/TagList';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime, formatPhone, formatShortDate } from '../../lib/format';
import { mailtoHref, telHref } from '../../lib/safe-url';
import type { ContactColumnId } from '../../stores/contacts-list-store';

type ContactColumn = ColumnDef<ContactRow> & { id: ContactColumnId };

/** The contacts table's columns, in the user's language. */
export function useContactColumns(): ContactColumn[] {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useMemo<ContactColumn[]>(() => {
    const date = (iso: string) => (
      <span className="nowrap" title={formatDateTime(lang, iso)}>
        {formatShortDate(lang, iso)}
      </span>
    );
    const text = (value: string | null) => <span className="truncate">{value ?? ''}</span>;
    return [
      {
        id: 'name',
        size: 250,
        header: t('fields.contact.name'),
        meta: { label: t('fields.contact.name'), sortField: 'name', locked: true },
        cell: ({ row }) => (
          <span className="cell-name">
            <Avatar name={row.original.displayName || '?'} size="sm" />
            <a href={`#/contacts/${row.original.id}`} className="truncate cell-link" tabIndex={-1}>
              {row.original.displayName || t('contacts.noName')}
            </a>
          </span>
        ),
      },
      {
        id: 'firstName',
        size: 140,
        header: t('fields.contact.firstName'),
        meta: { label: t('fields.contact.firstName'), sortField: 'firstName' },
        cell: ({ row }) => text(row.original.firstName),
      },
      {
        id: 'company',
        size: 200,
        header: t('fields.contact.company'),
        meta: { label: t('fields.contact.company') },
        cell: ({ row }) =>
          row.original.companyId ? (
            <a href={`#/companies/${row.original.companyId}`} className="truncate cell-link-quiet" tabIndex={-1}>
              {row.original.companyName}
            </a>
          ) : null,
      },
      {
        id: 'jobTitle',
        size: 180,
        header: t('fields.contact.jobTitle'),
        meta: { label: t('fields.contact.jobTitle') },
        cell: ({ row }) => text(row.original.jobTitle),
      },
      {
        id: 'email',
        size: 230,
        header: t('fields.contact.email'),
        meta: { label: t('fields.contact.email') },
        cell: ({ row }) => {
          const href = row.original.email ? mailtoHref(row.original.email) : null;
          return href ? (
            <a href={href} className="truncate cell-link-quiet" tabIndex={-1}>
              {row.original.email}
            </a>
          ) : null;
        },
      },
      {
        id: 'phone',
        size: 150,
        header: t('fields.contact.phone'),
        meta: { label: t('fields.contact.phone') },
        cell: ({ row }) => {
          const href = row.original.phone ? telHref(row.original.phone) : null;
          return href ? (
            <a href={href} className="truncate cell-link-quiet nowrap" tabIndex={-1}>
              {formatPhone(row.original.phone)}
            </a>
          ) : null;
        },
      },
      {
        id: 'city',
        size: 150,
        header: t('fields.contact.city'),
        meta: { label: t('fields.contact.city'), sortField: 'city' },
        cell: ({ row }) => text(row.original.city),
      },
      {
        id: 'postcode',
        size: 100,
        header: t('fields.contact.postcode'),
        meta: { label: t('fields.contact.postcode') },
        cell: ({ row }) => text(row.original.postcode),
      },
      {
        id: 'country',
        size: 80,
        header: t('fields.contact.country'),
        meta: { label: t('fields.contact.country') },
        cell: ({ row }) => text(row.original.country),
      },
      {
        id: 'owner',
        size: 150,
        header: t('fields.contact.owner'),
        meta: { label: t('fields.contact.owner') },
        cell: ({ row }) => text(row.original.owner?.displayName ?? null),
      },
      {
        id: 'tags',
        size: 210,
        header: t('fields.contact.tags'),
        meta: { label: t('fields.contact.tags') },
        cell: ({ row }) => <TagList tags={row.original.tags} max={3} />,
      },
      {
        id: 'createdAt',
        size: 110,
        header: t('fields.contact.createdAt'),
        meta: { label: t('fields.contact.createdAt'), sortField: 'createdAt' },
        cell: ({ row }) => date(row.original.createdAt),
      },
      {
        id: 'updatedAt',
        size: 110,
        header: t('fields.contact.updatedAt'),
        meta: { label: t('fields.contact.updatedAt'), sortField: 'updatedAt' },
        cell: ({ row }) => date(row.original.updatedAt),
      },
    ];
  }, [t, lang]);
}
