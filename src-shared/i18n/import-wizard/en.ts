import type { CatalogueShape } from '../shape';
import type { importWizardFr } from './fr';

export const importWizardEn: CatalogueShape<typeof importWizardFr> = {
};
