import type { ApiHandlers } from '../../core/dispatch';
import { previewSegment } from './preview';
import { deleteSegment, getSegment, listSegments, saveSegment } from './service';

export const segmentHandlers = {
  'segments.list': (input, { core }) => listSegments(core, input.entity),
  'segments.get': (input, { core }) => getSegment(core, input.id),
  'segments.save': (input, { core }) => saveSegment(core, input),
  'segments.delete': (input, { core }) => deleteSegment(core, input.id),
  'segments.preview': (input, { core }) => previewSegment(core, input),
} satisfies Partial<ApiHandlers>;
