import { describe, expect, it } from 'vitest';
import {
  checkICalendarSize,
  describeICalendarProblem,
  describeSkipped,
  describeWarning,
  ICS_MAX_BYTES,
  parseICalendar,
} from '../../../../src-shared/ical';
import { fixture, imported } from './fixture';

describe('malformed calendars', () => {
  const calendar = imported(fixture('malformed.ics'));

  it('keep what can be read and skip each broken event, with its line, UID and reason', () => {
    expect(calendar.events.map((event) => event.uid)).toEqual(['kept@example.fr']);
    expect(calendar.skipped.map((item) => [item.line, item.uid, item.reason])).toEqual([
      [4, 'no-start@example.fr', 'missing_dtstart'],
      [9, 'broken-rule@example.fr', 'invalid_rrule'],
      [17, 'hourly@example.fr', 'invalid_rrule'],
      [25, 'mars@example.fr', 'unknown_time_zone'],
      [32, 'backwards@example.fr', 'end_before_start'],
      [39, 'bad-date@example.fr', 'invalid_date'],
      [45, 'todo@example.fr', 'unsupported_component'],
      [50, 'journal@example.fr', 'unsupported_component'],
      [55, 'cancelled@example.fr', 'cancelled'],
      [77, 'kept@example.fr', 'duplicate_uid'],
      [84, 'truncated@example.fr', 'truncated'],
    ]);
  });

  it('say why in French and English', () => {
    const messages = calendar.skipped.map((item) => describeSkipped(item, 'fr'));
    expect(messages).toEqual([
      'Pas de date de début (DTSTART).',
      'Règle de répétition refusée\u00a0: Valeur invalide pour FREQ\u00a0: «\u00a0SOMETIMES\u00a0».',
      'Règle de répétition refusée\u00a0: Répétition non prise en charge\u00a0: FREQ=HOURLY.',
      'Fuseau horaire inconnu\u00a0: Mars/Olympus_Mons.',
      'La fin est avant le début.',
      'Date illisible\u00a0: DTSTART:2027-01-04 09:00.',
      'Élément VTODO\u00a0: seuls les événements (VEVENT) sont importés.',
      'Élément VJOURNAL\u00a0: seuls les événements (VEVENT) sont importés.',
      'Événement annulé.',
      'Un autre événement du fichier a le même identifiant (UID).',
      'Événement incomplet (le fichier s’arrête avant sa fin).',
    ]);
    expect(calendar.skipped.map((item) => describeSkipped(item, 'en'))[3]).toBe('Unknown time zone: Mars/Olympus_Mons.');
  });

  it('report what was kept with a reservation: an unreadable line, extra dates, an alarm after the start', () => {
    expect(calendar.warnings.map((warning) => [warning.line, warning.reason])).toEqual([
      [63, 'extra_dates_ignored'],
      [63, 'alarm_ignored'],
      [69, 'malformed_line'],
    ]);
    expect(calendar.warnings.map((warning) => describeWarning(warning, 'en'))).toEqual([
      'Extra dates (RDATE) ignored.',
      'Reminder ignored: PT5M.',
      'Unreadable line ignored.',
    ]);
  });

  it('skip the changed occurrences of a series that was skipped or cancelled, with the series’ reason', () => {
    const lines = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:series@example.fr',
      'DTSTART;TZID=Mars/Olympus_Mons:20270104T090000',
      'RRULE:FREQ=WEEKLY',
      'SUMMARY:Série',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:series@example.fr',
      'RECURRENCE-ID:20270111T080000Z',
      'DTSTART:20270111T130000Z',
      'SUMMARY:Série (déplacée)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:gone@example.fr',
      'DTSTART:20270104T080000Z',
      'RRULE:FREQ=DAILY',
      'STATUS:CANCELLED',
      'SUMMARY:Série annulée',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:gone@example.fr',
      'RECURRENCE-ID:20270105T080000Z',
      'DTSTART:20270105T090000Z',
      'SUMMARY:Série annulée (déplacée)',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    const calendar = imported(lines.join('\r\n'));
    expect(calendar.events).toEqual([]);
    expect(calendar.skipped.map((item) => [item.line, item.reason, item.summary])).toEqual([
      [2, 'unknown_time_zone', 'Série'],
      [8, 'unknown_time_zone', 'Série (déplacée)'],
      [14, 'cancelled', 'Série annulée'],
      [21, 'cancelled', 'Série annulée (déplacée)'],
    ]);
  });

  it('refuse what is not a calendar', () => {
    expect(parseICalendar('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Paul Dupont\r\nEND:VCARD\r\n', { defaultTimeZone: 'Europe/Paris' })).toEqual({ ok: false, problem: { code: 'not_icalendar' } });
    expect(parseICalendar('%PDF-1.7 …', { defaultTimeZone: 'Europe/Paris' })).toEqual({ ok: false, problem: { code: 'not_icalendar' } });
    expect(parseICalendar('', { defaultTimeZone: 'Europe/Paris' })).toEqual({ ok: false, problem: { code: 'not_icalendar' } });
    expect(describeICalendarProblem({ code: 'not_icalendar' }, 'fr')).toBe('Ce fichier n’est pas un calendrier iCalendar (.ics).');
  });

  it('read a calendar with nothing in it as an empty import', () => {
    expect(imported('\uFEFFBEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n')).toMatchObject({ events: [], skipped: [], warnings: [] });
  });

  it('refuse a 50 MB file before reading it, with both sizes in the message', () => {
    expect(ICS_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(checkICalendarSize(50 * 1024 * 1024)).toEqual({ code: 'too_large', bytes: 52_428_800, limit: ICS_MAX_BYTES });
    expect(checkICalendarSize(ICS_MAX_BYTES)).toBeNull();
    const event = 'BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270104T080000Z\r\nSUMMARY:Réunion\r\nEND:VEVENT\r\n';
    const huge = `BEGIN:VCALENDAR\r\n${event.repeat(Math.ceil((50 * 1024 * 1024) / event.length))}END:VCALENDAR\r\n`;
    const result = parseICalendar(huge, { defaultTimeZone: 'Europe/Paris' });
    expect(result.ok).toBe(false);
    if (result.ok || result.problem.code !== 'too_large') return;
    expect(result.problem.bytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(describeICalendarProblem(result.problem, 'fr')).toMatch(/^Ce fichier fait 5\d,\d\u00a0Mo\u00a0: les calendriers de plus de 20\u00a0Mo ne sont pas importés\./);
    expect(describeICalendarProblem(result.problem, 'en')).toMatch(/^This file is 5\d\.\d MB: calendars larger than 20 MB are not imported\./);
  });

  it('count bytes, not characters: accents weigh two bytes', () => {
    const text = `BEGIN:VCALENDAR\r\nX-NOTE:${'é'.repeat(600)}\r\nEND:VCALENDAR\r\n`;
    expect(parseICalendar(text, { defaultTimeZone: 'Europe/Paris', maxBytes: 1000 })).toMatchObject({ ok: false, problem: { code: 'too_large' } });
    expect(parseICalendar(text, { defaultTimeZone: 'Europe/Paris', maxBytes: 1300 }).ok).toBe(true);
  });
});
