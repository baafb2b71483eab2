import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOfDay,
  dayNumber,
  daysInMonth,
  formatDateTime,
  parseCompactDateTime,
  parseDate,
  parseDateTime,
  partsOfLocalMs,
  localMsOf,
  weekdayIndexOf,
} from '../../../../../src-shared/domain/recurrence/civil';

describe('calendar arithmetic', () => {
  it('numbers days like Date.UTC does, and back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 2_900_000 }), (days) => {
        const date = dateOfDay(days);
        expect(dayNumber(date.year, date.month, date.day)).toBe(days);
        const reference = new Date(days * 86_400_000);
        if (date.year >= 100) {
          expect([date.year, date.month, date.day]).toEqual([reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate()]);
          // 0 = Monday … 6 = Sunday; getUTCDay has Sunday = 0.
          expect(weekdayIndexOf(days)).toBe((reference.getUTCDay() + 6) % 7);
        }
      }),
    );
  });

  it('knows month lengths and leap years, 1900 and 2100 included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2027, 4)).toBe(30);
    expect(dayNumber(1601, 1, 1)).toBe(-134_774);
  });

  it('reads only real dates and times', () => {
    expect(parseDate('2027-02-29')).toBeNull();
    expect(parseDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDate('2027-13-01')).toBeNull();
    expect(parseDateTime('2027-03-28T02:30')).toEqual({ year: 2027, month: 3, day: 28, hour: 2, minute: 30, second: 0 });
    expect(parseDateTime('2027-03-28T24:00')).toBeNull();
    expect(parseCompactDateTime('20270328T023000')).toEqual({ year: 2027, month: 3, day: 28, hour: 2, minute: 30, second: 0 });
    expect(parseCompactDateTime('20270328T0230')).toBeNull();
    const parts = parseDateTime('2027-10-31T02:30:15');
    expect(parts && formatDateTime(partsOfLocalMs(localMsOf(parts)))).toBe('2027-10-31T02:30:15');
  });
});
