import { describe, expect, it } from 'vitest';
import { calendarDateMs, cleanText, MAX_CELL_TEXT, wallClock, wallClockText } from '../../../../src-main/domains/exports/cell-values';
import { internationalPhone } from '../../../../src-main/domains/exports/phone-text';

describe('cell values', () => {
  it('drops what XML cannot carry and cuts to a cell’s size, keeping tabs, line breaks and emoji', () => {
    expect(cleanText('a\u0000b\u0007c\u000bd\tе\nf\r😀')).toBe('abcd\tе\nf\r😀');
    expect(cleanText('lone \ud800 surrogate \udc00 here')).toBe('lone  surrogate  here');
    expect(cleanText('x'.repeat(MAX_CELL_TEXT + 10))).toHaveLength(MAX_CELL_TEXT);
  });

  it('reads calendar dates and instants as the wall clock of the zone', () => {
    expect(calendarDateMs('2026-12-31')).toBe(Date.UTC(2026, 11, 31));
    expect(calendarDateMs('31/12/2026')).toBeNull();
    expect(wallClock('2026-07-14T08:05:00.000Z', 'Europe/Paris')).toEqual({ ms: Date.UTC(2026, 6, 14, 10, 5), wholeDay: false });
    expect(wallClock('2026-01-14T08:05:00.000Z', 'Europe/Paris')).toEqual({ ms: Date.UTC(2026, 0, 14, 9, 5), wholeDay: false });
    expect(wallClock('2026-12-31', 'America/New_York')).toEqual({ ms: Date.UTC(2026, 11, 31), wholeDay: true });
    expect(wallClock('not a date', 'Europe/Paris')).toBeNull();
    expect(wallClockText(Date.UTC(2026, 6, 4, 9, 5), false, 'fr')).toBe('04/07/2026 09:05');
    expect(wallClockText(Date.UTC(2026, 6, 4), true, 'iso')).toBe('2026-07-04');
  });

  it('writes phone numbers in the international format', () => {
    expect(internationalPhone('+33612345678')).toBe('+33 6 12 34 56 78');
    expect(internationalPhone('+442079460958')).toBe('+44 20 7946 0958');
    expect(internationalPhone(null)).toBeNull();
  });
});
