import type { CatalogueShape } from '../shape';
import type { salesFr } from './fr';

export const salesEn: CatalogueShape<typeof salesFr> = {
  nav: 'Deals',
};
