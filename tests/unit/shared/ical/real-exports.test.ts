import { describe, expect, it } from 'vitest';
import { describeSkipped, describeWarning, describeWhere } from '../../../../src-shared/ical';
import { eventNamed, fixture, imported, occurrences } from './fixture';

describe('an Outlook export (Windows zone names, X-MS fields, folded lines, CRLF)', () => {
  const text = fixture('outlook-export.ics');
  const calendar = imported(text);

  it('is read whole, in CRLF, with its name and producer', () => {
    expect(text).toContain('\r\n ');
    expect(calendar.calendarName).toBe('Calendrier');
    expect(calendar.productId).toBe('-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN');
    expect(calendar.skipped).toEqual([]);
    expect(calendar.events.map((event) => event.summary)).toEqual([
      'Point commercial hebdomadaire',
      'Appel Acme – achats',
      'Fête nationale',
      'Rendez-vous médical',
      'Visite client Grenoble',
      'Revue partenaires Benelux',
    ]);
  });

  it('maps "Romance Standard Time" to Europe/Paris and keeps 09:00 Paris time across the March change', () => {
    const weekly = eventNamed(calendar, 'Point commercial hebdomadaire');
    expect(weekly.timing).toEqual({ allDay: false, start: '2027-01-04T08:00:00.000Z', end: '2027-01-04T09:00:00.000Z', timeZone: 'Europe/Paris' });
    expect(weekly.uid).toBe('040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5D601000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90');
    expect(weekly.location).toBe('Salle Lumière');
    expect(weekly.description).toBe(
      'Ordre du jour :\n- chiffre d’affaires du trimestre\n- relances clients (Dupont, Martin)\n- préparation du salon de Lyon\n\nMerci de venir avec vos prévisions à jour.',
    );
    expect(weekly.reminders).toEqual([15]);
    expect(occurrences(weekly, '2027-03-22T00:00:00Z', '2027-04-02T00:00:00Z').map(([start]) => start)).toEqual([
      '2027-03-22T08:00:00.000Z',
      '2027-03-25T08:00:00.000Z',
      '2027-03-29T07:00:00.000Z',
      '2027-04-01T07:00:00.000Z',
    ]);
  });

  it('applies the moved occurrence (RECURRENCE-ID), the exception (EXDATE) and the end (UNTIL, inclusive)', () => {
    const weekly = eventNamed(calendar, 'Point commercial hebdomadaire');
    expect(occurrences(weekly, '2027-01-10T00:00:00Z', '2027-01-15T00:00:00Z')).toEqual([
      ['2027-01-11T13:00:00.000Z', '2027-01-11T14:00:00.000Z'],
      ['2027-01-14T08:00:00.000Z', '2027-01-14T09:00:00.000Z'],
    ]);
    expect(occurrences(weekly, '2027-02-14T00:00:00Z', '2027-02-19T00:00:00Z').map(([start]) => start)).toEqual(['2027-02-18T08:00:00.000Z']);
    expect(occurrences(weekly, '2027-06-24T00:00:00Z', '2027-07-10T00:00:00Z').map(([start]) => start)).toEqual(['2027-06-24T07:00:00.000Z', '2027-06-28T07:00:00.000Z']);
  });

  it('reads "Eastern Standard Time", a monthly third Tuesday counted six times', () => {
    const call = eventNamed(calendar, 'Appel Acme – achats');
    expect(call.timing.allDay ? null : call.timing.timeZone).toBe('America/New_York');
    const all = occurrences(call, '2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z').map(([start]) => start);
    // 10:00 in New York: 15:00 UTC in winter, 14:00 UTC from 14 March.
    expect(all).toEqual([
      '2027-01-19T15:00:00.000Z',
      '2027-02-16T15:00:00.000Z',
      '2027-03-16T14:00:00.000Z',
      '2027-04-20T14:00:00.000Z',
      '2027-05-18T14:00:00.000Z',
      '2027-06-15T14:00:00.000Z',
    ]);
    expect(call.reminders).toEqual([30]);
  });

  it('reads the all-day holiday as a date that does not block time, and the private appointment', () => {
    const holiday = eventNamed(calendar, 'Fête nationale');
    expect(holiday.timing).toEqual({ allDay: true, startDate: '2027-07-14', endDate: '2027-07-15' });
    expect(holiday.busy).toBe(false);
    expect(eventNamed(calendar, 'Rendez-vous médical').private).toBe(true);
  });

  it('recognises custom zones from their VTIMEZONE definition, preferring a city the name gives', () => {
    expect(eventNamed(calendar, 'Visite client Grenoble').timing).toEqual({ allDay: false, start: '2027-04-05T08:30:00.000Z', end: '2027-04-05T09:30:00.000Z', timeZone: 'Europe/Paris' });
    const benelux = eventNamed(calendar, 'Revue partenaires Benelux');
    expect(benelux.timing).toEqual({ allDay: false, start: '2027-02-01T14:00:00.000Z', end: '2027-02-01T15:00:00.000Z', timeZone: 'Europe/Amsterdam' });
    expect(calendar.warnings.map((warning) => [warning.reason, warning.detail])).toEqual([
      ['time_zone_matched', 'Customized Time Zone → Europe/Paris'],
      ['time_zone_matched', '(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne → Europe/Amsterdam'],
    ]);
    expect(calendar.warnings[0] && describeWarning(calendar.warnings[0], 'fr')).toBe('Fuseau «\u00a0Customized Time Zone → Europe/Paris\u00a0» reconnu d’après sa définition.');
  });
});

describe('a Google Calendar export (UTC times, UNTIL, EXDATE, RECURRENCE-ID, VALARM)', () => {
  const calendar = imported(fixture('google-export.ics'), 'America/New_York');

  it('reads floating-free times, and the calendar’s zone for UTC single events', () => {
    expect(calendar.calendarTimeZone).toBe('Europe/Paris');
    const lunch = eventNamed(calendar, 'Déjeuner avec Dupont & Fils');
    expect(lunch.timing).toEqual({ allDay: false, start: '2027-03-12T11:00:00.000Z', end: '2027-03-12T12:30:00.000Z', timeZone: 'Europe/Paris' });
    expect(lunch.location).toBe('Brasserie Georges, 30 Cours de Verdun, 69002 Lyon, France');
    expect(lunch.description).toBe('Réservé au nom de Martin, 2 personnes.');
    expect(lunch.organizer).toEqual({ email: 'lea.martin@example.fr', name: 'Léa Martin' });
    expect(lunch.attendees).toEqual([
      { email: 'paul.dupont@dupont-fils.fr', name: 'Paul Dupont' },
      { email: 'lea.martin@example.fr', name: 'lea.martin@example.fr' },
    ]);
    // Google's "-P0DT0H30M0S" and the e-mail alarm the day before.
    expect(lunch.reminders).toEqual([30, 1440]);
  });

  it('reads the weekly series with its UTC UNTIL, two EXDATEs, a moved and a cancelled occurrence', () => {
    const weekly = eventNamed(calendar, 'Point hebdo équipe commerciale');
    expect(weekly.rule).toMatchObject({ frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'TH' }], until: { instant: '2027-06-30T21:59:59.000Z' } });
    expect(weekly.exceptions).toEqual(['20270218T090000', '20270301T090000']);
    expect(weekly.reminders).toEqual([10]);
    expect(weekly.overrides).toEqual([
      {
        key: '20270111T090000',
        timing: { allDay: false, start: '2027-01-11T13:00:00.000Z', end: '2027-01-11T13:30:00.000Z', timeZone: 'Europe/Paris' },
        summary: 'Point hebdo équipe commerciale (décalé)',
      },
      { key: '20270121T090000', cancelled: true },
    ]);
    expect(occurrences(weekly, '2027-01-10T00:00:00Z', '2027-01-25T00:00:00Z').map(([start]) => start)).toEqual([
      '2027-01-11T13:00:00.000Z',
      '2027-01-14T08:00:00.000Z',
      '2027-01-18T08:00:00.000Z',
    ]);
    expect(occurrences(weekly, '2027-06-28T00:00:00Z', '2027-07-10T00:00:00Z').map(([start]) => start)).toEqual(['2027-06-28T07:00:00.000Z']);
  });

  it('reads all-day events (one day repeating yearly, three days) and skips the cancelled one', () => {
    const mayDay = eventNamed(calendar, 'Fête du travail');
    expect(occurrences(mayDay, '2028-04-30T00:00:00Z', '2028-05-03T00:00:00Z')).toEqual([['2028-05-01', '2028-05-02']]);
    expect(eventNamed(calendar, 'Salon Industrie Lyon').timing).toEqual({ allDay: true, startDate: '2027-03-16', endDate: '2027-03-19' });
    expect(calendar.skipped).toEqual([{ reason: 'cancelled', line: expect.any(Number), uid: '5m4n3b2v1c0x9z8l7k6j@google.com', summary: 'Démo produit (annulée)' }]);
  });

  it('keeps an occurrence shared without its series as a single meeting', () => {
    const meeting = eventNamed(calendar, 'Comité de pilotage Acme (séance d’avril)');
    expect(meeting.rule).toBeNull();
    expect(meeting.uid).toBe('0o9i8u7y6t5r4e3w2q1a@google.com/20270408T150000');
    expect(meeting.timing).toEqual({ allDay: false, start: '2027-04-08T14:00:00.000Z', end: '2027-04-08T15:00:00.000Z', timeZone: 'Europe/Paris' });
  });
});

describe('a Thunderbird export (Mozilla zone paths, DURATION, UTC EXDATE, VTODO)', () => {
  const calendar = imported(fixture('thunderbird-export.ics'));

  it('reads the last Friday of every month in New York, without the excepted one', () => {
    const review = eventNamed(calendar, 'Revue de compte — Acme Inc.');
    expect(review.categories).toEqual(['Clients', 'Revue']);
    expect(review.reminders).toEqual([60]);
    expect(review.exceptions).toEqual(['20270226T100000']);
    expect(occurrences(review, '2027-01-01T00:00:00Z', '2027-05-01T00:00:00Z').map(([start]) => start)).toEqual([
      '2027-01-29T15:00:00.000Z',
      '2027-03-26T14:00:00.000Z',
      '2027-04-30T14:00:00.000Z',
    ]);
  });

  it('reads "/mozilla.org/…/Europe/Berlin", floating times in the importer’s zone, DURATION and RELATED=END alarms', () => {
    expect(eventNamed(calendar, 'Salon de Francfort').timing).toEqual({ allDay: false, start: '2027-03-09T08:30:00.000Z', end: '2027-03-09T17:00:00.000Z', timeZone: 'Europe/Berlin' });
    const call = eventNamed(calendar, 'Appel fournisseur');
    expect(call.timing).toEqual({ allDay: false, start: '2027-03-10T07:30:00.000Z', end: '2027-03-10T08:15:00.000Z', timeZone: 'Europe/Paris' });
    // One hour before the end of a 45-minute call: 15 minutes before it starts.
    expect(call.reminders).toEqual([15]);
    expect(call.private).toBe(true);
  });

  it('skips the task, saying why and where', () => {
    expect(calendar.skipped).toHaveLength(1);
    const [task] = calendar.skipped;
    if (!task) return;
    expect(describeSkipped(task, 'fr')).toBe('Élément VTODO\u00a0: seuls les événements (VEVENT) sont importés.');
    expect(describeSkipped(task, 'en')).toBe('VTODO item: only events (VEVENT) are imported.');
    expect(describeWhere(task, 'en')).toBe(`line ${task.line} (UID 4e1f0a9b-8c7d-4e6f-4a3b-2c1d0e9f8a7b)`);
  });
});
