import { describe, expect, it } from 'vitest';
import { civilOfLocal, localOfCivil, shiftPeriod, visibleRange } from '../../../../src-renderer/lib/agenda-dates';
import { parseRoute, routeHash, routeSection } from '../../../../src-renderer/lib/routes';

describe('the agenda’s address', () => {
  it('keeps the view and the date, so a reload or Back shows the same period', () => {
    expect(parseRoute('#/agenda')).toEqual({ name: 'agenda' });
    expect(parseRoute('#/agenda/month')).toEqual({ name: 'agenda', view: 'month' });
    expect(parseRoute('#/agenda/week/2027-01-04')).toEqual({ name: 'agenda', view: 'week', date: '2027-01-04' });
    for (const route of [{ name: 'agenda' }, { name: 'agenda', view: 'list' }, { name: 'agenda', view: 'day', date: '2027-03-28' }] as const) {
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
    expect(routeSection({ name: 'agenda', view: 'week' })).toBe('agenda');
  });

  it('opens the default view for an unknown view, and drops a date that does not exist', () => {
    expect(parseRoute('#/agenda/year/2027-01-04')).toEqual({ name: 'agenda' });
    expect(parseRoute('#/agenda/week/2027-02-30')).toEqual({ name: 'agenda', view: 'week' });
    expect(parseRoute('#/agenda/week/<script>')).toEqual({ name: 'agenda', view: 'week' });
    expect(parseRoute('#/agenda/week/2027-01-04/extra')).toEqual({ name: 'agenda' });
  });
});

describe('the periods the views show', () => {
  const thursday = new Date(2027, 0, 7, 15, 30);

  it('starts a week on Monday, or on Sunday when the locale says so', () => {
    const monday = visibleRange('week', thursday, 1);
    expect(civilOfLocal(monday.start)).toBe('2027-01-04');
    expect(civilOfLocal(monday.end)).toBe('2027-01-11');
    expect(civilOfLocal(visibleRange('week', thursday, 0).start)).toBe('2027-01-03');
  });

  it('shows whole weeks around a month, and a day from midnight to midnight', () => {
    // January 2027 starts on a Friday and ends on a Sunday.
    const month = visibleRange('month', thursday, 1);
    expect(civilOfLocal(month.start)).toBe('2026-12-28');
    expect(civilOfLocal(month.end)).toBe('2027-02-01');
    const day = visibleRange('day', thursday, 1);
    expect([civilOfLocal(day.start), civilOfLocal(day.end)]).toEqual(['2027-01-07', '2027-01-08']);
    expect(day.start.getHours()).toBe(0);
  });

  it('moves by the period shown', () => {
    expect(civilOfLocal(shiftPeriod('week', thursday, 1))).toBe('2027-01-14');
    expect(civilOfLocal(shiftPeriod('month', new Date(2027, 0, 31), 1))).toBe('2027-02-28');
    expect(civilOfLocal(shiftPeriod('day', thursday, -1))).toBe('2027-01-06');
    expect(civilOfLocal(shiftPeriod('list', thursday, 1))).toBe('2027-02-06');
  });

  it('reads calendar dates as local midnights and refuses what is not a date', () => {
    const date = localOfCivil('2027-03-28');
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([2027, 2, 28, 0]);
    expect(localOfCivil('2027-02-29')).toBeNull();
    expect(localOfCivil('28/03/2027')).toBeNull();
  });
});
