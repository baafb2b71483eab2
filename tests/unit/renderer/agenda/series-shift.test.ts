import { describe, expect, it } from 'vitest';
import { expandOccurrences, type EventTiming, type Recurrence } from '../../../../src-shared/domain/recurrence';
import { shiftRule, shiftSeries } from '../../../../src-renderer/lib/series-shift';

const zone = 'Europe/Paris';
const wallClock = (instant: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: zone, weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

describe('moving a whole series by the move made to one occurrence', () => {
  // Tuesdays 10:00–11:00 in Paris, from 2 March 2027 (winter time); clocks change on 28 March.
  const series: EventTiming = { allDay: false, start: '2027-03-02T09:00:00.000Z', end: '2027-03-02T10:00:00.000Z', timeZone: zone };
  const weekly: Recurrence = { rule: { frequency: 'weekly', byDay: [{ weekday: 'TU' }] }, exceptions: ['20270316T100000'], overrides: [{ key: '20270309T100000', cancelled: true }] };

  it('shifts by the wall-clock amount, across a daylight-saving change, and the weekdays follow', () => {
    // The occurrence of Tuesday 30 March (summer time, 08:00Z) dragged to Wednesday 31 March 11:00–12:00.
    const from: EventTiming = { allDay: false, start: '2027-03-30T08:00:00.000Z', end: '2027-03-30T09:00:00.000Z', timeZone: zone };
    const to: EventTiming = { allDay: false, start: '2027-03-31T09:00:00.000Z', end: '2027-03-31T10:00:00.000Z', timeZone: zone };
    const moved = shiftSeries(series, weekly, from, to);
    expect(moved?.timing).toEqual({ allDay: false, start: '2027-03-03T10:00:00.000Z', end: '2027-03-03T11:00:00.000Z', timeZone: zone });
    expect(moved?.recurrence?.rule.byDay).toEqual([{ weekday: 'WE' }]);
    // The exception and the cancelled occurrence still name the occurrences they were about.
    expect(moved?.recurrence?.exceptions).toEqual(['20270317T110000']);
    expect(moved?.recurrence?.overrides).toEqual([{ key: '20270310T110000', cancelled: true }]);

    // Every occurrence, before and after the change of time, is a Wednesday at 11:00 in Paris.
    const occurrences = expandOccurrences(moved!.timing, moved!.recurrence, { from: '2027-03-01T00:00:00Z', to: '2027-04-15T00:00:00Z', timeZone: zone });
    expect(occurrences.length).toBe(5);
    for (const occurrence of occurrences) {
      if (occurrence.allDay) throw new Error('timed series');
      expect(wallClock(occurrence.start)).toBe('mercredi 11:00');
    }
  });

  it('makes the series longer when one occurrence was stretched', () => {
    const from: EventTiming = { allDay: false, start: '2027-03-02T09:00:00.000Z', end: '2027-03-02T10:00:00.000Z', timeZone: zone };
    const to: EventTiming = { allDay: false, start: '2027-03-02T09:00:00.000Z', end: '2027-03-02T10:30:00.000Z', timeZone: zone };
    const moved = shiftSeries(series, weekly, from, to);
    expect(moved?.timing).toMatchObject({ start: series.start, end: '2027-03-02T10:30:00.000Z' });
    expect(moved?.recurrence?.rule.byDay).toEqual([{ weekday: 'TU' }]);
  });

  it('moves an all-day series by days, with its exceptions', () => {
    const allDay: EventTiming = { allDay: true, startDate: '2027-01-04', endDate: '2027-01-05' };
    const monthly: Recurrence = { rule: { frequency: 'monthly', byMonthDay: [4] }, exceptions: ['20270204'] };
    const moved = shiftSeries(allDay, monthly, { allDay: true, startDate: '2027-03-04', endDate: '2027-03-05' }, { allDay: true, startDate: '2027-03-06', endDate: '2027-03-08' });
    expect(moved?.timing).toEqual({ allDay: true, startDate: '2027-01-06', endDate: '2027-01-08' });
    expect(moved?.recurrence).toEqual({ rule: { frequency: 'monthly', byMonthDay: [6] }, exceptions: ['20270206'] });
  });

  it('leaves switching between all day and a time to the single occurrence', () => {
    const to: EventTiming = { allDay: true, startDate: '2027-03-30', endDate: '2027-03-31' };
    expect(shiftSeries(series, weekly, { allDay: false, start: '2027-03-30T08:00:00.000Z', end: '2027-03-30T09:00:00.000Z', timeZone: zone }, to)).toBeNull();
  });
});

describe('a rule shifted by days', () => {
  it('turns numbered weekdays and keeps their position', () => {
    expect(shiftRule({ frequency: 'monthly', byDay: [{ weekday: 'SU', ordinal: -1 }] }, 1, { from: 3, to: 3 }).byDay).toEqual([{ weekday: 'MO', ordinal: -1 }]);
    expect(shiftRule({ frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'TH' }] }, -2, { from: 3, to: 3 }).byDay).toEqual([{ weekday: 'SA' }, { weekday: 'TU' }]);
  });

  it('falls back to the start’s day when month days would leave the month, and follows the month of a yearly rule', () => {
    expect(shiftRule({ frequency: 'monthly', byMonthDay: [31] }, 1, { from: 1, to: 2 }).byMonthDay).toBeUndefined();
    expect(shiftRule({ frequency: 'yearly', byMonth: [3] }, 30, { from: 3, to: 4 }).byMonth).toEqual([4]);
    expect(shiftRule({ frequency: 'daily', interval: 2 }, 0, { from: 1, to: 1 })).toEqual({ frequency: 'daily', interval: 2 });
  });
});
