import { describe, expect, it } from 'vitest';
import {
  expandOccurrences,
  nextOccurrence,
  occurrenceKeyFor,
  seriesSpan,
  type EventTiming,
  type Occurrence,
  type Recurrence,
  type RecurrenceRule,
  zoneLookupCount,
} from '../../../../../src-shared/domain/recurrence';

const paris = (start: string, end: string): EventTiming => ({ allDay: false, start, end, timeZone: 'Europe/Paris' });
const window = (from: string, to: string, timeZone = 'Europe/Paris') => ({ from, to, timeZone });
const starts = (occurrences: Occurrence[]) => occurrences.map((occurrence) => (occurrence.allDay ? occurrence.startDate : occurrence.start));
const planned = (occurrences: Occurrence[]) => occurrences.map((occurrence) => (occurrence.allDay ? occurrence.plannedOn : occurrence.plannedAt));
const rule = (value: RecurrenceRule): Recurrence => ({ rule: value });

describe('weekly meetings across daylight-saving changes', () => {
  // Mondays 09:00–10:00 in Paris, from 1 March 2027 (CET, UTC+1).
  const meeting = paris('2027-03-01T08:00:00.000Z', '2027-03-01T09:00:00.000Z');

  it('stay at 09:00 Paris time before and after the last Sunday of March', () => {
    const found = expandOccurrences(meeting, rule({ frequency: 'weekly', byDay: [{ weekday: 'MO' }] }), window('2027-03-15T00:00:00Z', '2027-04-06T00:00:00Z'));
    expect(starts(found)).toEqual(['2027-03-15T08:00:00.000Z', '2027-03-22T08:00:00.000Z', '2027-03-29T07:00:00.000Z', '2027-04-05T07:00:00.000Z']);
    expect(planned(found)).toEqual(['2027-03-15T09:00:00', '2027-03-22T09:00:00', '2027-03-29T09:00:00', '2027-04-05T09:00:00']);
    expect(found.every((occurrence) => !occurrence.allDay && Date.parse(occurrence.end) - Date.parse(occurrence.start) === 3_600_000)).toBe(true);
  });

  it('stay at 09:00 Paris time before and after the last Sunday of October', () => {
    // 31 October 2027 is the last Sunday: the 25th is still summer time, 1 November is winter time.
    const found = expandOccurrences(meeting, rule({ frequency: 'weekly' }), window('2027-10-20T00:00:00Z', '2027-11-05T00:00:00Z'));
    expect(starts(found)).toEqual(['2027-10-25T07:00:00.000Z', '2027-11-01T08:00:00.000Z']);
    expect(planned(found)).toEqual(['2027-10-25T09:00:00', '2027-11-01T09:00:00']);
  });

  it('in New York, stay at 09:00 local across the second Sunday of March', () => {
    const ny: EventTiming = { allDay: false, start: '2027-03-01T14:00:00.000Z', end: '2027-03-01T15:00:00.000Z', timeZone: 'America/New_York' };
    const found = expandOccurrences(ny, rule({ frequency: 'weekly' }), window('2027-03-08T00:00:00Z', '2027-03-16T00:00:00Z'));
    expect(starts(found)).toEqual(['2027-03-08T14:00:00.000Z', '2027-03-15T13:00:00.000Z']);
  });
});

describe('wall clocks that do not exist or exist twice', () => {
  it('moves a 02:30 daily occurrence forward by the gap on the spring-forward day, and says so', () => {
    const night = paris('2027-03-25T01:30:00.000Z', '2027-03-25T02:00:00.000Z');
    const found = expandOccurrences(night, rule({ frequency: 'daily' }), window('2027-03-27T00:00:00Z', '2027-03-30T00:00:00Z'));
    expect(found.map((occurrence) => (occurrence.allDay ? null : [occurrence.start, occurrence.plannedAt, occurrence.shiftedByGap]))).toEqual([
      ['2027-03-27T01:30:00.000Z', '2027-03-27T02:30:00', false],
      ['2027-03-28T01:30:00.000Z', '2027-03-28T02:30:00', true],
      ['2027-03-29T00:30:00.000Z', '2027-03-29T02:30:00', false],
    ]);
    // The key stays the planned wall clock, as a RECURRENCE-ID would name it.
    expect(found[1]?.key).toBe('20270328T023000');
  });

  it('takes the first 02:30 on the fall-back day', () => {
    const night = paris('2027-10-29T00:30:00.000Z', '2027-10-29T01:00:00.000Z');
    const found = expandOccurrences(night, rule({ frequency: 'daily' }), window('2027-10-30T00:00:00Z', '2027-11-02T00:00:00Z'));
    expect(starts(found)).toEqual(['2027-10-30T00:30:00.000Z', '2027-10-31T00:30:00.000Z', '2027-11-01T01:30:00.000Z']);
  });

  it('keeps the event’s own start when it is the second of two equal wall clocks', () => {
    // 01:30 EST on 7 November 2027 (the second 01:30 in New York) = 06:30 UTC.
    const second: EventTiming = { allDay: false, start: '2027-11-07T06:30:00.000Z', end: '2027-11-07T07:00:00.000Z', timeZone: 'America/New_York' };
    const found = expandOccurrences(second, rule({ frequency: 'yearly' }), window('2027-11-01T00:00:00Z', '2028-11-30T00:00:00Z'));
    expect(starts(found)).toEqual(['2027-11-07T06:30:00.000Z', '2028-11-07T06:30:00.000Z']);
  });
});

describe('rules', () => {
  const nine = paris('2027-01-01T08:00:00.000Z', '2027-01-01T09:00:00.000Z');
  const year = window('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
  const days = (recurrence: Recurrence, event = nine, span = year) =>
    expandOccurrences(event, recurrence, span).map((occurrence) => (occurrence.allDay ? occurrence.startDate : occurrence.plannedAt.slice(0, 10)));

  it('monthly on the 31st skips the months without one', () => {
    const event = paris('2027-01-31T08:00:00.000Z', '2027-01-31T09:00:00.000Z');
    expect(days(rule({ frequency: 'monthly' }), event)).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31', '2027-08-31', '2027-10-31', '2027-12-31']);
  });

  it('monthly on the second Tuesday and on the last Friday', () => {
    expect(days(rule({ frequency: 'monthly', byDay: [{ weekday: 'TU', ordinal: 2 }], count: 4 }))).toEqual(['2027-01-01', '2027-01-12', '2027-02-09', '2027-03-09']);
    const friday = paris('2027-01-29T08:00:00.000Z', '2027-01-29T09:00:00.000Z');
    expect(days(rule({ frequency: 'monthly', byDay: [{ weekday: 'FR', ordinal: -1 }], count: 4 }), friday)).toEqual(['2027-01-29', '2027-02-26', '2027-03-26', '2027-04-30']);
  });

  it('monthly on the last weekday (BYSETPOS) and on the last day', () => {
    const event = paris('2027-01-29T08:00:00.000Z', '2027-01-29T09:00:00.000Z');
    const weekdays = (['MO', 'TU', 'WE', 'TH', 'FR'] as const).map((weekday) => ({ weekday }));
    expect(days(rule({ frequency: 'monthly', byDay: weekdays, bySetPos: [-1], count: 4 }), event)).toEqual(['2027-01-29', '2027-02-26', '2027-03-31', '2027-04-30']);
    expect(days(rule({ frequency: 'monthly', byMonthDay: [-1], count: 3 }), event)).toEqual(['2027-01-29', '2027-01-31', '2027-02-28']);
  });

  it('yearly on 29 February happens in leap years only', () => {
    const leap = paris('2028-02-29T08:00:00.000Z', '2028-02-29T09:00:00.000Z');
    expect(days(rule({ frequency: 'yearly', count: 3 }), leap, window('2028-01-01T00:00:00Z', '2040-01-01T00:00:00Z'))).toEqual(['2028-02-29', '2032-02-29', '2036-02-29']);
  });

  it('yearly on the fourth Thursday of November, every two years', () => {
    const thanksgiving = paris('2027-11-25T08:00:00.000Z', '2027-11-25T09:00:00.000Z');
    const span = window('2027-01-01T00:00:00Z', '2034-01-01T00:00:00Z');
    expect(days(rule({ frequency: 'yearly', interval: 2, byMonth: [11], byDay: [{ weekday: 'TH', ordinal: 4 }] }), thanksgiving, span)).toEqual([
      '2027-11-25',
      '2029-11-22',
      '2031-11-27',
      '2033-11-24',
    ]);
  });

  it('weekly every two weeks on Monday and Thursday, weeks starting on Monday or on Sunday', () => {
    // Starts on a Sunday: with WKST=MO the Sunday closes the first week; with WKST=SU it opens it.
    const sunday = paris('2027-01-03T08:00:00.000Z', '2027-01-03T09:00:00.000Z');
    const span = window('2027-01-01T00:00:00Z', '2027-01-25T00:00:00Z');
    const twice = { frequency: 'weekly' as const, interval: 2, byDay: [{ weekday: 'MO' as const }, { weekday: 'TH' as const }] };
    expect(days(rule(twice), sunday, span)).toEqual(['2027-01-03', '2027-01-11', '2027-01-14']);
    expect(days(rule({ ...twice, weekStart: 'SU' }), sunday, span)).toEqual(['2027-01-03', '2027-01-04', '2027-01-07', '2027-01-18', '2027-01-21']);
  });

  it('counts the event’s own start as the first occurrence, even off the pattern (RFC 5545)', () => {
    // 1 January 2027 is a Friday; the rule says Mondays.
    expect(days(rule({ frequency: 'weekly', byDay: [{ weekday: 'MO' }], count: 3 }))).toEqual(['2027-01-01', '2027-01-04', '2027-01-11']);
  });

  it('ends with UNTIL, inclusive, as an instant, a date or a wall clock', () => {
    const daily = (until: RecurrenceRule['until']) => days(rule({ frequency: 'daily', until }), nine, window('2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z'));
    expect(daily({ instant: '2027-01-03T08:00:00.000Z' })).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(daily({ instant: '2027-01-03T07:59:59.000Z' })).toEqual(['2027-01-01', '2027-01-02']);
    expect(daily({ date: '2027-01-03' })).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(daily({ local: '2027-01-03T08:59:00' })).toEqual(['2027-01-01', '2027-01-02']);
  });

  it('daily on weekdays in July and August only (filters)', () => {
    const found = days(rule({ frequency: 'daily', byMonth: [7, 8], byDay: (['MO', 'TU', 'WE', 'TH', 'FR'] as const).map((weekday) => ({ weekday })) }), nine, window('2027-06-28T00:00:00Z', '2027-07-06T00:00:00Z'));
    expect(found).toEqual(['2027-07-01', '2027-07-02', '2027-07-05']);
  });
});

describe('exceptions and single-occurrence edits', () => {
  const meeting = paris('2027-01-04T08:00:00.000Z', '2027-01-04T09:00:00.000Z');
  const weekly: RecurrenceRule = { frequency: 'weekly' };
  const january = window('2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z');

  it('removes excepted and cancelled occurrences', () => {
    const found = expandOccurrences(meeting, { rule: weekly, exceptions: ['20270111T090000'], overrides: [{ key: '20270125T090000', cancelled: true }] }, january);
    expect(found.map((occurrence) => occurrence.key)).toEqual(['20270104T090000', '20270118T090000']);
  });

  it('shows a moved occurrence where it was moved to, even outside the original’s window', () => {
    const moved = { key: '20270118T090000', timing: paris('2027-02-02T13:00:00.000Z', '2027-02-02T14:00:00.000Z') };
    const inJanuary = expandOccurrences(meeting, { rule: weekly, overrides: [moved] }, january);
    expect(inJanuary.map((occurrence) => occurrence.key)).toEqual(['20270104T090000', '20270111T090000', '20270125T090000']);
    const inFebruary = expandOccurrences(meeting, { rule: weekly, overrides: [moved] }, window('2027-02-01T00:00:00Z', '2027-02-08T00:00:00Z'));
    expect(inFebruary.map((occurrence) => [occurrence.key, occurrence.moved, occurrence.allDay ? null : occurrence.start, occurrence.allDay ? null : occurrence.plannedAt])).toEqual([
      ['20270201T090000', false, '2027-02-01T08:00:00.000Z', '2027-02-01T09:00:00'],
      ['20270118T090000', true, '2027-02-02T13:00:00.000Z', '2027-01-18T09:00:00'],
    ]);
  });

  it('gives an edited occurrence its own subject and place, and only that occurrence', () => {
    const edited = { key: '20270111T090000', timing: paris('2027-01-11T08:00:00.000Z', '2027-01-11T09:00:00.000Z'), subject: 'Revue du budget', location: 'Salle B' };
    const noPlace = { key: '20270118T090000', timing: paris('2027-01-18T08:00:00.000Z', '2027-01-18T09:00:00.000Z'), location: null };
    const found = expandOccurrences(meeting, { rule: weekly, overrides: [edited, noPlace] }, january);
    expect(found.map((occurrence) => [occurrence.key, occurrence.moved, occurrence.subject, occurrence.location])).toEqual([
      ['20270104T090000', false, undefined, undefined],
      ['20270111T090000', true, 'Revue du budget', 'Salle B'],
      ['20270118T090000', true, undefined, null],
      ['20270125T090000', false, undefined, undefined],
    ]);
    // All-day series too.
    const fair: EventTiming = { allDay: true, startDate: '2027-01-04', endDate: '2027-01-05' };
    const allDay = expandOccurrences(fair, { rule: weekly, overrides: [{ key: '20270111', timing: { allDay: true, startDate: '2027-01-12', endDate: '2027-01-13' }, subject: 'Salon décalé' }] }, window('2027-01-01T00:00:00Z', '2027-01-31T23:00:00Z'));
    expect(allDay.map((occurrence) => [occurrence.key, occurrence.allDay ? occurrence.startDate : null, occurrence.subject])).toEqual([
      ['20270104', '2027-01-04', undefined],
      ['20270111', '2027-01-12', 'Salon décalé'],
      ['20270118', '2027-01-18', undefined],
      ['20270125', '2027-01-25', undefined],
    ]);
  });

  it('reads edits stored before occurrences had their own subject and place, and ignores unreadable ones', () => {
    const stored = JSON.parse(
      '{"rule":{"frequency":"weekly"},"overrides":[{"key":"20270111T090000","timing":{"allDay":false,"start":"2027-01-12T13:00:00.000Z","end":"2027-01-12T14:00:00.000Z","timeZone":"Europe/Paris"}},{"key":"20270118T090000","timing":{"allDay":false,"start":"2027-01-18T08:00:00.000Z","end":"2027-01-18T09:00:00.000Z","timeZone":"Europe/Paris"},"subject":"   ","location":42}]}',
    ) as Recurrence;
    const found = expandOccurrences(meeting, stored, january);
    const moved = found.find((occurrence) => occurrence.key === '20270111T090000');
    expect(moved).toMatchObject({ moved: true, start: '2027-01-12T13:00:00.000Z' });
    expect(moved && 'subject' in moved).toBe(false);
    expect(moved && 'location' in moved).toBe(false);
    // A blank subject or a location that is not text reads as the series'.
    const blank = found.find((occurrence) => occurrence.key === '20270118T090000');
    expect([blank?.subject, blank?.location]).toEqual([undefined, undefined]);
  });

  it('ignores an edit whose key is not an occurrence of the series', () => {
    const stray = { key: '20270119T090000', timing: paris('2027-01-19T13:00:00.000Z', '2027-01-19T14:00:00.000Z') };
    expect(expandOccurrences(meeting, { rule: weekly, overrides: [stray] }, january)).toHaveLength(4);
  });

  it('finds the key of an occurrence from another calendar’s RECURRENCE-ID, however it is written', () => {
    expect(occurrenceKeyFor(meeting, { local: '2027-01-11T09:00:00' })).toBe('20270111T090000');
    expect(occurrenceKeyFor(meeting, { instant: '2027-01-11T08:00:00Z' })).toBe('20270111T090000');
    expect(occurrenceKeyFor(meeting, { date: '2027-01-11' })).toBe('20270111T090000');
    const night = paris('2027-03-21T01:30:00.000Z', '2027-03-21T02:00:00.000Z');
    // The gap moved 02:30 to 03:30 CEST (01:30 UTC): the instant still names the 02:30 occurrence.
    expect(occurrenceKeyFor(night, { instant: '2027-03-28T01:30:00Z' })).toBe('20270328T023000');
  });
});

describe('all-day events', () => {
  const holiday: EventTiming = { allDay: true, startDate: '2027-07-14', endDate: '2027-07-15' };

  it('are dates, overlapping a window by the viewer’s days', () => {
    const found = expandOccurrences(holiday, rule({ frequency: 'yearly' }), window('2028-07-13T22:00:00Z', '2028-07-14T22:00:00Z'));
    expect(found).toEqual([{ allDay: true, key: '20280714', startDate: '2028-07-14', endDate: '2028-07-15', plannedOn: '2028-07-14', moved: false }]);
    // In Tokyo the same instants end on the 14th at 07:00: still the 14th.
    expect(expandOccurrences(holiday, rule({ frequency: 'yearly' }), window('2028-07-14T20:00:00Z', '2028-07-15T20:00:00Z', 'Asia/Tokyo'))).toHaveLength(0);
  });

  it('keep their length and repeat by date, whatever the clocks do', () => {
    const fair: EventTiming = { allDay: true, startDate: '2027-03-26', endDate: '2027-03-29' };
    const found = expandOccurrences(fair, rule({ frequency: 'weekly', count: 3 }), window('2027-03-01T00:00:00Z', '2027-05-01T00:00:00Z'));
    expect(found.map((occurrence) => (occurrence.allDay ? [occurrence.startDate, occurrence.endDate] : null))).toEqual([
      ['2027-03-26', '2027-03-29'],
      ['2027-04-02', '2027-04-05'],
      ['2027-04-09', '2027-04-12'],
    ]);
  });
});

describe('windows far from the start', () => {
  it('jump to the window instead of walking from 2010 (daily, weekly, counted)', () => {
    const since2010: EventTiming = { allDay: false, start: '2010-01-04T08:00:00.000Z', end: '2010-01-04T08:30:00.000Z', timeZone: 'Europe/Paris' };
    const week = window('2031-03-24T00:00:00Z', '2031-03-31T00:00:00Z');
    // Count the time-zone lookups: walking the 7,750 days since 2010 through the zone would make thousands.
    const before = zoneLookupCount();
    expect(starts(expandOccurrences(since2010, rule({ frequency: 'daily' }), week))).toHaveLength(7);
    expect(zoneLookupCount() - before).toBeGreaterThan(0);
    expect(zoneLookupCount() - before).toBeLessThan(100);
    // 30 March 2031 is the 7,756th day from 4 January 2010: a count of 7,756 ends there.
    const counted = expandOccurrences(since2010, rule({ frequency: 'daily', count: 7756 }), week);
    expect(counted.map((occurrence) => (occurrence.allDay ? '' : occurrence.plannedAt.slice(0, 10))).at(-1)).toBe('2031-03-30');
    const weekly = expandOccurrences(since2010, rule({ frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'WE' }], count: 2215 }), week);
    // Two a week: 24 March 2031 opens week 1,107 from 4 January 2010, its Monday is the 2,215th.
    expect(weekly.map((occurrence) => (occurrence.allDay ? '' : occurrence.plannedAt.slice(0, 10)))).toEqual(['2031-03-24']);
  });
});

describe('bad data', () => {
  const meeting = { allDay: false, start: '2027-01-04T08:00:00.000Z', end: '2027-01-04T09:00:00.000Z', timeZone: 'Europe/Paris' } as const;
  const january = window('2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z');

  it('gives nothing for an unknown zone or an unreadable window, and never throws', () => {
    expect(expandOccurrences({ ...meeting, timeZone: 'Mars/Olympus_Mons' }, rule({ frequency: 'daily' }), january)).toEqual([]);
    expect(expandOccurrences(meeting, rule({ frequency: 'daily' }), { ...january, timeZone: 'Nowhere' })).toEqual([]);
    expect(expandOccurrences(meeting, rule({ frequency: 'daily' }), window('2027-02-01T00:00:00Z', '2027-01-01T00:00:00Z'))).toEqual([]);
    expect(expandOccurrences({ ...meeting, start: 'yesterday' }, null, january)).toEqual([]);
  });

  it('keeps the event single when its rule is invalid (an interval of 0 would never advance)', () => {
    expect(starts(expandOccurrences(meeting, rule({ frequency: 'daily', interval: 0 }), january))).toEqual(['2027-01-04T08:00:00.000Z']);
  });
});

describe('next occurrence and span', () => {
  const meeting = paris('2027-01-04T08:00:00.000Z', '2027-01-04T09:00:00.000Z');

  it('finds the next occurrence after an instant, or none once the series ended', () => {
    const next = nextOccurrence(meeting, rule({ frequency: 'monthly', count: 3 }), '2027-01-04T08:00:01Z', 'Europe/Paris');
    expect(next && !next.allDay ? next.start : null).toBe('2027-02-04T08:00:00.000Z');
    expect(nextOccurrence(meeting, rule({ frequency: 'monthly', count: 3 }), '2027-03-05T00:00:00Z', 'Europe/Paris')).toBeNull();
    const far = nextOccurrence(meeting, rule({ frequency: 'yearly', byMonth: [2], byMonthDay: [29] }), '2027-01-05T00:00:00Z', 'Europe/Paris');
    expect(far && !far.allDay ? far.plannedAt : null).toBe('2028-02-29T09:00:00');
  });

  it('spans from the first start to the last end: exact with COUNT, bounded with UNTIL, open without end', () => {
    expect(seriesSpan(meeting, rule({ frequency: 'weekly', count: 3 }))).toEqual({ allDay: false, start: '2027-01-04T08:00:00.000Z', end: '2027-01-18T09:00:00.000Z' });
    expect(seriesSpan(meeting, rule({ frequency: 'weekly', until: { instant: '2027-06-30T21:59:59.000Z' } }))).toEqual({
      allDay: false,
      start: '2027-01-04T08:00:00.000Z',
      end: '2027-06-30T22:59:59.000Z',
    });
    expect(seriesSpan(meeting, rule({ frequency: 'weekly' }))).toEqual({ allDay: false, start: '2027-01-04T08:00:00.000Z', end: null });
    const moved = { rule: { frequency: 'weekly' as const, count: 2 }, overrides: [{ key: '20270111T090000', timing: paris('2027-03-01T08:00:00.000Z', '2027-03-01T09:00:00.000Z') }] };
    expect(seriesSpan(meeting, moved)).toEqual({ allDay: false, start: '2027-01-04T08:00:00.000Z', end: '2027-03-01T09:00:00.000Z' });
  });
});
