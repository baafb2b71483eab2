import type { CellValue } from './catalog';

/**
 * Last writer wins per field: the fields of an incoming change whose HLC is newer than the
 * field's current winning HLC (`hlcs[field]`, else the row's creation `baseHlc`, else none).
 */
export function winningFields(
  incoming: { hlc: string; changes: Readonly<Record<string, CellValue>> },
  hlcs: Readonly<Record<string, string>>,
  baseHlc: string | null,
): string[] {
  return Object.keys(incoming.changes).filter((field) => {
    const current = hlcs[field] ?? baseHlc;
    return current === null || current === undefined || incoming.hlc > current;
  });
}
