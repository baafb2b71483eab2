import type { ApiHandlers } from '../../core/dispatch';
import { runTask } from '../../core/tasks';
import { checkDuplicates } from './check';
import { compareRecords } from './compare';
import { setDismissed } from './dismissed';
import { mergeRecords } from './merge';
import { listMerges, undoMerge } from './merge-log';
import { scanDuplicates } from './scan';

export const duplicateHandlers = {
  'duplicates.check': (input, { core }) => checkDuplicates(core, input),
  'duplicates.scan': (input, { core }) => runTask(core, input.taskId, (task) => scanDuplicates(core, task, input)),
  'duplicates.compare': (input, { core }) => compareRecords(core, input),
  'duplicates.merge': (input, { core }) => mergeRecords(core, input),
  'duplicates.merges': (input, { core }) => listMerges(core, input),
  'duplicates.undoMerge': (input, { core }) => undoMerge(core, input),
  'duplicates.dismiss': (input, { core }) => setDismissed(core, input.entity, input.ids, input.dismissed),
} satisfies Partial<ApiHandlers>;
