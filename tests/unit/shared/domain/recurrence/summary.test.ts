import { describe, expect, it } from 'vitest';
import { describeRecurrence, describeRecurrenceProblem, parseRRule, type EventTiming } from '../../../../../src-shared/domain/recurrence';

// Monday 4 January 2027, 09:00 in Paris.
const start: EventTiming = { allDay: false, start: '2027-01-04T08:00:00.000Z', end: '2027-01-04T09:00:00.000Z', timeZone: 'Europe/Paris' };

function words(text: string, language: 'fr' | 'en', event: EventTiming | null = start): string {
  const parsed = parseRRule(text);
  if (!parsed.ok) throw new Error(`test rule ${text} does not parse`);
  return describeRecurrence(parsed.value, { language, start: event });
}

describe('a rule in words', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270630T215959Z', 'Toutes les semaines le lundi et le jeudi, jusqu’au 30 juin 2027', 'Weekly on Monday and Thursday, until 30 June 2027'],
    ['FREQ=DAILY', 'Tous les jours', 'Daily'],
    ['FREQ=DAILY;INTERVAL=3;COUNT=10', 'Tous les 3 jours, 10 fois', 'Every 3 days, 10 times'],
    ['FREQ=DAILY;COUNT=1', 'Tous les jours, une fois', 'Daily, once'],
    ['FREQ=WEEKLY;INTERVAL=2', 'Toutes les 2 semaines le lundi', 'Every 2 weeks on Monday'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'Toutes les semaines du lundi au vendredi', 'Weekly on weekdays'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'Toutes les semaines le lundi, le mercredi et le vendredi', 'Weekly on Monday, Wednesday and Friday'],
    ['FREQ=MONTHLY', 'Tous les mois le 4', 'Monthly on the 4th'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15,-1', 'Tous les mois le 1er, le 15 et le dernier jour', 'Monthly on the 1st, 15th and last day'],
    ['FREQ=MONTHLY;BYDAY=2TU', 'Tous les mois le deuxième mardi', 'Monthly on the second Tuesday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'Tous les mois le dernier vendredi', 'Monthly on the last Friday'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'Tous les mois le dernier jour ouvré', 'Monthly on the last weekday'],
    ['FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13', 'Tous les mois le 13 si c’est un vendredi', 'Monthly on the 13th if it is a Friday'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-2', 'Tous les 3 mois le 2e jour en partant de la fin', 'Every 3 months on the 2nd to last day'],
    ['FREQ=YEARLY', 'Tous les ans le 4 janvier', 'Yearly on 4 January'],
    ['FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=14', 'Tous les ans le 14 juillet', 'Yearly on 14 July'],
    ['FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1', 'Tous les ans le 1er janvier', 'Yearly on 1 January'],
    ['FREQ=YEARLY;BYMONTH=1,7', 'Tous les ans le 4 janvier et le 4 juillet', 'Yearly on 4 January and 4 July'],
    ['FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', 'Tous les ans le quatrième jeudi en novembre', 'Yearly on the fourth Thursday in November'],
    ['FREQ=YEARLY;BYDAY=20MO', 'Tous les ans le 20e lundi de l’année', 'Yearly on the 20th Monday of the year'],
    ['FREQ=YEARLY;INTERVAL=2;UNTIL=20300101', 'Tous les 2 ans le 4 janvier, jusqu’au 1er janvier 2030', 'Every 2 years on 4 January, until 1 January 2030'],
    ['FREQ=DAILY;BYMONTH=7,8', 'Tous les jours en juillet et août', 'Daily in July and August'],
    ['FREQ=MONTHLY;BYDAY=-3MO', 'Tous les mois le 3e lundi en partant de la fin', 'Monthly on the 3rd to last Monday'],
  ])('%s', (text, french, english) => {
    expect(words(text, 'fr')).toBe(french);
    expect(words(text, 'en')).toBe(english);
  });

  it('dates an UNTIL instant in the event’s zone', () => {
    // 22:30 UTC on 30 June is already 1 July in Paris.
    expect(words('FREQ=DAILY;UNTIL=20270630T223000Z', 'fr')).toBe('Tous les jours, jusqu’au 1er juillet 2027');
    expect(words('FREQ=DAILY;UNTIL=20270630T223000Z', 'en', { ...start, timeZone: 'America/New_York' })).toBe('Daily, until 30 June 2027');
  });

  it('says what it can without the event', () => {
    expect(words('FREQ=WEEKLY', 'fr', null)).toBe('Toutes les semaines');
    expect(words('FREQ=MONTHLY;COUNT=3', 'en', null)).toBe('Monthly, 3 times');
  });

  it('describes problems in both languages', () => {
    const parsed = parseRRule('FREQ=DAILY;BYHOUR=9');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(describeRecurrenceProblem(parsed.problem, 'fr')).toBe('Répétition non prise en charge\u00a0: BYHOUR=9.');
    expect(describeRecurrenceProblem(parsed.problem, 'en')).toBe('Repeat not supported: BYHOUR=9.');
    expect(describeRecurrenceProblem({ code: 'count_and_until' }, 'en')).toBe('A repeat cannot have both a number of times (COUNT) and an end date (UNTIL).');
  });
});
