import type { CatalogueShape } from '../shape';
import type { targetsFr } from './fr';

export const targetsEn: CatalogueShape<typeof targetsFr> = {
  title: 'Targets',
};
