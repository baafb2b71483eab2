/**
 * VTIMEZONE components for the zones an export uses, generated from the runtime's tz data
 * (Intl), so that Outlook — which does not know IANA names — places times as Google and
 * Thunderbird do. The changes of the years the events span are found by scanning offsets
 * (weekly steps, then to the second); the latest run of changes that follows a yearly pattern
 * ("last Sunday of March at 02:00") is written as one observance with an RRULE, as Outlook
 * itself writes them, open-ended so that series without end keep the right offsets; earlier
 * changes are written one by one. A zone without changes gets a single STANDARD observance.
 */
import { compactOfLocalMs, dateOfDay, daysInMonth, MS_PER_DAY, weekdayIndexOf } from '../domain/recurrence/civil';
import { weekdays } from '../domain/recurrence/types';
import { offsetMsAt } from '../domain/recurrence/zone';
import { utcOffsetText } from './values';

const STEP_MS = 7 * MS_PER_DAY;

type Transition = { atMs: number; fromMs: number; toMs: number };

/** The zone's offset changes between two instants. */
export function transitionsBetween(zone: string, fromMs: number, toMs: number): Transition[] {
  const transitions: Transition[] = [];
  let t = fromMs;
  let offset = offsetMsAt(t, zone);
  while (t < toMs) {
    const next = Math.min(t + STEP_MS, toMs);
    const nextOffset = offsetMsAt(next, zone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetMsAt(mid, zone) === offset) lo = mid;
        else hi = mid;
      }
      transitions.push({ atMs: hi, fromMs: offset, toMs: nextOffset });
    }
    t = next;
    offset = nextOffset;
  }
  return transitions;
}

type Shape = { year: number; month: number; day: number; weekday: number; nth: number; last: boolean; timeMs: number; fromMs: number; toMs: number; local: string };

function shapeOf(transition: Transition): Shape {
  const localMs = transition.atMs + transition.fromMs;
  const day = Math.floor(localMs / MS_PER_DAY);
  const date = dateOfDay(day);
  return {
    ...date,
    weekday: weekdayIndexOf(day),
    nth: Math.ceil(date.day / 7),
    last: date.day + 7 > daysInMonth(date.year, date.month),
    timeMs: localMs - day * MS_PER_DAY,
    fromMs: transition.fromMs,
    toMs: transition.toMs,
    local: compactOfLocalMs(localMs),
  };
}

/** The yearly RRULE a run of changes follows, or null. */
function yearlyRule(run: readonly Shape[]): string | null {
  const first = run[0];
  if (!first || run.length < 2) return null;
  const same = run.every(
    (shape, index) =>
      shape.year === first.year + index && shape.month === first.month && shape.timeMs === first.timeMs && shape.fromMs === first.fromMs && shape.toMs === first.toMs,
  );
  if (!same) return null;
  const weekday = weekdays[first.weekday] ?? 'SU';
  const byMonth = `FREQ=YEARLY;BYMONTH=${first.month}`;
  if (run.every((shape) => shape.weekday === first.weekday && shape.last)) return `${byMonth};BYDAY=-1${weekday}`;
  if (run.every((shape) => shape.weekday === first.weekday && shape.nth === first.nth)) return `${byMonth};BYDAY=${first.nth}${weekday}`;
  if (run.every((shape) => shape.day === first.day)) return `${byMonth};BYMONTHDAY=${first.day}`;
  return null;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', shape: Shape, rrule: string | null): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${shape.local}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    `TZOFFSETFROM:${utcOffsetText(shape.fromMs)}`,
    `TZOFFSETTO:${utcOffsetText(shape.toMs)}`,
    `END:${kind}`,
  ];
}

/** Observances for the changes of one kind: the latest yearly run as an RRULE, the rest one by one. */
function observancesOf(kind: 'STANDARD' | 'DAYLIGHT', shapes: readonly Shape[], lastYear: number): string[] {
  let runStart = shapes.length;
  const last = shapes[shapes.length - 1];
  // A run must still be going at the end of the range to be extended without end.
  if (last && last.year >= lastYear - 1) {
    runStart = shapes.length - 1;
    while (runStart > 0 && yearlyRule(shapes.slice(runStart - 1)) !== null) runStart--;
  }
  const run = shapes.slice(runStart);
  const rrule = yearlyRule(run);
  const single = rrule === null ? shapes : shapes.slice(0, runStart);
  const lines = single.flatMap((shape) => observance(kind, shape, null));
  const head = run[0];
  if (rrule !== null && head) lines.push(...observance(kind, head, rrule));
  return lines;
}

/** A VTIMEZONE for a zone, right for the years [fromYear, toYear] and extended by its current rule. */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const fromMs = Date.UTC(fromYear, 0, 1) - MS_PER_DAY;
  const toMs = Date.UTC(toYear + 1, 0, 1) + MS_PER_DAY;
  const shapes = transitionsBetween(zone, fromMs, toMs).map(shapeOf);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  if (shapes.length === 0) {
    const offset = utcOffsetText(offsetMsAt(fromMs, zone));
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    lines.push(...observancesOf('STANDARD', shapes.filter((shape) => shape.toMs < shape.fromMs), toYear));
    lines.push(...observancesOf('DAYLIGHT', shapes.filter((shape) => shape.toMs > shape.fromMs), toYear));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

const utcNames = new Set(['utc', 'etc/utc', 'etc/gmt', 'gmt', 'etc/universal', 'universal', 'etc/zulu', 'zulu', 'uct', 'etc/uct', 'etc/greenwich', 'greenwich', 'gmt0', 'etc/gmt0', 'etc/gmt+0', 'etc/gmt-0', 'gmt+0', 'gmt-0']);

/** Zones that are UTC under another name: their times are written with 'Z', without VTIMEZONE. */
export function isUtcZone(zone: string): boolean {
  return utcNames.has(zone.toLowerCase());
}
