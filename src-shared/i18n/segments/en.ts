import type { CatalogueShape } from '../shape';
import type { segmentsFr } from './fr';

export const segmentsEn: CatalogueShape<typeof segmentsFr> = {
  title: 'Segments',
};
