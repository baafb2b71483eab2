import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiHandlers } from '../../core/dispatch';
import { appInfo } from './service';

export const appHandlers = {
  'app.info': (_input, { core }) => appInfo(core),
  'app.loadDemoData': () => {
    throw new ApiError({ code: 'internal', message: 'demo data generator not wired yet' });
  },
} satisfies Partial<ApiHandlers>;
