import type { ReportName } from '../../../src-shared/domain/reports/types';

export type ReportGroup = { id: 'pipeline' | 'results' | 'activity' | 'planning'; reports: ReportName[] };

/** The reports as the list shows them, grouped by what they answer. */
export const reportGroups: readonly ReportGroup[] = [
  { id: 'pipeline', reports: ['pipeline-by-stage', 'forecast-by-month', 'conversion-funnel'] },
  { id: 'results', reports: ['won-lost', 'win-rate-by-salesperson', 'sales-by-territory', 'sales-by-product', 'sales-by-company'] },
  { id: 'activity', reports: ['activities-by-salesperson', 'neglected-accounts'] },
  { id: 'planning', reports: ['targets-vs-actuals'] },
];
