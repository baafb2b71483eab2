/**
 * Recurrence expansion checked against a second, independent computation: a naive one that
 * steps local calendar days one by one with Date.UTC arithmetic and turns wall clocks into
 * instants by sampling Intl's offsets around them — nothing shared with the implementation
 * (no day numbers, no periods, no jumps). Windows are drawn around the daylight-saving
 * changes of a northern (Paris, New York), a southern (Sydney, Santiago) and a half-hour
 * (Lord Howe) zone, and anywhere up to three years after the start.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandOccurrences, type Weekday } from '../../../../../src-shared/domain/recurrence';

const DAY = 86_400_000;
const MINUTE = 60_000;
const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'America/Santiago', 'Australia/Lord_Howe'] as const;
const weekdayCodes: Weekday[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']; // getUTCDay order

// ---- the reference -------------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The wall clock at an instant, as milliseconds "as if UTC". */
function wallAt(instant: number, zone: string): number {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(zone, format);
  }
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = format.formatToParts(new Date(instant));
  return Date.UTC(part(parts, 'year'), part(parts, 'month') - 1, part(parts, 'day'), part(parts, 'hour'), part(parts, 'minute'), part(parts, 'second'));
}

/** The first instant showing a wall clock; in a gap, the wall clock read with the offset before it. */
function instantOfWall(wall: number, zone: string): number {
  const offsets = new Set<number>();
  for (let k = -16; k <= 16; k++) offsets.add(wallAt(wall + k * 3 * 3_600_000, zone) - (wall + k * 3 * 3_600_000));
  const exact = [...offsets].map((offset) => wall - offset).filter((instant) => wallAt(instant, zone) === wall);
  if (exact.length > 0) return Math.min(...exact);
  const earlier = wall - 2 * DAY;
  return wall - (wallAt(earlier, zone) - earlier);
}

type SimpleRule = { frequency: 'daily' | 'weekly'; interval: number; byDay: Weekday[]; count: number | null; untilAfterDays: number | null };
type Start = { year: number; month: number; day: number; hour: number; minute: number };

const mondayOf = (dayUtc: number) => dayUtc - ((new Date(dayUtc).getUTCDay() + 6) % 7) * DAY;
const overlaps = (start: number, end: number, from: number, to: number) => (end > start ? start < to && end > from : start >= from && start < to);
const wallText = (wall: number) => new Date(wall).toISOString().slice(0, 19);

function referenceTimed(start: Start, zone: string, durationMs: number, rule: SimpleRule, from: number, to: number) {
  const startInstant = instantOfWall(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute), zone);
  // The series repeats at the wall clock its start shows (a start drawn in a gap shows the time after it).
  const startWall = wallAt(startInstant, zone);
  const firstDay = Math.floor(startWall / DAY) * DAY;
  const timeOfDay = startWall - firstDay;
  const untilMs = rule.untilAfterDays === null ? null : startInstant + rule.untilAfterDays * DAY;
  const wanted = new Set(rule.byDay.length > 0 ? rule.byDay : [weekdayCodes[new Date(firstDay).getUTCDay()]]);
  const found: Array<[string, string]> = [];
  let seen = 0;
  for (let i = 0; firstDay + i * DAY <= to + 2 * DAY; i++) {
    const dayUtc = firstDay + i * DAY;
    const inPattern =
      rule.frequency === 'daily'
        ? i % rule.interval === 0
        : wanted.has(weekdayCodes[new Date(dayUtc).getUTCDay()] ?? 'SU') && ((mondayOf(dayUtc) - mondayOf(firstDay)) / (7 * DAY)) % rule.interval === 0;
    if (i > 0 && !inPattern) continue;
    seen += 1;
    if (rule.count !== null && seen > rule.count) break;
    if (dayUtc < from - durationMs - 3 * DAY) continue; // far before the window: counted, not converted
    const instant = i === 0 ? startInstant : instantOfWall(dayUtc + timeOfDay, zone);
    if (untilMs !== null && instant > untilMs) break;
    if (overlaps(instant, instant + durationMs, from, to)) found.push([new Date(instant).toISOString(), wallText(dayUtc + timeOfDay)]);
  }
  return { startInstant, untilMs, found };
}

// ---- the draws -----------------------------------------------------------------------------

/** The days each zone changes its offset in 2024–2029, found by comparing noon offsets day by day. */
function changeDays(zone: string): number[] {
  const days: number[] = [];
  let previous = wallAt(Date.UTC(2024, 0, 1, 12), zone) - Date.UTC(2024, 0, 1, 12);
  for (let day = Date.UTC(2024, 0, 2); day < Date.UTC(2030, 0, 1); day += DAY) {
    const offset = wallAt(day + 12 * 3_600_000, zone) - (day + 12 * 3_600_000);
    if (offset !== previous) days.push(day);
    previous = offset;
  }
  return days;
}
const changes = new Map(zones.map((zone) => [zone, changeDays(zone)]));

/** The wall clock (hour, minute) at which a zone's clocks change around a day: 02:00 in Paris. */
function changeTime(zone: string, day: number): { hour: number; minute: number } {
  let at = day - 36 * 3_600_000;
  const offset = (instant: number) => wallAt(instant, zone) - instant;
  const before = offset(at);
  while (offset(at + 15 * MINUTE) === before && at < day + 12 * 3_600_000) at += 15 * MINUTE;
  const wall = at + 15 * MINUTE + before;
  return { hour: new Date(wall).getUTCHours(), minute: new Date(wall).getUTCMinutes() };
}

/** Starts: any time, or at night (where the clocks change) more often than not. */
const timeArbitrary = fc.record({ hour: fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.integer({ min: 0, max: 23 })), minute: fc.constantFrom(0, 15, 30, 45) });

const startArbitrary = fc
  .record({ year: fc.integer({ min: 2024, max: 2027 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .chain((date) => timeArbitrary.map((time): Start => ({ ...date, ...time })));

const ruleArbitrary: fc.Arbitrary<SimpleRule> = fc.record({
  frequency: fc.constantFrom('daily' as const, 'weekly' as const),
  interval: fc.integer({ min: 1, max: 4 }),
  byDay: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as Weekday[]),
  count: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
  untilAfterDays: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }),
}).map((rule) => (rule.count !== null ? { ...rule, untilAfterDays: null } : rule));

/**
 * A start and a window: the window a week or two around one of the zone's changes and the
 * start from days to years before it; or the start anywhere and the window up to three years on.
 */
const scenarioArbitrary = (zone: (typeof zones)[number]) =>
  fc.oneof(
    fc
      .constantFrom(...(changes.get(zone) ?? []))
      .chain((change) => {
        // Starts at the very wall clocks the change skips or repeats, or any time.
        const { hour, minute } = changeTime(zone, change);
        const inChange = fc.constantFrom(0, 15, 30, 45).map((extra) => ({ hour: hour + Math.floor((minute + extra) / 60), minute: (minute + extra) % 60 }));
        return fc.record({ change: fc.constant(change), time: fc.oneof(inChange, timeArbitrary) });
      })
      .chain(({ change, time }) =>
        fc.record({
          change: fc.constant(change),
          time: fc.constant(time),
        // Whole weeks before lands the start on the change's weekday: the series meets the change.
          daysBefore: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 40 }).map((weeks) => weeks * 7)),
          windowBefore: fc.integer({ min: 0, max: 6 * 24 }),
          windowHours: fc.integer({ min: 1, max: 14 * 24 }),
        }),
      )
      .map(({ change, daysBefore, time, windowBefore, windowHours }) => {
        const day = new Date(change - daysBefore * DAY);
        const start: Start = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), ...time };
        const from = change - windowBefore * 3_600_000;
        return { start, from: () => from, hours: windowHours };
      }),
    fc
      .record({ start: startArbitrary, afterDays: fc.integer({ min: -20, max: 1100 }), hours: fc.integer({ min: 1, max: 21 * 24 }) })
      .map(({ start, afterDays, hours }) => ({ start, from: (startInstant: number) => startInstant + afterDays * DAY, hours })),
  );

describe('recurrence expansion against a naive day-by-day computation (property)', () => {
  for (const zone of zones) {
    it(`timed daily and weekly rules with interval, count and until in ${zone}`, () => {
      let withOccurrences = 0;
      fc.assert(
        fc.property(scenarioArbitrary(zone), ruleArbitrary, fc.constantFrom(0, 30, 60, 150, 1500), ({ start, from: fromOf, hours }, rule, minutes) => {
          const durationMs = minutes * MINUTE;
          const startInstant = instantOfWall(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute), zone);
          const from = fromOf(startInstant);
          const to = from + hours * 3_600_000;
          const expected = referenceTimed(start, zone, durationMs, rule, from, to);
          const actual = expandOccurrences(
            { allDay: false, start: new Date(startInstant).toISOString(), end: new Date(startInstant + durationMs).toISOString(), timeZone: zone },
            {
              rule: {
                frequency: rule.frequency,
                interval: rule.interval,
                byDay: rule.frequency === 'weekly' ? rule.byDay.map((weekday) => ({ weekday })) : [],
                count: rule.count,
                until: expected.untilMs === null ? null : { instant: new Date(expected.untilMs).toISOString() },
              },
            },
            { from: new Date(from).toISOString(), to: new Date(to).toISOString(), timeZone: zone },
          );
          const got = actual.map((occurrence) => (occurrence.allDay ? ['all-day', occurrence.startDate] : [occurrence.start, occurrence.plannedAt]));
          expect(got).toEqual(expected.found);
          if (got.length > 0) withOccurrences += 1;
        }),
        { numRuns: 200 },
      );
      // Not vacuous: a good share of the windows hold occurrences.
      expect(withOccurrences).toBeGreaterThan(40);
    });
  }

  it('all-day daily and weekly rules with interval and count, read in the viewer’s zone', () => {
    fc.assert(
      fc.property(
        startArbitrary,
        ruleArbitrary,
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...zones),
        fc.integer({ min: -10, max: 800 }),
        fc.integer({ min: 1, max: 30 * 24 }),
        (start, rule, lengthDays, viewZone, afterDays, hours) => {
          const firstDay = Date.UTC(start.year, start.month - 1, start.day);
          const from = instantOfWall(firstDay, viewZone) + afterDays * DAY + start.hour * 3_600_000;
          const to = from + hours * 3_600_000;
          const untilDay = rule.untilAfterDays === null ? null : firstDay + rule.untilAfterDays * DAY;
          const wanted = new Set(rule.byDay.length > 0 ? rule.byDay : [weekdayCodes[new Date(firstDay).getUTCDay()]]);
          const expected: string[] = [];
          let seen = 0;
          for (let i = 0; firstDay + i * DAY <= to + 2 * DAY; i++) {
            const dayUtc = firstDay + i * DAY;
            const inPattern =
              rule.frequency === 'daily'
                ? i % rule.interval === 0
                : wanted.has(weekdayCodes[new Date(dayUtc).getUTCDay()] ?? 'SU') && ((mondayOf(dayUtc) - mondayOf(firstDay)) / (7 * DAY)) % rule.interval === 0;
            if (i > 0 && !inPattern) continue;
            seen += 1;
            if ((rule.count !== null && seen > rule.count) || (untilDay !== null && dayUtc > untilDay)) break;
            if (dayUtc + (lengthDays + 2) * DAY < from) continue; // far before the window: counted, not converted
            const begins = instantOfWall(dayUtc, viewZone);
            const ends = instantOfWall(dayUtc + lengthDays * DAY, viewZone);
            if (overlaps(begins, ends, from, to)) expected.push(new Date(dayUtc).toISOString().slice(0, 10));
          }
          const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);
          const actual = expandOccurrences(
            { allDay: true, startDate: date(firstDay), endDate: date(firstDay + lengthDays * DAY) },
            {
              rule: {
                frequency: rule.frequency,
                interval: rule.interval,
                byDay: rule.frequency === 'weekly' ? rule.byDay.map((weekday) => ({ weekday })) : [],
                count: rule.count,
                until: untilDay === null ? null : { date: date(untilDay) },
              },
            },
            { from: new Date(from).toISOString(), to: new Date(to).toISOString(), timeZone: viewZone },
          );
          expect(actual.map((occurrence) => (occurrence.allDay ? occurrence.startDate : 'timed'))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
