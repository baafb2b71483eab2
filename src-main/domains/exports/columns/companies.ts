import { companySizes } from '../../../../src-shared/contract/inputs/companies';
import type { CompanyRow } from '../../../../src-shared/domain/records';
import { internationalPhone } from '../phone-text';
import { tagNames, type ColumnSet } from './types';

/** The companies table's columns (src-renderer/screens/Companies/company-columns.tsx), with its labels. */
export const companyColumnSet: ColumnSet<'company', CompanyRow> = {
  name: { kind: 'text', label: 'fields.company.name', value: (row) => row.name },
  industry: { kind: 'text', label: 'fields.company.industry', value: (row) => row.industry },
  size: {
    kind: 'text',
    label: 'fields.company.size',
    value: (row, words) => {
      const size = companySizes.find((value) => value === row.size);
      return size ? words(`enums.companySize.${size}`) : null;
    },
  },
  city: { kind: 'text', label: 'fields.company.city', value: (row) => row.city },
  phone: { kind: 'text', label: 'fields.company.phone', value: (row) => internationalPhone(row.phone) },
  website: { kind: 'text', label: 'fields.company.website', value: (row) => row.website },
  legalId: { kind: 'text', label: 'fields.company.legalId', value: (row) => row.legalId },
  contactCount: { kind: 'integer', label: 'fields.company.contactCount', value: (row) => row.contactCount },
  owner: { kind: 'text', label: 'fields.company.owner', value: (row) => row.owner?.displayName ?? null },
  tags: { kind: 'text', label: 'fields.company.tags', value: (row) => tagNames(row.tags) },
  createdAt: { kind: 'datetime', label: 'fields.company.createdAt', value: (row) => row.createdAt },
  updatedAt: { kind: 'datetime', label: 'fields.company.updatedAt', value: (row) => row.updatedAt },
};
