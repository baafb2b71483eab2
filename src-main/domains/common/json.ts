/** Parses a JSON column written by the write path; a damaged value reads as the fallback. */
export function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

export const toFlag = (value: boolean | undefined): number | undefined => (value === undefined ? undefined : value ? 1 : 0);
