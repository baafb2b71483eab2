import type { CatalogueShape } from '../shape';
import type { mailMergeFr } from './fr';

export const mailMergeEn: CatalogueShape<typeof mailMergeFr> = {
};
