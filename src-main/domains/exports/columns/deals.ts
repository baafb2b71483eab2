import type { DealListRow } from '../../../../src-shared/domain/sales';
import { tagNames, type ColumnSet } from './types';

/** The deals table's columns (src-renderer/screens/Pipeline/deal-columns.tsx), with its labels; amounts in the deal's currency. */
export const dealColumnSet: ColumnSet<'deal', DealListRow> = {
  title: { kind: 'text', label: 'sales.fields.title', value: (row) => row.title },
  company: { kind: 'text', label: 'sales.fields.company', value: (row) => row.companyName },
  stage: { kind: 'text', label: 'sales.fields.stage', value: (row) => row.stageName },
  amount: { kind: 'money', label: 'sales.fields.amount', value: (row) => ({ minor: row.amountMinor, currency: row.currency }) },
  probability: { kind: 'percent', label: 'sales.fields.probability', value: (row) => row.probability },
  expectedClose: { kind: 'date', label: 'sales.fields.expectedClose', value: (row) => row.expectedClose },
  owner: { kind: 'text', label: 'sales.fields.owner', value: (row) => row.owner?.displayName ?? null },
  tags: { kind: 'text', label: 'detail.tags', value: (row) => tagNames(row.tags) },
  nextStep: { kind: 'text', label: 'sales.fields.nextStep', value: (row) => row.nextStep },
  createdAt: { kind: 'datetime', label: 'fields.company.createdAt', value: (row) => row.createdAt },
  updatedAt: { kind: 'datetime', label: 'fields.company.updatedAt', value: (row) => row.updatedAt },
};
