/**
 * Named IANA time zones through Intl (the tz database the runtime ships: Node's ICU, Chromium's,
 * Electron's): the offset at an instant, the wall clock at an instant, and the instant of a wall
 * clock — the one place where "09:00 in Europe/Paris" becomes a moment.
 *
 * Wall clocks that do not exist or exist twice are resolved as RFC 5545 (3.3.5) says:
 * - in a gap (spring forward), the time is read with the offset before the gap, so it moves
 *   forward by the gap's length: 02:30 on the last Sunday of March in Paris is 03:30 CEST;
 * - in an overlap (fall back), the first of the two moments is taken: 02:30 on the last Sunday
 *   of October in Paris is 02:30 CEST (00:30 UTC), not CET.
 * Transitions are looked for one day either side, which every zone in use satisfies (no zone
 * changes its offset twice within 48 hours).
 */
import { dayNumber, MS_PER_DAY } from './civil';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True for a zone name the runtime knows (IANA names and their links, "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+)\D+(\d+):(\d+):(\d+)$/;

/** The offset at a whole second, asked of Intl (a few microseconds: format() is 4× faster than formatToParts). */
let lookups = 0;

/** How many times Intl was asked for an offset since start: for tests and diagnostics. */
export function zoneLookupCount(): number {
  return lookups;
}

function intlOffsetMs(wholeSecondMs: number, zone: string): number {
  lookups += 1;
  const formatter = formatterFor(zone);
  const match = WALL_CLOCK.exec(formatter.format(wholeSecondMs));
  const field = (index: number) => Number(match?.[index]);
  let [month, day, year, hour, minute, second] = [field(1), field(2), field(3), field(4), field(5), field(6)];
  if (!match) {
    // Another ICU layout: read the parts by name.
    const parts = Object.fromEntries(formatter.formatToParts(wholeSecondMs).map((part) => [part.type, Number(part.value)]));
    [month, day, year, hour, minute, second] = [parts.month ?? 0, parts.day ?? 0, parts.year ?? 0, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0];
  }
  const wallMs = dayNumber(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  return wallMs - wholeSecondMs;
}

/** A UTC day of a zone: its offset, and where it changes when it does (at most once a day). */
type DayOffsets = { changeAt: number; before: number; after: number };

const MAX_CACHED_DAYS = 50_000;
const dayCache = new Map<string, Map<number, DayOffsets>>();

function dayOffsets(zone: string, day: number): DayOffsets {
  const start = day * MS_PER_DAY;
  const before = intlOffsetMs(start, zone);
  const after = intlOffsetMs(start + MS_PER_DAY, zone);
  if (before === after) return { changeAt: Number.POSITIVE_INFINITY, before, after };
  // The change, to the second.
  let lo = start;
  let hi = start + MS_PER_DAY;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (intlOffsetMs(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return { changeAt: hi, before, after: intlOffsetMs(hi, zone) };
}

/**
 * The zone's offset from UTC at an instant, in milliseconds (Paris in summer: +7 200 000).
 * Cached by UTC day: two Intl calls a day and zone, a search only on the days the offset
 * changes (no zone changes twice within a day), then no Intl call at all.
 */
export function offsetMsAt(instantMs: number, zone: string): number {
  const day = Math.floor(instantMs / MS_PER_DAY);
  let days = dayCache.get(zone);
  if (!days) {
    days = new Map();
    dayCache.set(zone, days);
  }
  let entry = days.get(day);
  if (!entry) {
    entry = dayOffsets(zone, day);
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(day, entry);
  }
  return instantMs < entry.changeAt ? entry.before : entry.after;
}

/** The wall clock ("local milliseconds", see civil.ts) in a zone at an instant. */
export function localMsAt(instantMs: number, zone: string): number {
  return instantMs + offsetMsAt(instantMs, zone);
}

export type LocalResolution = {
  instantMs: number;
  /** 'gap': the wall clock did not exist and moved forward; 'overlap': it existed twice, the first was taken. */
  kind: 'exact' | 'gap' | 'overlap';
};

/** The instant of a wall clock in a zone (RFC 5545 rules for gaps and overlaps, see above). */
export function resolveLocal(localMs: number, zone: string): LocalResolution {
  const before = offsetMsAt(localMs - MS_PER_DAY, zone);
  const after = offsetMsAt(localMs + MS_PER_DAY, zone);
  if (before === after) {
    const instantMs = localMs - before;
    // No transition nearby, unless one went and came back within two days; check it.
    if (offsetMsAt(instantMs, zone) === before) return { instantMs, kind: 'exact' };
  }
  const candidates = [...new Set([before, after])]
    .map((offset) => localMs - offset)
    .filter((instantMs) => localMsAt(instantMs, zone) === localMs)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return { instantMs: first, kind: candidates.length > 1 ? 'overlap' : 'exact' };
  return { instantMs: localMs - before, kind: 'gap' };
}

/** The instant (ms) of a wall clock in a zone. */
export function instantOfLocal(localMs: number, zone: string): number {
  return resolveLocal(localMs, zone).instantMs;
}
