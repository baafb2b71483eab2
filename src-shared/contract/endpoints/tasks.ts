import { z } from 'zod';
import { endpoint } from '../endpoint';
import { idSchema } from '../inputs/common';

/** The id a caller gives a long call so it can follow its progress and cancel it. */
export const taskIdField = idSchema.optional();

export const taskCancelInput = z.strictObject({ taskId: idSchema });

/** Long work under way: cancel it by the id its caller gave. */
export const taskEndpoints = {
  /** `cancelled` is false when no task runs under that id (it had already ended). */
  'tasks.cancel': endpoint<{ cancelled: boolean }>()(taskCancelInput),
} as const;
