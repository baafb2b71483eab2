/**
 * The calendar days and instants a date condition covers, in the user's time zone, against an
 * injected "now": "in the last 30 days" runs from the start of the day 30 days ago to now, "more
 * than 2 months ago" ends at the start of the same day two months back, "in the next 7 days"
 * runs from now to the end of the 7th day ahead. Months and years keep the day of the month
 * (31 March − 1 month = 28 or 29 February).
 */
import type { ConditionValue, RelativeDateUnit, SegmentOperator } from '../../../src-shared/domain/segments/types';
import { dateOfDay, dayNumber, daysInMonth, formatDay, MS_PER_DAY } from '../../../src-shared/domain/recurrence/civil';
import { instantOfLocal, localMsAt } from '../../../src-shared/domain/recurrence/zone';

export type Clock = { nowMs: number; timeZone: string };

/** A bound: a calendar day (a day start), or now. */
export type DateBound = { day: number } | 'now';

/** From (inclusive) and to (exclusive). */
export type DateRange = { from?: DateBound; to?: DateBound };

/** Today's day number in the zone. */
export function todayOf(clock: Clock): number {
  return Math.floor(localMsAt(clock.nowMs, clock.timeZone) / MS_PER_DAY);
}

function dayOf(text: string): number {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return dayNumber(year, month, day);
}

function shiftMonths(day: number, months: number): number {
  const parts = dateOfDay(day);
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber(year, month, Math.min(parts.day, daysInMonth(year, month)));
}

/** The day `amount` units before (negative) or after (positive) `day`. */
export function shiftDay(day: number, amount: number, unit: RelativeDateUnit): number {
  switch (unit) {
    case 'day':
      return day + amount;
    case 'week':
      return day + 7 * amount;
    case 'month':
      return shiftMonths(day, amount);
    case 'year':
      return shiftMonths(day, 12 * amount);
  }
}

/** The range a date operator covers (the value already checked against the operator). */
export function dateRangeOf(operator: SegmentOperator, value: ConditionValue | undefined, clock: Clock): DateRange {
  const today = todayOf(clock);
  switch (operator) {
    case 'on': {
      const day = dayOf(value as string);
      return { from: { day }, to: { day: day + 1 } };
    }
    case 'before':
      return { to: { day: dayOf(value as string) } };
    case 'after':
      return { from: { day: dayOf(value as string) + 1 } };
    case 'dateBetween': {
      const range = value as { fromDay: string; toDay: string };
      return { from: { day: dayOf(range.fromDay) }, to: { day: dayOf(range.toDay) + 1 } };
    }
    case 'inLast': {
      const { amount, unit } = value as { amount: number; unit: RelativeDateUnit };
      return { from: { day: shiftDay(today, -amount, unit) }, to: 'now' };
    }
    case 'moreThanAgo': {
      const { amount, unit } = value as { amount: number; unit: RelativeDateUnit };
      return { to: { day: shiftDay(today, -amount, unit) } };
    }
    case 'inNext': {
      const { amount, unit } = value as { amount: number; unit: RelativeDateUnit };
      return { from: 'now', to: { day: shiftDay(today, amount, unit) + 1 } };
    }
    default:
      throw new Error(`Not a date operator: ${operator}`);
  }
}

/** A bound as a stored value: 'YYYY-MM-DD' for day columns, an ISO instant for instant columns. "now" on a day column is today (from) or tomorrow (to). */
export function boundValue(bound: DateBound, stored: 'day' | 'instant', side: 'from' | 'to', clock: Clock): string {
  if (bound === 'now') {
    if (stored === 'instant') return new Date(clock.nowMs).toISOString();
    const today = todayOf(clock);
    return formatDay(side === 'from' ? today : today + 1);
  }
  if (stored === 'day') return formatDay(bound.day);
  return new Date(instantOfLocal(bound.day * MS_PER_DAY, clock.timeZone)).toISOString();
}
