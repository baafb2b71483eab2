import type { CatalogueShape } from '../shape';
import type { importsFr } from './fr';

export const importsEn: CatalogueShape<typeof importsFr> = {
};
