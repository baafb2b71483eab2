import type { CatalogueShape } from '../shape';
import type { duplicatesFr } from './fr';

export const duplicatesEn: CatalogueShape<typeof duplicatesFr> = {
};
