import fc from 'fast-check';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { fr } from 'date-fns/locale';
import { dateFnsLocalizer } from 'react-big-calendar';
import { describe, expect, it } from 'vitest';
import { dayInRange, eventInRange, withQuickRanges } from '../../../../src-renderer/screens/Agenda/calendar-ranges';

// The library's own tests, on a localizer left as it ships; ours must give the same answers in
// whatever zone the machine has (days, minutes and seconds at their edges included).
const library = dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { fr } });
const libraryEventInRange = library.inEventRange as unknown as (args: { event: { start: Date; end: Date }; range: { start: Date; end: Date } }) => boolean;

const moment = fc
  .record({
    day: fc.integer({ min: 0, max: 20 }),
    hour: fc.constantFrom(0, 1, 2, 3, 11, 22, 23),
    minute: fc.constantFrom(0, 1, 30, 59),
    second: fc.constantFrom(0, 1, 59),
    ms: fc.constantFrom(0, 999),
  })
  // Around the end of March, where Europe and others change to summer time.
  .map(({ day, hour, minute, second, ms }) => new Date(2027, 2, 18 + day, hour, minute, second, ms));

describe('the grid range tests', () => {
  it('say whether an event shows in a range of days as the library does', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 4 * 24 * 60 }), moment, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 7 }), (start, minutes, other, edge, days) => {
        const event = { start, end: new Date(start.getTime() + minutes * 60_000) };
        // The range opens anywhere, or right on an edge of the event: where > and >= part.
        const rangeStart = [other, event.end, event.start, new Date(start.getFullYear(), start.getMonth(), start.getDate())][edge] as Date;
        const range = { start: rangeStart, end: new Date(rangeStart.getFullYear(), rangeStart.getMonth(), rangeStart.getDate() + days, 23, 59, 59, 999) };
        expect(eventInRange({ event, range })).toBe(libraryEventInRange({ event, range }));
      }),
      { numRuns: 2000 },
    );
  });

  it('place an event of no duration at midnight on its day and not the day before', () => {
    const midnight = new Date(2027, 2, 28);
    const day = (offset: number) => ({ start: new Date(2027, 2, 28 + offset), end: new Date(2027, 2, 28 + offset, 23, 59, 59, 999) });
    expect(eventInRange({ event: { start: midnight, end: midnight }, range: day(0) })).toBe(true);
    expect(eventInRange({ event: { start: midnight, end: midnight }, range: day(-1) })).toBe(false);
  });

  it('compare whole days as the library does, and leave other units to it', () => {
    const quick = dayInRange(library.inRange);
    fc.assert(
      fc.property(moment, fc.option(moment, { nil: undefined }), fc.option(moment, { nil: undefined }), (day, min, max) => {
        expect(quick(day, min as Date, max as Date, 'day')).toBe(library.inRange(day, min as Date, max as Date, 'day'));
        expect(quick(day, min as Date, max as Date, 'minutes')).toBe(library.inRange(day, min as Date, max as Date, 'minutes'));
      }),
      { numRuns: 2000 },
    );
  });

  it('are the ones a localizer uses once put in place', () => {
    const quick = withQuickRanges(dateFnsLocalizer({ format, parse, startOfWeek, getDay, locales: { fr } }));
    expect((quick as unknown as { inEventRange: unknown }).inEventRange).toBe(eventInRange);
    expect(quick.inRange(new Date(2027, 0, 4, 23), new Date(2027, 0, 4, 8), new Date(2027, 0, 4, 9), 'day')).toBe(true);
    expect(quick.inRange(new Date(2027, 0, 5, 0), new Date(2027, 0, 4, 8), new Date(2027, 0, 4, 9), 'day')).toBe(false);
  });
});
