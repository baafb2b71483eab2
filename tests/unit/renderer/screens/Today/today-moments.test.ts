import { describe, expect, it } from 'vitest';
import type { AgendaEvent } from '../../../../../src-shared/domain/activities';
import { dayLabel, timingText } from '../../../../../src-renderer/components/timeline/activity-format';
import { inDayOrder, meetingMoments, neglectedDaysOf } from '../../../../../src-renderer/screens/Today/today-moments';

function meeting(key: string, start: string, end: string, allDay = false): AgendaEvent {
  return {
    key, activityId: key, occurrenceKey: null, kind: 'meeting', busy: false, subject: key, owner: null, allDay, start, end,
    startDate: null, endDate: null, location: null, recurring: false, doneAt: null, private: false, contact: null, company: null, deal: null,
  };
}

describe('today’s meetings', () => {
  const day = [
    meeting('standup', '2027-03-24T08:00:00.000Z', '2027-03-24T08:15:00.000Z'),
    meeting('client', '2027-03-24T09:00:00.000Z', '2027-03-24T10:00:00.000Z'),
    meeting('lunch', '2027-03-24T11:00:00.000Z', '2027-03-24T12:30:00.000Z'),
    meeting('review', '2027-03-24T15:00:00.000Z', '2027-03-24T16:00:00.000Z'),
    meeting('fair', '2027-03-24T00:00:00.000Z', '2027-03-25T00:00:00.000Z', true),
  ];

  it('marks the one under way, the next one only, and those over', () => {
    const moments = meetingMoments(day, Date.parse('2027-03-24T09:30:00Z'));
    expect(Object.fromEntries(moments)).toEqual({ standup: 'past', client: 'now', lunch: 'next', review: 'later', fair: 'allDay' });
    expect(Object.fromEntries(meetingMoments(day, Date.parse('2027-03-24T17:00:00Z')))).toMatchObject({ review: 'past' });
    expect([...meetingMoments(day, Date.parse('2027-03-24T06:00:00Z')).values()].filter((moment) => moment === 'next')).toHaveLength(1);
  });

  it('lists all-day ones first, then by start', () => {
    expect(inDayOrder([...day].reverse()).map((event) => event.key)).toEqual(['fair', 'standup', 'client', 'lunch', 'review']);
  });

  it('accepts a whole number of days from 1 to 3650 typed in place', () => {
    expect(neglectedDaysOf(' 45 ')).toBe(45);
    expect(neglectedDaysOf('0')).toBeNull();
    expect(neglectedDaysOf('2.5')).toBeNull();
    expect(neglectedDaysOf('abc')).toBeNull();
    expect(neglectedDaysOf('99999')).toBeNull();
  });
});

describe('days in words', () => {
  it('says today, tomorrow and yesterday, the weekday within the week, the date beyond', () => {
    expect(dayLabel('fr', '2027-03-24', '2027-03-24')).toBe('Aujourd’hui');
    expect(dayLabel('fr', '2027-03-25', '2027-03-24')).toBe('Demain');
    expect(dayLabel('en', '2027-03-23', '2027-03-24')).toBe('Yesterday');
    expect(dayLabel('fr', '2027-03-26', '2027-03-24')).toBe('Vendredi');
    expect(dayLabel('en', '2027-03-30', '2027-03-24')).toBe('Tuesday');
    expect(dayLabel('en', '2027-03-31', '2027-03-24')).toBe('Wed 31 Mar');
    expect(dayLabel('fr', '2026-12-31', '2027-03-24')).toBe('jeu. 31 déc. 2026');
  });

  it('says an all-day timing by its days', () => {
    expect(timingText('en', { allDay: true, startDate: '2027-03-25', endDate: '2027-03-26' }, '2027-03-24', 'All day')).toBe('Tomorrow (all day)');
    expect(timingText('fr', { allDay: true, startDate: '2027-03-25', endDate: '2027-03-27' }, '2027-03-24', 'Toute la journée')).toBe('Demain – Vendredi');
  });
});
