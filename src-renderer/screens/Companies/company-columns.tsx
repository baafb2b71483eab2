import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import type { CompanyRow } from '../../../src-shared/domain/records';
import { Avatar } from '../../components/Avatar';
import { TagList } from '../../components/TagList';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime, formatNumber, formatPhone, formatShortDate } from '../../lib/format';
import { safeExternalUrl, telHref, websiteLabel } from '../../lib/safe-url';
import type { CompanyColumnId } from '../../stores/companies-list-store';

type CompanyColumn = ColumnDef<CompanyRow> & { id: CompanyColumnId };

/** The companies table's columns, in the user's language. */
export function useCompanyColumns(): CompanyColumn[] {
  const { t } = useTranslation();
  const lang = useLanguage();
  return useMemo<CompanyColumn[]>(() => {
    const date = (iso: string) => (
      <span className="nowrap" title={formatDateTime(lang, iso)}>
        {formatShortDate(lang, iso)}
      </span>
    );
    const text = (value: string | null) => <span className="truncate">{value ?? ''}</span>;
    return [
      {
        id: 'name',
        size: 260,
        header: t('fields.company.name'),
        meta: { label: t('fields.company.name'), sortField: 'name', locked: true },
        cell: ({ row }) => (
          <span className="cell-name">
            <Avatar name={row.original.name} size="sm" square />
            <a href={`#/companies/${row.original.id}`} className="truncate cell-link" tabIndex={-1}>
              {row.original.name}
            </a>
          </span>
        ),
      },
      {
        id: 'industry',
        size: 180,
        header: t('fields.company.industry'),
        meta: { label: t('fields.company.industry'), sortField: 'industry' },
        cell: ({ row }) => text(row.original.industry),
      },
      {
        id: 'size',
        size: 150,
        header: t('fields.company.size'),
        meta: { label: t('fields.company.size') },
        cell: ({ row }) => {
          const size = companySizes.find((value) => value === row.original.size);
          return text(size ? t(`enums.companySize.${size}`) : null);
        },
      },
      {
        id: 'city',
        size: 150,
        header: t('fields.company.city'),
        meta: { label: t('fields.company.city'), sortField: 'city' },
        cell: ({ row }) => text(row.original.city),
      },
      {
        id: 'phone',
        size: 150,
        header: t('fields.company.phone'),
        meta: { label: t('fields.company.phone') },
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
        id: 'website',
        size: 190,
        header: t('fields.company.website'),
        meta: { label: t('fields.company.website') },
        cell: ({ row }) => {
          const href = safeExternalUrl(row.original.website);
          return href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" className="truncate cell-link-quiet" tabIndex={-1}>
              {websiteLabel(href)}
            </a>
          ) : null;
        },
      },
      {
        id: 'legalId',
        size: 150,
        header: t('fields.company.legalId'),
        meta: { label: t('fields.company.legalId') },
        cell: ({ row }) => <span className="truncate mono">{row.original.legalId ?? ''}</span>,
      },
      {
        id: 'contactCount',
        size: 90,
        header: t('fields.company.contactCount'),
        meta: { label: t('fields.company.contactCount'), align: 'end' },
        cell: ({ row }) => <span>{formatNumber(lang, row.original.contactCount)}</span>,
      },
      {
        id: 'owner',
        size: 150,
        header: t('fields.company.owner'),
        meta: { label: t('fields.company.owner') },
        cell: ({ row }) => text(row.original.owner?.displayName ?? null),
      },
      {
        id: 'tags',
        size: 210,
        header: t('fields.company.tags'),
        meta: { label: t('fields.company.tags') },
        cell: ({ row }) => <TagList tags={row.original.tags} max={3} />,
      },
      {
        id: 'createdAt',
        size: 110,
        header: t('fields.company.createdAt'),
        meta: { label: t('fields.company.createdAt'), sortField: 'createdAt' },
        cell: ({ row }) => date(row.original.createdAt),
      },
      {
        id: 'updatedAt',
        size: 110,
        header: t('fields.company.updatedAt'),
        meta: { label: t('fields.company.updatedAt'), sortField: 'updatedAt' },
        cell: ({ row }) => date(row.original.updatedAt),
      },
    ];
  }, [t, lang]);
}
