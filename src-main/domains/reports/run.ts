import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { ReportName, ReportResult } from '../../../src-shared/domain/reports/types';
import { correctedNow, type Core } from '../../core/core';
import { ensureSalesDefaults } from '../pipelines/defaults';
import { activitiesBySalesperson } from './activities-by-salesperson';
import { type ReportContext, reportContext } from './context';
import { conversionFunnel } from './conversion-funnel';
import { forecastByMonth } from './forecast-by-month';
import { neglectedAccounts } from './neglected-accounts';
import { pipelineByStage } from './pipeline-by-stage';
import { salesByCompany } from './sales-by-company';
import { salesByProduct } from './sales-by-product';
import { salesByTerritory } from './sales-by-territory';
import { targetsVsActuals } from './targets-vs-actuals';
import { winRateBySalesperson } from './win-rate-by-salesperson';
import { wonLost } from './won-lost';

const reports: Record<ReportName, (ctx: ReportContext) => ReportResult> = {
  'pipeline-by-stage': pipelineByStage,
  'forecast-by-month': forecastByMonth,
  'won-lost': wonLost,
  'win-rate-by-salesperson': winRateBySalesperson,
  'activities-by-salesperson': activitiesBySalesperson,
  'conversion-funnel': conversionFunnel,
  'sales-by-territory': salesByTerritory,
  'sales-by-product': salesByProduct,
  'sales-by-company': salesByCompany,
  'targets-vs-actuals': targetsVsActuals,
  'neglected-accounts': neglectedAccounts,
};

const deviceTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * One report's figures for a period and filters, from what this device holds, at the office
 * clock. The outputs (Excel, Word, PDF) call this too.
 */
export function runReport(core: Core, input: ApiParsedInput<'reports.run'>): ReportResult {
  ensureSalesDefaults(core);
  const ctx = reportContext({ db: core.read, userId: core.userId, filters: input.filters, zone: input.timeZone ?? deviceTimeZone(), nowMs: correctedNow(core) });
  return reports[input.name](ctx);
}
