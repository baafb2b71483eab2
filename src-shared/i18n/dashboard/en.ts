import type { CatalogueShape } from '../shape';
import type { dashboardFr } from './fr';

export const dashboardEn: CatalogueShape<typeof dashboardFr> = {
  title: 'Dashboard',
};
