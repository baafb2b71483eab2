import type { ApiHandlers } from '../../core/dispatch';
import { listTags } from './queries';
import { createTag, deleteTag, setTagOnRecords, updateTag } from './service';

export const tagHandlers = {
  'tags.list': (_input, { core }) => listTags(core.read),
  'tags.create': (input, { core }) => createTag(core, input),
  'tags.update': (input, { core }) => updateTag(core, input),
  'tags.delete': (input, { core }) => deleteTag(core, input.id),
  'tags.assign': (input, { core }) => setTagOnRecords(core, input, true),
  'tags.unassign': (input, { core }) => setTagOnRecords(core, input, false),
} satisfies Partial<ApiHandlers>;
