import type { z } from 'zod';

/** One entry of the contract: the input's zod schema and, as a phantom type, the output. */
export type Endpoint<I extends z.ZodType, O> = { input: I; output?: O };

/** `endpoint<Output>()(inputSchema)`: declares one contract entry. */
export const endpoint =
  <O>() =>
  <I extends z.ZodType>(input: I): Endpoint<I, O> => ({ input });
