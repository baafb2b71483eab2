import { describe, expect, it } from 'vitest';
import type { AgendaEvent } from '../../../../src-shared/domain/activities';
import { calendarEventOf, droppedTiming, movedEvent, slotTiming } from '../../../../src-renderer/lib/agenda-timing';

// Local Dates: the grid draws in the machine's zone, whatever it is; these tests hold in any.
const at = (day: number, hour: number, minute = 0) => new Date(2027, 0, day, hour, minute);
const iso = (date: Date) => date.toISOString();

function agendaEvent(overrides: Partial<AgendaEvent>): AgendaEvent {
  return {
    key: 'a1',
    activityId: 'a1',
    occurrenceKey: null,
    kind: 'meeting',
    busy: false,
    subject: 'Visite atelier',
    owner: null,
    allDay: false,
    start: iso(at(4, 10)),
    end: iso(at(4, 11)),
    startDate: null,
    endDate: null,
    location: null,
    recurring: false,
    doneAt: null,
    private: false,
    contact: null,
    company: null,
    deal: null,
    ...overrides,
  };
}

describe('a selected slot as a new meeting’s timing', () => {
  it('keeps the hours dragged over in the week view, in the user’s zone', () => {
    expect(slotTiming({ start: at(4, 10), end: at(4, 11, 30), allDay: false }, 'Europe/Paris', 0)).toEqual({
      allDay: false,
      start: iso(at(4, 10)),
      end: iso(at(4, 11, 30)),
      timeZone: 'Europe/Paris',
    });
  });

  it('makes a single click an hour long', () => {
    const timing = slotTiming({ start: at(4, 14), end: at(4, 14, 30), allDay: false }, 'Europe/Paris', 60);
    expect(timing).toMatchObject({ allDay: false, start: iso(at(4, 14)), end: iso(at(4, 15)) });
  });

  it('turns whole days (the month view, the all-day row) into an all-day timing with an exclusive end', () => {
    expect(slotTiming({ start: at(4, 0), end: at(5, 0), allDay: true }, 'Europe/Paris')).toEqual({ allDay: true, startDate: '2027-01-04', endDate: '2027-01-05' });
    expect(slotTiming({ start: at(4, 0), end: at(7, 0), allDay: false }, 'Europe/Paris')).toEqual({ allDay: true, startDate: '2027-01-04', endDate: '2027-01-07' });
  });
});

describe('occurrences on the grid', () => {
  it('draws all-day occurrences from their dates, at local midnights', () => {
    const event = calendarEventOf(agendaEvent({ allDay: true, startDate: '2027-01-04', endDate: '2027-01-06', start: '2027-01-04T00:00:00.000Z', end: '2027-01-06T00:00:00.000Z' }), 'Occupé');
    expect(event.allDay).toBe(true);
    expect(event.start).toEqual(at(4, 0));
    expect(event.end).toEqual(at(6, 0));
  });

  it('shows another user’s private event as busy, and draws a task due at a time with some height', () => {
    expect(calendarEventOf(agendaEvent({ busy: true, subject: null }), 'Occupé').title).toBe('Occupé');
    const task = calendarEventOf(agendaEvent({ kind: 'task', start: iso(at(4, 9)), end: iso(at(4, 9)) }), 'Busy');
    expect(task.instant).toBe(true);
    expect(task.end).toEqual(at(4, 9, 30));
  });
});

describe('where a dragged occurrence lands', () => {
  const meeting = calendarEventOf(agendaEvent({}), 'Busy');

  it('moves a timed meeting to the new times, in its own zone', () => {
    expect(droppedTiming({ start: at(6, 14), end: at(6, 15), allDay: false }, meeting, 'America/New_York')).toEqual({
      allDay: false,
      start: iso(at(6, 14)),
      end: iso(at(6, 15)),
      timeZone: 'America/New_York',
    });
  });

  it('keeps a task an instant, and gives an all-day event dropped on a time one hour', () => {
    const task = calendarEventOf(agendaEvent({ kind: 'task', start: iso(at(4, 9)), end: iso(at(4, 9)) }), 'Busy');
    expect(droppedTiming({ start: at(5, 16), end: at(5, 16, 30), allDay: false }, task, 'Europe/Paris')).toMatchObject({ start: iso(at(5, 16)), end: iso(at(5, 16)) });
    const allDay = calendarEventOf(agendaEvent({ allDay: true, startDate: '2027-01-04', endDate: '2027-01-05' }), 'Busy');
    expect(droppedTiming({ start: at(5, 10), end: at(6, 10), allDay: false }, allDay, 'Europe/Paris')).toMatchObject({ start: iso(at(5, 10)), end: iso(at(5, 11)) });
  });

  it('makes a meeting dropped on the all-day row last the days it covers', () => {
    expect(droppedTiming({ start: at(7, 0), end: at(8, 0), allDay: true }, meeting, 'Europe/Paris')).toEqual({ allDay: true, startDate: '2027-01-07', endDate: '2027-01-08' });
    expect(droppedTiming({ start: at(7, 0), end: at(7, 0), allDay: true }, meeting, 'Europe/Paris')).toEqual({ allDay: true, startDate: '2027-01-07', endDate: '2027-01-08' });
  });

  it('redraws the occurrence where it was dropped until the core answers', () => {
    const moved = movedEvent(agendaEvent({}), { allDay: true, startDate: '2027-01-07', endDate: '2027-01-08' });
    expect(moved).toMatchObject({ allDay: true, startDate: '2027-01-07', endDate: '2027-01-08', start: '2027-01-07T00:00:00.000Z' });
    expect(calendarEventOf(moved, 'Busy').start).toEqual(at(7, 0));
  });
});
