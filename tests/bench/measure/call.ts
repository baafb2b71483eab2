import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/contract/api';
import type { Core } from '../../../src-main/core/core';
import { dispatch } from '../../../src-main/core/dispatch';
import { handlers } from '../../../src-main/domains/handlers';

/** One call through the same entry the hosts use (validation, handler, error mapping). */
export async function call<N extends ApiName>(core: Core, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await dispatch(handlers, { core }, name, input);
  if (!result.ok) throw new Error(`${name} failed during the benchmark: ${JSON.stringify(result.error)}`);
  return result.value as ApiOutput<N>;
}

/** Times `count` calls made by `next(i)` after a few untimed warm-up calls. */
export async function sampleCalls(count: number, next: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 10; i++) await next(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await next(i);
    samples.push(performance.now() - started);
  }
  return samples;
}
