import { describe, expect, it } from 'vitest';
import { reminderRecord, startsIn } from '../../../src-renderer/reminders/reminder-text';
import type { DueReminder } from '../../../src-shared/domain/activities';

const NOW = Date.parse('2027-03-22T12:00:00.000Z');
const MINUTE = 60_000;

describe('how far a reminder’s activity is', () => {
  it('rounds up while the start is ahead, so a call in 59 seconds is "in 1 minute", not "a minute ago"', () => {
    expect(startsIn('fr', NOW + 59_000, NOW)).toBe('dans 1 minute');
    expect(startsIn('en', NOW + 15 * MINUTE, NOW)).toBe('in 15 minutes');
    expect(startsIn('fr', NOW + 2 * 60 * MINUTE, NOW)).toBe('dans 2 heures');
    expect(startsIn('en', NOW + 24 * 60 * MINUTE, NOW)).toBe('tomorrow');
  });

  it('says how long ago a start passed, and nothing within the minute it starts', () => {
    expect(startsIn('fr', NOW - 5 * MINUTE, NOW)).toBe('il y a 5 minutes');
    expect(startsIn('en', NOW - 30_000, NOW)).toBeNull();
    expect(startsIn('en', NOW, NOW)).toBeNull();
  });
});

describe('the record a reminder opens', () => {
  const base = { activityId: 'a', occurrenceKey: null, kind: 'meeting', subject: 's', startsAt: '', allDay: false, remindAt: '', location: null, missed: false } as const;
  const contact = { id: 'c', name: 'Hélène Martin' };
  const company = { id: 'co', name: 'Dupont SA' };
  const deal = { id: 'd', name: 'Four à sole' };
  it('is the deal, else the contact, else the company', () => {
    const reminder = (links: Partial<DueReminder>): DueReminder => ({ ...base, contact: null, company: null, deal: null, ...links });
    expect(reminderRecord(reminder({ contact, company, deal }))).toEqual({ entity: 'deal', ...deal });
    expect(reminderRecord(reminder({ contact, company }))).toEqual({ entity: 'contact', ...contact });
    expect(reminderRecord(reminder({ company }))).toEqual({ entity: 'company', ...company });
    expect(reminderRecord(reminder({}))).toBeNull();
  });
});
