import type { CatalogueShape } from '../shape';
import type { exportsFr } from './fr';

export const exportsEn: CatalogueShape<typeof exportsFr> = {
};
