import type { TFunction } from 'i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import type { CompanyRow } from '../../../src-shared/domain/records';
import type { Language } from '../../../src-shared/i18n';
import { Avatar } from '../../components/Avatar';
import { column, sharedColumns, textCell, useTableColumns, type RecordColumn } from '../../components/data-table/record-columns';
import { formatNumber } from '../../lib/format';
import { safeExternalUrl, websiteLabel } from '../../lib/safe-url';
import type { CompanyColumnId } from '../../stores/companies-list-store';

type CompanyColumn = RecordColumn<CompanyRow, CompanyColumnId>;

function companyColumns(t: TFunction, lang: Language): CompanyColumn[] {
  const shared = sharedColumns<CompanyRow>(t, lang, 'company');
  return [
    column('name', 260, { label: t('fields.company.name'), sortField: 'name', locked: true }, (row) => (
      <span className="cell-name">
        <Avatar name={row.name} size="sm" square />
        <a href={`#/companies/${row.id}`} className="truncate cell-link" tabIndex={-1}>
          {row.name}
        </a>
      </span>
    )),
    column('industry', 180, { label: t('fields.company.industry'), sortField: 'industry' }, (row) => textCell(row.industry)),
    column('size', 150, { label: t('fields.company.size') }, (row) => {
      const size = companySizes.find((value) => value === row.size);
      return textCell(size ? t(`enums.companySize.${size}`) : null);
    }),
    shared.city,
    shared.phone,
    column('website', 190, { label: t('fields.company.website') }, (row) => {
      const href = safeExternalUrl(row.website);
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className="cell-link-quiet" tabIndex={-1}>
          {websiteLabel(href)}
        </a>
      ) : null;
    }),
    column('legalId', 150, { label: t('fields.company.legalId') }, (row) => <span className="mono">{row.legalId ?? ''}</span>),
    column('contactCount', 90, { label: t('fields.company.contactCount'), align: 'end' }, (row) => <span>{formatNumber(lang, row.contactCount)}</span>),
    shared.owner,
    shared.tags,
    shared.createdAt,
    shared.updatedAt,
  ];
}

/** The companies table's columns, in the user's language. */
export function useCompanyColumns(): CompanyColumn[] {
  return useTableColumns(companyColumns);
}
