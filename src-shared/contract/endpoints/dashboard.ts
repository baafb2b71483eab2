import type { Dashboard } from '../../domain/dashboard';
import { endpoint } from '../endpoint';
import { dashboardInput } from '../inputs/dashboard';

/** The dashboard: indicators of the user, or of a team for managers, over a period. */
export const dashboardEndpoints = {
  'dashboard.get': endpoint<Dashboard>()(dashboardInput),
} as const;
