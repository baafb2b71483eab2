import { correctedNow, type Core } from '../../core/core';

/** Today's calendar date ('YYYY-MM-DD', UTC) on the device's corrected clock. */
export const todayOf = (core: Core): string => new Date(correctedNow(core)).toISOString().slice(0, 10);

/** The instant now, on the corrected clock. */
export const nowOf = (core: Core): string => new Date(correctedNow(core)).toISOString();

/** A calendar date `days` later. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}
