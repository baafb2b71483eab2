/** Percentile by nearest rank over a copy of the samples (ms). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** `{ name_p50_ms, name_p95_ms, name_p99_ms }` for a set of latency samples. */
export function latencyMetrics(name: string, samples: readonly number[]): Record<string, number> {
  return {
    [`${name}_p50_ms`]: round(percentile(samples, 50)),
    [`${name}_p95_ms`]: round(percentile(samples, 95)),
    [`${name}_p99_ms`]: round(percentile(samples, 99)),
  };
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Times one call with performance.now(). */
export function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

export async function timedAsync<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
