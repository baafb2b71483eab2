import type { CellValue } from './catalog';

/*
 * A row's field HLCs, packed: most fields of a row were written by the same change (the one that
 * created it), so the most common HLC is given once under the key '' (no field has that name)
 * and only the fields written at another one are listed. The office server stores rows so (large:
 * 400 MB of HLCs become ~35 MB) and sends snapshots so to devices that ask for it. Only a row
 * whose HLCs name exactly its data fields is packed (unpacking gives each data field its HLC);
 * HLCs without the '' key are whole already.
 */
const COMMON_HLC = '';

export function packHlcs(data: Readonly<Record<string, CellValue>>, hlcs: Readonly<Record<string, string>>): Record<string, string> {
  const fields = Object.keys(hlcs);
  const counts = new Map<string, number>();
  let common = '';
  let most = 0;
  for (const field of fields) {
    const hlc = hlcs[field] as string;
    const count = (counts.get(hlc) ?? 0) + 1;
    counts.set(hlc, count);
    if (count > most) {
      common = hlc;
      most = count;
    }
  }
  const sameFields = fields.length === Object.keys(data).length && fields.every((field) => Object.hasOwn(data, field));
  if (most < 2 || !sameFields) return { ...hlcs };
  const packed: Record<string, string> = { [COMMON_HLC]: common };
  for (const field of fields) if (hlcs[field] !== common) packed[field] = hlcs[field] as string;
  return packed;
}

/** Each data field's HLC, from HLCs packed or whole. */
export function unpackHlcs(data: Readonly<Record<string, CellValue>>, stored: Readonly<Record<string, string>>): Record<string, string> {
  const common = stored[COMMON_HLC];
  if (common === undefined) return stored;
  const hlcs: Record<string, string> = {};
  for (const field of Object.keys(data)) hlcs[field] = stored[field] ?? common;
  return hlcs;
}
