import { ApiError, fieldIssuesFromZod, type ApiErrorBody, type ApiResult } from '../../src-shared/contract/errors';
import { api, isApiName, type ApiName, type ApiOutput, type ApiParsedInput } from '../../src-shared/contract/api';
import { toUserFacingError } from '../db/errors';
import { log } from '../log';
import type { Core } from './core';

export type HandlerContext = { core: Core };

export type ApiHandlers = {
  [N in ApiName]: (input: ApiParsedInput<N>, ctx: HandlerContext) => ApiOutput<N> | Promise<ApiOutput<N>>;
};

/** Validates an untrusted (name, input) pair against the contract. Throws a typed ApiError. */
export function validateCall(name: unknown, input: unknown): { name: ApiName; input: unknown } {
  if (!isApiName(name)) {
    throw new ApiError({ code: 'unknown_command', message: `Unknown command: ${String(name).slice(0, 80)}` });
  }
  const parsed = api[name].input.safeParse(input ?? {});
  if (!parsed.success) throw ApiError.validation(fieldIssuesFromZod(parsed.error));
  return { name, input: parsed.data };
}

export function errorBody(error: unknown): ApiErrorBody {
  const mapped = toUserFacingError(error);
  if (mapped instanceof ApiError) return mapped.body;
  log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message, stack: (error as Error)?.stack } }, 'handler failed');
  return { code: 'internal', message: 'Something went wrong inside the app; nothing was saved. Try again, or see the log.' };
}

/**
 * The one entry every host uses: validate, run the handler, and turn any failure into a typed
 * error. A handler never learns which host called it.
 */
export async function dispatch(handlers: ApiHandlers, ctx: HandlerContext, name: unknown, input: unknown): Promise<ApiResult<unknown>> {
  try {
    const call = validateCall(name, input);
    const handler = handlers[call.name] as (input: unknown, ctx: HandlerContext) => unknown;
    const value = await handler(call.input, ctx);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  }
}
