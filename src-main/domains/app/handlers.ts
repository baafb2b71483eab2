import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiHandlers } from '../../core/dispatch';
import { prepared } from '../../db/handles';
import { seedDataset } from '../../jobs/seed';
import { appInfo } from './service';

export const appHandlers = {
  'app.info': (_input, { core }) => appInfo(core),
  /** Offered on first run only: demo records mixed into real ones would be hard to tell apart. */
  'app.loadDemoData': (input, { core }) => {
    const hasRecords = prepared(core.read, 'SELECT EXISTS (SELECT 1 FROM contacts) OR EXISTS (SELECT 1 FROM companies)').pluck().get() === 1;
    if (hasRecords) {
      throw new ApiError({ code: 'conflict', message: 'Demo data can only be loaded into an empty database.' });
    }
    return seedDataset(core, { size: input.size, seed: Date.now() % 100_000 });
  },
} satisfies Partial<ApiHandlers>;
