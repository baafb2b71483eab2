import type { CatalogueShape } from '../shape';
import type { salesSettingsFr } from './fr';

export const salesSettingsEn: CatalogueShape<typeof salesSettingsFr> = {
  saved: 'Changes saved',
  remove: 'Remove',
  moveUp: 'Move up',
  moveDown: 'Move down',
  currency: {
    title: 'Currencies and exchange rates',
    intro: 'Deal totals are converted to the base currency at the rate in force today.',
    base: 'The office’s base currency',
    rates: 'Exchange rates',
    currency: 'Currency',
    validFrom: 'From',
    rate: 'Rate (1 {{base}} =)',
    rateHint: 'How many {{currency}} is 1 {{base}}? For example 1.0823',
    noRates: 'No rate entered: amounts in other currencies are left out of totals.',
    add: 'Add the rate',
  },
  pipelines: {
    title: 'Pipelines and stages',
    add: 'New pipeline',
    name: 'Pipeline name',
    delete: 'Delete this pipeline',
    stageName: 'Name of stage {{index}}',
    probability: 'Probability of stage {{index}} (%)',
    kind: 'Kind of stage {{index}}',
    addStage: 'Add a stage',
    kinds: { open: 'Open', won: 'Won', lost: 'Lost' },
  },
  lostReasons: {
    title: 'Lost reasons',
    label: 'Reason {{index}}',
    add: 'Add a reason',
  },
};
