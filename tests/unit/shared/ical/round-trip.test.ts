import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandOccurrences,
  localMsAt,
  resolveLocal,
  validateRule,
  type EventTiming,
  type Occurrence,
  type RecurrenceRule,
  type Weekday,
} from '../../../../src-shared/domain/recurrence';
import { parseICalendar, recurrenceOf, writeICalendar, type CalendarEvent, type CalendarOverride } from '../../../../src-shared/ical';

const DAY = 86_400_000;
const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Tokyo', 'UTC'] as const;
const iso = (ms: number) => new Date(ms).toISOString();
const octets = (text: string) => new TextEncoder().encode(text).length;

const textArbitrary = fc
  .string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', 'ü', '€', '😀', ',', ';', ':', '\\', '"', '\n', 'n'), maxLength: 120 })
  .map((text) => text.trim());

const timedArbitrary: fc.Arbitrary<EventTiming> = fc
  .record({
    zone: fc.constantFrom(...zones),
    startMinute: fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 }),
    minutes: fc.oneof(fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 3 * 1440 })),
  })
  // The second of two equal wall clocks cannot be named by a TZID wall clock (documented in write.ts).
  .filter(({ zone, startMinute }) => resolveLocal(localMsAt(startMinute * 60_000, zone), zone).instantMs === startMinute * 60_000)
  .map(({ zone, startMinute, minutes }) => ({ allDay: false, start: iso(startMinute * 60_000), end: iso((startMinute + minutes) * 60_000), timeZone: zone }));

const allDayArbitrary: fc.Arbitrary<EventTiming> = fc
  .record({ day: fc.integer({ min: Date.UTC(2024, 0, 1) / DAY, max: Date.UTC(2030, 0, 1) / DAY }), days: fc.integer({ min: 1, max: 5 }) })
  .map(({ day, days }) => ({ allDay: true, startDate: iso(day * DAY).slice(0, 10), endDate: iso((day + days) * DAY).slice(0, 10) }));

const weekday = fc.constantFrom<Weekday>('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
const ruleArbitrary: fc.Arbitrary<RecurrenceRule> = fc
  .record({
    frequency: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const, 'yearly' as const),
    interval: fc.integer({ min: 1, max: 3 }),
    byDay: fc.array(fc.record({ weekday, ordinal: fc.option(fc.constantFrom(1, 2, 3, 4, -1), { nil: undefined }) }), { maxLength: 3 }),
    byMonthDay: fc.array(fc.constantFrom(1, 15, 28, 31, -1), { maxLength: 2 }),
    byMonth: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 2 }),
    end: fc.oneof(
      fc.constant({}),
      fc.integer({ min: 1, max: 40 }).map((count) => ({ count })),
      fc.integer({ min: 0, max: 900 }).map((days) => ({ untilDays: days })),
    ),
  })
  .map(({ end, byDay, ...rule }) => ({ ...rule, byDay: byDay.map((day) => (day.ordinal === undefined ? { weekday: day.weekday } : day)), ...end }))
  .map((rule) => {
    const { untilDays, ...rest } = rule as typeof rule & { untilDays?: number };
    return untilDays === undefined ? rest : { ...rest, until: { date: iso(Date.UTC(2024, 0, 1) + untilDays * 3 * DAY).slice(0, 10) } };
  })
  .filter((rule) => validateRule(rule) === null);

type Draft = { timing: EventTiming; rule: RecurrenceRule | null; picks: number[]; shifts: number[] };

const window = (timing: EventTiming) => {
  const startMs = timing.allDay ? Date.parse(`${timing.startDate}T00:00:00Z`) : Date.parse(timing.start);
  return { from: iso(startMs - 2 * DAY), to: iso(startMs + 800 * DAY), timeZone: 'Europe/Paris' };
};

/** An event with exceptions and moved or cancelled occurrences chosen among its real occurrences. */
function eventOf(uid: string, draft: Draft, texts: string[], flags: boolean[], reminders: number[]): CalendarEvent {
  const [summary = '', location = '', description = ''] = texts;
  let exceptions: string[] = [];
  let overrides: CalendarOverride[] = [];
  if (draft.rule) {
    const keys = expandOccurrences(draft.timing, { rule: draft.rule }, window(draft.timing)).map((occurrence) => occurrence.key);
    const chosen = [...new Set(draft.picks.map((pick) => keys[pick % Math.max(1, keys.length)]).filter((key): key is string => key !== undefined))];
    exceptions = chosen.filter((_key, index) => index % 3 === 0);
    overrides = chosen
      .filter((_key, index) => index % 3 !== 0)
      .map((key, index): CalendarOverride => {
        if (index % 2 === 1) return { key, cancelled: true };
        const shift = (draft.shifts[index] ?? 1) * 3_600_000;
        const timing: EventTiming = draft.timing.allDay
          ? { ...draft.timing, startDate: `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}`, endDate: iso(Date.parse(`${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}T00:00:00Z`) + DAY).slice(0, 10) }
          : { ...draft.timing, start: iso(Date.parse(draft.timing.start) + shift), end: iso(Date.parse(draft.timing.end) + shift) };
        return { key, timing, summary: `${summary} (moved)`.trim() };
      });
  }
  return {
    uid,
    summary,
    location: location || null,
    description: description || null,
    timing: draft.timing,
    rule: draft.rule,
    exceptions,
    overrides,
    reminders,
    private: flags[0] ?? false,
    busy: flags[1] ?? true,
    status: flags[2] ? 'tentative' : 'confirmed',
    categories: flags[3] ? ['Clients', 'Visite, terrain'] : [],
    attendees: flags[4] ? [{ email: 'paul.dupont@dupont-fils.fr', name: 'Dupont, Paul' }] : [],
  };
}

const eventArbitrary = fc
  .record({
    timing: fc.oneof(timedArbitrary, allDayArbitrary),
    rule: fc.option(ruleArbitrary, { nil: null }),
    picks: fc.array(fc.nat(), { maxLength: 6 }),
    shifts: fc.array(fc.integer({ min: -48, max: 48 }), { maxLength: 6 }),
    texts: fc.tuple(textArbitrary, textArbitrary, textArbitrary),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    reminders: fc.subarray([0, 5, 15, 60, 1440]),
  })
  .map(({ texts, flags, reminders, ...draft }) => ({ draft, texts, flags, reminders }));

const shape = (occurrence: Occurrence) => (occurrence.allDay ? [occurrence.key, occurrence.startDate, occurrence.endDate] : [occurrence.key, occurrence.start, occurrence.end]);

describe('iCalendar round trip (property)', () => {
  it('writes events that read back with the same fields and the same occurrences', () => {
    fc.assert(
      fc.property(fc.array(eventArbitrary, { minLength: 1, maxLength: 4 }), (drafts) => {
        const events = drafts.map(({ draft, texts, flags, reminders }, index) => eventOf(`event-${index}@crm.test`, draft, texts, flags, reminders));
        const text = writeICalendar(events, { stamp: '2027-01-02T09:30:00.000Z', calendarName: 'Agenda de Léa' });

        // CRLF everywhere, no physical line over 75 octets.
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);

        const parsed = parseICalendar(text, { defaultTimeZone: 'Europe/Paris' });
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.skipped).toEqual([]);
        expect(parsed.value.warnings).toEqual([]);
        expect(parsed.value.calendarName).toBe('Agenda de Léa');
        expect(parsed.value.events.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
        for (const [index, back] of parsed.value.events.entries()) {
          const original = events[index];
          if (!original) continue;
          expect(back.summary).toBe(original.summary);
          expect(back.location).toBe(original.location);
          expect(back.description).toBe(original.description);
          expect(back.reminders).toEqual([...(original.reminders ?? [])].sort((a, b) => a - b));
          expect([back.private, back.busy, back.status, back.categories, back.attendees]).toEqual([original.private, original.busy, original.status, original.categories, original.attendees]);
          if (!original.timing.allDay && original.timing.timeZone !== 'UTC') expect(back.timing).toEqual(original.timing);
          if (original.timing.allDay) expect(back.timing).toEqual(original.timing);
          const span = window(original.timing);
          // A single UTC event comes back in the calendar's zone: same instants, keys in another zone.
          const keyed = original.rule || original.timing.allDay || original.timing.timeZone !== 'UTC';
          const seen = (occurrence: Occurrence) => (keyed ? shape(occurrence) : shape(occurrence).slice(1));
          expect(expandOccurrences(back.timing, recurrenceOf(back), span).map(seen)).toEqual(expandOccurrences(original.timing, recurrenceOf(original), span).map(seen));
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('the writer', () => {
  const weekly: CalendarEvent = {
    uid: 'weekly@crm.test',
    summary: 'Point hebdo',
    timing: { allDay: false, start: '2027-01-04T08:00:00.000Z', end: '2027-01-04T09:00:00.000Z', timeZone: 'Europe/Paris' },
    rule: { frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'TH' }], until: { date: '2027-06-30' } },
    exceptions: ['20270215T090000'],
    overrides: [
      { key: '20270111T090000', timing: { allDay: false, start: '2027-01-11T13:00:00.000Z', end: '2027-01-11T14:00:00.000Z', timeZone: 'Europe/Paris' } },
      { key: '20270114T090000', cancelled: true },
    ],
    reminders: [15],
  };
  const text = writeICalendar(
    [weekly, { uid: 'holiday@crm.test', summary: 'Fête nationale', timing: { allDay: true, startDate: '2027-07-14', endDate: '2027-07-15' }, busy: false }],
    { stamp: '2027-01-02T09:30:00.000Z' },
  );
  const lines = text.split('\r\n');

  it('writes zoned times with their VTIMEZONE, UTC stamps, UNTIL in UTC, exceptions and moved occurrences', () => {
    expect(lines.slice(0, 5)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CRM//Agenda//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(lines).toContain('TZID:Europe/Paris');
    expect(lines).toContain('DTSTAMP:20270102T093000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20270104T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Paris:20270104T100000');
    // The last day of June ends at 23:59:59 in Paris, 21:59:59 UTC.
    expect(lines).toContain('RRULE:FREQ=WEEKLY;UNTIL=20270630T215959Z;BYDAY=MO,TH');
    expect(lines).toContain('EXDATE;TZID=Europe/Paris:20270114T090000,20270215T090000');
    expect(lines).toContain('RECURRENCE-ID;TZID=Europe/Paris:20270111T090000');
    expect(lines).toContain('DTSTART;TZID=Europe/Paris:20270111T140000');
    expect(lines.join('\n')).toContain('BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Point hebdo\nTRIGGER:-PT15M\nEND:VALARM');
  });

  it('writes all-day events as dates, the end exclusive, not blocking time', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20270714');
    expect(lines).toContain('DTEND;VALUE=DATE:20270715');
    expect(lines).toContain('TRANSP:TRANSPARENT');
  });

  it('writes UTC events with Z times and no VTIMEZONE', () => {
    const utc = writeICalendar([{ uid: 'u@crm.test', summary: 'Call', timing: { allDay: false, start: '2027-03-01T10:00:00.000Z', end: '2027-03-01T10:30:00.000Z', timeZone: 'UTC' } }], {
      stamp: '2027-01-02T09:30:00.000Z',
    });
    expect(utc).not.toContain('VTIMEZONE');
    expect(utc).toContain('DTSTART:20270301T100000Z\r\nDTEND:20270301T103000Z\r\n');
  });
});
