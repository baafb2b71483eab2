import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeRecurrenceProblem,
  formatRRule,
  normalizeRule,
  parseRRule,
  validateRule,
  weekdays,
  type RecurrenceProblem,
  type RecurrenceRule,
} from '../../../../../src-shared/domain/recurrence';

describe('RRULE text', () => {
  it.each([
    ['FREQ=DAILY', 'FREQ=DAILY'],
    ['RRULE:FREQ=DAILY;INTERVAL=1', 'FREQ=DAILY'],
    ['freq=weekly;byday=th,mo', 'FREQ=WEEKLY;BYDAY=MO,TH'],
    ['FREQ=WEEKLY;WKST=MO;UNTIL=20270630T215959Z;BYDAY=MO,TH', 'FREQ=WEEKLY;UNTIL=20270630T215959Z;BYDAY=MO,TH'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU'],
    ['FREQ=MONTHLY;COUNT=10;BYDAY=2TU', 'FREQ=MONTHLY;COUNT=10;BYDAY=2TU'],
    ['FREQ=MONTHLY;BYDAY=+2TU', 'FREQ=MONTHLY;BYDAY=2TU'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['FREQ=MONTHLY;BYMONTHDAY=15,1,-1', 'FREQ=MONTHLY;BYMONTHDAY=-1,1,15'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', 'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH'],
    ['FREQ=YEARLY;UNTIL=20300101', 'FREQ=YEARLY;UNTIL=20300101'],
    ['FREQ=DAILY;UNTIL=20270101T120000', 'FREQ=DAILY;UNTIL=20270101T120000'],
    ['FREQ=DAILY;COUNT=5;', 'FREQ=DAILY;COUNT=5'],
    ['FREQ=DAILY;X-EVOLUTION-ENDDATE=20270101T000000Z', 'FREQ=DAILY'],
  ])('reads %s and prints it back as %s', (text, printed) => {
    const parsed = parseRRule(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(formatRRule(parsed.value)).toBe(printed);
    // Printing then reading gives the same rule.
    expect(parseRRule(formatRRule(parsed.value))).toEqual(parsed);
  });

  it('reads the end forms into dates, instants and wall clocks', () => {
    const until = (text: string) => {
      const parsed = parseRRule(`FREQ=DAILY;UNTIL=${text}`);
      return parsed.ok ? parsed.value.until : null;
    };
    expect(until('20270630')).toEqual({ date: '2027-06-30' });
    expect(until('20270630T215959Z')).toEqual({ instant: '2027-06-30T21:59:59.000Z' });
    expect(until('20270630T235959')).toEqual({ local: '2027-06-30T23:59:59' });
  });

  it.each<[string, RecurrenceProblem]>([
    ['', { code: 'empty' }],
    ['RRULE:', { code: 'empty' }],
    ['INTERVAL=2', { code: 'missing_frequency' }],
    ['FREQ', { code: 'malformed', value: 'FREQ' }],
    ['FREQ=WEEKLY;;BYDAY', { code: 'malformed', value: 'BYDAY' }],
    ['FREQ=FORTNIGHTLY', { code: 'invalid_value', part: 'FREQ', value: 'FORTNIGHTLY' }],
    ['FREQ=HOURLY', { code: 'unsupported', part: 'FREQ', value: 'HOURLY' }],
    ['FREQ=DAILY;BYHOUR=9,17', { code: 'unsupported', part: 'BYHOUR', value: '9,17' }],
    ['FREQ=YEARLY;BYWEEKNO=20', { code: 'unsupported', part: 'BYWEEKNO', value: '20' }],
    ['FREQ=DAILY;COLOR=red', { code: 'unknown_part', part: 'COLOR', value: 'red' }],
    ['FREQ=DAILY;COUNT=2;COUNT=3', { code: 'duplicate_part', part: 'COUNT', value: '3' }],
    ['FREQ=DAILY;COUNT=3;UNTIL=20270101', { code: 'count_and_until' }],
    ['FREQ=DAILY;COUNT=0', { code: 'invalid_value', part: 'COUNT', value: '0' }],
    ['FREQ=DAILY;COUNT=-1', { code: 'invalid_value', part: 'COUNT', value: '-1' }],
    ['FREQ=DAILY;INTERVAL=0', { code: 'invalid_value', part: 'INTERVAL', value: '0' }],
    ['FREQ=DAILY;INTERVAL=1001', { code: 'invalid_value', part: 'INTERVAL', value: '1001' }],
    ['FREQ=DAILY;UNTIL=20270231', { code: 'invalid_value', part: 'UNTIL', value: '20270231' }],
    ['FREQ=DAILY;UNTIL=tomorrow', { code: 'invalid_value', part: 'UNTIL', value: 'tomorrow' }],
    ['FREQ=WEEKLY;BYDAY=MON', { code: 'invalid_value', part: 'BYDAY', value: 'MON' }],
    ['FREQ=WEEKLY;BYDAY=', { code: 'invalid_value', part: 'BYDAY', value: '' }],
    ['FREQ=WEEKLY;BYDAY=2MO', { code: 'invalid_combination', part: 'BYDAY', value: '2MO' }],
    ['FREQ=MONTHLY;BYDAY=6MO', { code: 'invalid_value', part: 'BYDAY', value: '6MO' }],
    ['FREQ=MONTHLY;BYDAY=0MO', { code: 'invalid_value', part: 'BYDAY', value: '0MO' }],
    ['FREQ=MONTHLY;BYMONTHDAY=32', { code: 'invalid_value', part: 'BYMONTHDAY', value: '32' }],
    ['FREQ=MONTHLY;BYMONTHDAY=0', { code: 'invalid_value', part: 'BYMONTHDAY', value: '0' }],
    ['FREQ=WEEKLY;BYMONTHDAY=1', { code: 'invalid_combination', part: 'BYMONTHDAY', value: '1' }],
    ['FREQ=YEARLY;BYMONTH=13', { code: 'invalid_value', part: 'BYMONTH', value: '13' }],
    ['FREQ=MONTHLY;BYSETPOS=1', { code: 'invalid_combination', part: 'BYSETPOS', value: '1' }],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0', { code: 'invalid_value', part: 'BYSETPOS', value: '0' }],
    ['FREQ=WEEKLY;WKST=XX', { code: 'invalid_value', part: 'WKST', value: 'XX' }],
  ])('refuses %j with a typed problem', (text, problem) => {
    expect(parseRRule(text)).toEqual({ ok: false, problem });
  });

  it('never throws, whatever the text (property)', () => {
    const pieces = fc.constantFrom('FREQ', 'DAILY', 'WEEKLY', 'BYDAY', 'MO', '2TU', '-1', 'UNTIL', '2027', 'T', 'Z', '=', ';', ',', 'COUNT', '99999999999', 'é', ' ');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join(''))), (text) => {
        const parsed = parseRRule(text);
        if (parsed.ok) expect(validateRule(parsed.value)).toBeNull();
        else expect(describeRecurrenceProblem(parsed.problem, 'fr')).not.toMatch(/^agenda\./);
      }),
    );
  });

  it('prints every valid rule as text that reads back to the same rule (property)', () => {
    const weekday = fc.constantFrom(...weekdays);
    const ruleArbitrary: fc.Arbitrary<RecurrenceRule> = fc
      .record({
        frequency: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const, 'yearly' as const),
        interval: fc.integer({ min: 1, max: 30 }),
        byDay: fc.array(fc.record({ weekday, ordinal: fc.option(fc.integer({ min: -5, max: 5 }).filter((n) => n !== 0), { nil: undefined }) }), { maxLength: 4 }),
        byMonthDay: fc.array(fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0), { maxLength: 3 }),
        byMonth: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
        bySetPos: fc.array(fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0), { maxLength: 2 }),
        weekStart: weekday,
        end: fc.oneof(
          fc.constant({}),
          fc.integer({ min: 1, max: 500 }).map((count) => ({ count })),
          fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => ({ until: { instant: `${date.toISOString().slice(0, 19)}.000Z` } })),
          fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => ({ until: { date: date.toISOString().slice(0, 10) } })),
        ),
      })
      .map(({ end, byDay, ...rule }) => ({ ...rule, byDay: byDay.map((day) => (day.ordinal === undefined ? { weekday: day.weekday } : day)), ...end }))
      .filter((rule) => validateRule(rule) === null);
    fc.assert(
      fc.property(ruleArbitrary, (rule) => {
        expect(parseRRule(formatRRule(rule))).toEqual({ ok: true, value: normalizeRule(rule) });
      }),
    );
  });
});
