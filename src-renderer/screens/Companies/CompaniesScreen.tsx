import { Building2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { companySortFields, type CompanySortField } from '../../../src-shared/contract/inputs/companies';
import type { CompanyRow } from '../../../src-shared/domain/records';
import { TextField } from '../../components/Field';
import { RecordListScreen, type RecordList } from '../../components/list/RecordListScreen';
import { companyActiveFilterCount, type CompanyFilters } from '../../../src-shared/domain/list-query/company-query';
import { deleteCompanies } from '../../stores/company-actions';
import { companiesPageSize, companyDefaultColumns, useCompaniesListStore } from '../../stores/companies-list-store';
import { useCompanyColumns } from './company-columns';

const companyList: RecordList<CompanyRow, CompanyFilters, CompanySortField> = {
  kind: 'company',
  store: useCompaniesListStore,
  pageSize: companiesPageSize,
  defaultColumns: companyDefaultColumns,
  sortFields: companySortFields,
  emptyIcon: <Building2 size={36} />,
  rowLabel: (row) => row.name,
  activeFilterCount: companyActiveFilterCount,
  deleteRecords: (ids) => deleteCompanies(ids),
};

/** Every company in a virtual table; companies can also be filtered on their industry. */
export function CompaniesScreen() {
  const { t } = useTranslation();
  const columns = useCompanyColumns();
  return (
    <RecordListScreen
      list={companyList}
      columns={columns}
      extraChips={(filters, setFilters) => {
        const industry = filters.industry.trim();
        return industry
          ? [{ key: 'industry', label: t('filters.chip', { label: t('filters.industry'), value: industry }), onRemove: () => setFilters({ industry: '' }) }]
          : [];
      }}
      extraFilters={(draft, change) => (
        <TextField label={t('filters.industry')} value={draft.industry} onChange={(industry) => change({ industry })} maxLength={100} />
      )}
    />
  );
}
