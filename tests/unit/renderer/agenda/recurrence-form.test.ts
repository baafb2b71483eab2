import { describe, expect, it } from 'vitest';
import { describeRecurrence, type RecurrenceRule } from '../../../../src-shared/domain/recurrence';
import { emptyRecurrenceForm, monthlyModes, recurrenceFormOf, recurrenceInput, ruleOfForm } from '../../../../src-renderer/lib/recurrence-form';
import { recurrenceSchema } from '../../../../src-shared/contract/inputs/activities';

const zone = 'Europe/Paris';
// Tuesday 30 March 2027: the fifth Tuesday, and the last one of the month.
const start = '2027-03-30';

describe('the repeat editor and the rule it stands for', () => {
  it('does not repeat by default', () => {
    expect(ruleOfForm(emptyRecurrenceForm(), start)).toBeNull();
  });

  it('writes weekly rules with the days chosen, and the start’s own day alone as a plain weekly rule', () => {
    const weekly = { ...emptyRecurrenceForm(), frequency: 'weekly' as const, weekdays: ['TH' as const, 'TU' as const] };
    expect(ruleOfForm(weekly, start)).toEqual({ frequency: 'weekly', byDay: [{ weekday: 'TU' }, { weekday: 'TH' }] });
    expect(ruleOfForm({ ...weekly, weekdays: ['TU'] }, start)).toEqual({ frequency: 'weekly' });
    expect(ruleOfForm({ ...weekly, weekdays: [], interval: '2', end: 'count', count: '6' }, start)).toEqual({ frequency: 'weekly', interval: 2, count: 6 });
  });

  it('offers the Nth and the last weekday of the month, as the start allows', () => {
    expect(monthlyModes(start)).toEqual(['dayOfMonth', 'nthWeekday', 'lastWeekday']);
    expect(monthlyModes('2027-03-09')).toEqual(['dayOfMonth', 'nthWeekday']);
    const monthly = { ...emptyRecurrenceForm(), frequency: 'monthly' as const };
    expect(ruleOfForm({ ...monthly, monthly: 'nthWeekday' }, start)).toEqual({ frequency: 'monthly', byDay: [{ weekday: 'TU', ordinal: 5 }] });
    expect(ruleOfForm({ ...monthly, monthly: 'nthWeekday' }, '2027-03-09')).toEqual({ frequency: 'monthly', byDay: [{ weekday: 'TU', ordinal: 2 }] });
    expect(ruleOfForm({ ...monthly, monthly: 'lastWeekday', end: 'until', until: '2027-12-31' }, start)).toEqual({
      frequency: 'monthly',
      byDay: [{ weekday: 'TU', ordinal: -1 }],
      until: { date: '2027-12-31' },
    });
  });

  it('reads back what it writes', () => {
    const rules: RecurrenceRule[] = [
      { frequency: 'daily', interval: 3 },
      { frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'FR' }], until: { date: '2027-06-30' } },
      { frequency: 'monthly', byDay: [{ weekday: 'TU', ordinal: -1 }], count: 12 },
      { frequency: 'monthly', byDay: [{ weekday: 'TU', ordinal: 5 }] },
      { frequency: 'monthly', interval: 2 },
      { frequency: 'yearly' },
    ];
    for (const rule of rules) {
      const form = recurrenceFormOf(rule, start, zone);
      expect(form.frequency).not.toBe('custom');
      expect(ruleOfForm(form, start)).toEqual(rule);
    }
    // The start's own day of the month, said or not, is the same rule.
    expect(recurrenceFormOf({ frequency: 'monthly', byMonthDay: [30] }, start, zone)).toMatchObject({ frequency: 'monthly', monthly: 'dayOfMonth' });
    expect(recurrenceFormOf({ frequency: 'monthly', byMonthDay: [15] }, start, zone).frequency).toBe('custom');
  });

  it('keeps a rule it cannot show (an imported one) as it is, with its end editable', () => {
    const imported: RecurrenceRule = { frequency: 'monthly', byDay: [{ weekday: 'MO' }, { weekday: 'TU' }, { weekday: 'WE' }, { weekday: 'TH' }, { weekday: 'FR' }], bySetPos: [-1] };
    const form = recurrenceFormOf(imported, start, zone);
    expect(form.frequency).toBe('custom');
    expect(ruleOfForm(form, start)).toEqual(imported);
    expect(ruleOfForm({ ...form, end: 'count', count: '3' }, start)).toEqual({ ...imported, count: 3 });
  });

  it('reads an end given as an instant on the event’s own calendar', () => {
    const form = recurrenceFormOf({ frequency: 'daily', until: { instant: '2027-03-30T22:30:00Z' } }, start, zone);
    expect(form).toMatchObject({ end: 'until', until: '2027-03-31' });
  });

  it('leaves a number that is not one for the rule’s check to refuse', () => {
    const rule = ruleOfForm({ ...emptyRecurrenceForm(), frequency: 'daily', interval: 'deux' }, start);
    expect(rule?.interval).toBe(-1);
    expect(recurrenceSchema.safeParse({ rule }).success).toBe(false);
  });

  it('gives the contract what it takes, and the summary reads as people say it', () => {
    const rule = ruleOfForm({ ...emptyRecurrenceForm(), frequency: 'weekly', weekdays: ['MO', 'TH'], end: 'until', until: '2027-06-30' }, start);
    expect(recurrenceSchema.safeParse(recurrenceInput({ rule: rule!, exceptions: ['20270329'] })).success).toBe(true);
    expect(describeRecurrence(rule!, { language: 'fr' })).toBe('Toutes les semaines le lundi et le jeudi, jusqu’au 30 juin 2027');
  });
});
