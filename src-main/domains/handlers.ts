import type { ApiHandlers } from '../core/dispatch';
import { activityHandlers } from './activities/handlers';
import { adminHandlers } from './admin/handlers';
import { appHandlers } from './app/handlers';
import { backupHandlers } from './backups/handlers';
import { companyHandlers } from './companies/handlers';
import { contactHandlers } from './contacts/handlers';
import { currencyHandlers } from './currency/handlers';
import { dealHandlers } from './deals/handlers';
import { historyHandlers } from './history/handlers';
import { icalHandlers } from './ical/handlers';
import { taskHandlers } from './tasks/handlers';
import { exportHandlers } from './exports/handlers';
import { importHandlers } from './imports/handlers';
import { mailMergeHandlers } from './mail-merge/handlers';
import { duplicateHandlers } from './duplicates/handlers';
import { segmentHandlers } from './segments/handlers';
import { reportHandlers } from './reports/handlers';
import { reportExportHandlers } from './reports/report-export-handlers';
import { dashboardHandlers } from './dashboard/handlers';
import { targetHandlers } from './targets/handlers';
import { linkHandlers } from './links/handlers';
import { pipelineHandlers } from './pipelines/handlers';
import { priceListHandlers } from './price-lists/handlers';
import { productHandlers } from './products/handlers';
import { profileHandlers } from './profile/handlers';
import { quoteHandlers } from './quotes/handlers';
import { quoteTemplateHandlers } from './quotes/template-handlers';
import { relationHandlers } from './relations/handlers';
import { reminderHandlers } from './reminders/handlers';
import { searchHandlers } from './search/handlers';
import { syncHandlers } from './sync/handlers';
import { tagHandlers } from './tags/handlers';
import { viewHandlers } from './views/handlers';

/** Every contract endpoint's handler; a missing one fails the type check. */
export const handlers = {
  ...appHandlers,
  ...profileHandlers,
  ...contactHandlers,
  ...companyHandlers,
  ...linkHandlers,
  ...relationHandlers,
  ...pipelineHandlers,
  ...dealHandlers,
  ...activityHandlers,
  ...productHandlers,
  ...priceListHandlers,
  ...quoteHandlers,
  ...quoteTemplateHandlers,
  ...currencyHandlers,
  ...tagHandlers,
  ...historyHandlers,
  ...searchHandlers,
  ...viewHandlers,
  ...reminderHandlers,
  ...icalHandlers,
  ...taskHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...mailMergeHandlers,
  ...duplicateHandlers,
  ...segmentHandlers,
  ...reportHandlers,
  ...reportExportHandlers,
  ...dashboardHandlers,
  ...targetHandlers,
  ...backupHandlers,
  ...syncHandlers,
  ...adminHandlers,
} satisfies ApiHandlers;
