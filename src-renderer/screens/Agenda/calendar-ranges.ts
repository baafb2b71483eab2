/**
 * The grid's "is this event on that day" tests, in native Date arithmetic. react-big-calendar's
 * own go through a generic unit-by-unit date library and, a week's grid asking them for every
 * event of every day at every render, were a good share of the time the week took to draw. Same
 * answers (the tests hold them to the library's), a fraction of the work.
 */
import type { DateLocalizer } from 'react-big-calendar';

type Unit = Parameters<DateLocalizer['inRange']>[3];

/** The local midnight opening a date's day, as a time stamp. */
const dayStart = (date: Date): number => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();

/** A time stamp cut to its local minute (seconds and milliseconds dropped, as the library does). */
const minuteOf = (date: Date): number => date.getTime() - date.getSeconds() * 1000 - date.getMilliseconds();

/** Whether `day` falls within [min, max], comparing whole days (the grid's only use); other units as the library does. */
export function dayInRange(base: DateLocalizer['inRange']): DateLocalizer['inRange'] {
  return (day: Date, min?: Date, max?: Date, unit: Unit = 'day') => {
    if (unit !== 'day') return base(day, min as Date, max as Date, unit);
    const value = dayStart(day);
    return (!min || value >= dayStart(min)) && (!max || value <= dayStart(max));
  };
}

/**
 * Whether an event shows in a range of days: it starts on or before the range's last day and
 * ends after the range starts (at it, for an event of no duration).
 */
export function eventInRange({ event, range }: { event: { start: Date; end: Date }; range: { start: Date; end: Date } }): boolean {
  const eventDay = dayStart(event.start);
  const startsBeforeEnd = eventDay <= dayStart(range.end);
  const end = minuteOf(event.end);
  const rangeStart = minuteOf(range.start);
  const endsAfterStart = eventDay !== end ? end > rangeStart : end >= rangeStart;
  return startsBeforeEnd && endsAfterStart;
}

/** The localizer with these tests in place of the library's. */
export function withQuickRanges(localizer: DateLocalizer): DateLocalizer {
  localizer.inRange = dayInRange(localizer.inRange);
  // The library calls it with one { event, range } argument, whatever its type declarations say.
  (localizer as unknown as { inEventRange: typeof eventInRange }).inEventRange = eventInRange;
  return localizer;
}
