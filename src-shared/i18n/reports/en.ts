import type { CatalogueShape } from '../shape';
import type { reportsFr } from './fr';

export const reportsEn: CatalogueShape<typeof reportsFr> = {
  title: 'Reports',
};
