import type { CatalogueShape } from '../shape';
import type { tasksFr } from './fr';

export const tasksEn: CatalogueShape<typeof tasksFr> = {
  phase: {
    reading: 'Reading the file…',
    checking: 'Checking the rows…',
    saving: 'Saving…',
    writing: 'Writing the file…',
    merging: 'Merging the letters…',
    scanning: 'Looking for duplicates…',
  },
  count: '{{done, number}} of {{total, number}}',
  countOpen: '{{done, number}}',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  cancelled: 'Cancelled: nothing was changed.',
};
