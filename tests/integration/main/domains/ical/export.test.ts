import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../src-shared/domain/activities';
import { expandOccurrences, type Occurrence } from '../../../../../src-shared/domain/recurrence';
import { recurrenceOf, type ImportedEvent } from '../../../../../src-shared/ical';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { addUser, eventNamed, outgoingText, parsed, privateOfMarc } from './fixtures';

const NOW = Date.parse('2027-01-02T09:00:00.000Z');
const PARIS = 'Europe/Paris';
const RANGE = { from: '2027-01-01', to: '2027-03-31', timeZone: PARIS };

let core: TestCore;
let paul: string;
let dupont: string;
let marc: string;

beforeEach(async () => {
  core = openTestCore({ clock: { now: () => NOW } });
  await call(core, 'profile.update', { displayName: 'Léa Martin', email: 'lea.martin@example.fr' });
  dupont = (await call(core, 'companies.create', { name: 'Dupont & Fils' })).id;
  paul = (await call(core, 'contacts.create', { firstName: 'Paul', lastName: 'Dupont', emails: [{ address: 'paul.dupont@dupont-fils.fr' }] })).id;
  marc = addUser(core, 'Marc Petit', 'marc.petit@example.fr');
});
afterEach(() => core.dispose());

const timed = (start: string, end: string, timeZone = PARIS) => ({ allDay: false as const, start, end, timeZone });

function meeting(subject: string, fields: Record<string, unknown> = {}): Promise<Activity> {
  return call(core, 'activities.create', { kind: 'meeting', subject, timing: timed('2027-01-20T09:00:00.000Z', '2027-01-20T10:00:00.000Z'), ...fields });
}

async function exported(input: Record<string, unknown> = {}) {
  const file = await call(core, 'ical.export', { ...RANGE, ...input });
  const text = await outgoingText(core, file);
  return { file, text, calendar: parsed(text) };
}

/** Occurrences as [start, end] (instants, or dates for all-day ones). */
const spans = (occurrences: Occurrence[]) => occurrences.map((occurrence) => (occurrence.allDay ? [occurrence.startDate, occurrence.endDate] : [occurrence.start, occurrence.end]));

describe('ical.export', () => {
  it('writes a timed meeting in its own zone, with a VTIMEZONE, its people, reminders and the linked records, and reads back the same', async () => {
    const created = await meeting('Revue de compte Dupont', {
      timing: timed('2027-01-12T09:00:00.000Z', '2027-01-12T10:30:00.000Z'),
      location: 'Grenoble, 12 rue Félix Poulat',
      notes: 'Apporter le devis signé.\nPrévoir 1h30.',
      contactId: paul,
      companyId: dupont,
      attendees: [
        { kind: 'contact', id: paul },
        { kind: 'user', id: marc },
      ],
      reminders: [1440, 15],
    });
    // A contact whose e-mails column was damaged (a copied database) is written without an e-mail.
    const damaged = (await call(core, 'contacts.create', { lastName: 'Abîmé', emails: [{ address: 'abime@example.fr' }] })).id;
    core.db.prepare("UPDATE contacts SET emails = 'not json' WHERE id = ?").run(damaged);
    await meeting('Point avec Abîmé', { attendees: [{ kind: 'contact', id: damaged }] });
    const { file, text, calendar } = await exported();
    expect(eventNamed(calendar, 'Point avec Abîmé').attendees).toEqual([]);

    expect(file).toMatchObject({ fileName: 'agenda-2027-01-01-2027-03-31.ics', mimeType: 'text/calendar', size: new TextEncoder().encode(text).byteLength });
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270112T100000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Paris:20270112T113000\r\n');
    expect(text).toContain('DTSTAMP:20270102T090000Z\r\n');
    expect(text).toContain('CLASS:PUBLIC\r\n');
    expect(calendar.calendarName).toBe('Agenda CRM');
    expect(calendar.skipped).toEqual([]);

    const event = eventNamed(calendar, 'Revue de compte Dupont');
    expect(event).toMatchObject({
      uid: `${created.id}@crm.local`,
      timing: timed('2027-01-12T09:00:00.000Z', '2027-01-12T10:30:00.000Z'),
      location: 'Grenoble, 12 rue Félix Poulat',
      description: 'Contact\u00a0: Paul Dupont\nSociété\u00a0: Dupont & Fils\n\nApporter le devis signé.\nPrévoir 1h30.',
      reminders: [15, 1440],
      private: false,
      rule: null,
      organizer: { email: 'lea.martin@example.fr', name: 'Léa Martin' },
      created: new Date(NOW).toISOString(),
      lastModified: new Date(NOW).toISOString(),
    });
    expect(event.attendees).toEqual([
      { email: 'paul.dupont@dupont-fils.fr', name: 'Paul Dupont' },
      { email: 'marc.petit@example.fr', name: 'Marc Petit' },
    ]);
  });

  it('writes an all-day event as dates, the end exclusive', async () => {
    await meeting('Salon Industrie Lyon', { timing: { allDay: true, startDate: '2027-03-16', endDate: '2027-03-19' }, location: 'Eurexpo' });
    const { text, calendar } = await exported();
    expect(text).toContain('DTSTART;VALUE=DATE:20270316\r\nDTEND;VALUE=DATE:20270319\r\n');
    expect(eventNamed(calendar, 'Salon Industrie Lyon').timing).toEqual({ allDay: true, startDate: '2027-03-16', endDate: '2027-03-19' });
  });

  it('writes a weekly series with its exception, a cancelled and a moved occurrence, which expands the same once read back, across the March change', async () => {
    const series = await meeting('Point hebdo', {
      timing: timed('2027-01-04T08:00:00.000Z', '2027-01-04T08:30:00.000Z'),
      recurrence: { rule: { frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'TH' }], until: { date: '2027-06-30' } }, exceptions: ['20270218T090000'] },
      reminders: [10],
    });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270111T090000', change: { timing: timed('2027-01-11T13:00:00.000Z', '2027-01-11T13:30:00.000Z') } });
    const edited = await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270121T090000', change: { cancelled: true } });
    const { text, calendar } = await exported();

    expect(text).toMatch(/RRULE:FREQ=WEEKLY;[^\r]*BYDAY=MO,TH/);
    expect(text).toContain('EXDATE;TZID=Europe/Paris:20270121T090000,20270218T090000\r\n');
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Paris:20270111T090000\r\n');
    const events = calendar.events.filter((event) => event.summary === 'Point hebdo');
    expect(events).toHaveLength(1);
    const read = events[0] as ImportedEvent;
    expect(read.reminders).toEqual([10]);
    expect(read.overrides).toEqual([{ key: '20270111T090000', timing: timed('2027-01-11T13:00:00.000Z', '2027-01-11T13:30:00.000Z') }]);
    expect([...read.exceptions].sort()).toEqual(['20270121T090000', '20270218T090000']);

    const window = { from: '2027-01-01T00:00:00Z', to: '2027-07-15T00:00:00Z', timeZone: PARIS };
    const original = spans(expandOccurrences(edited.timing ?? timed('', ''), edited.recurrence, window));
    expect(spans(expandOccurrences(read.timing, recurrenceOf(read), window))).toEqual(original);
    expect(original).toContainEqual(['2027-01-11T13:00:00.000Z', '2027-01-11T13:30:00.000Z']);
    expect(original).toContainEqual(['2027-03-29T07:00:00.000Z', '2027-03-29T07:30:00.000Z']); // 09:00 in Paris after the change
    expect(original.map(([start]) => start)).not.toContain('2027-01-21T08:00:00.000Z');
    expect(original.at(-1)).toEqual(['2027-06-28T07:00:00.000Z', '2027-06-28T07:30:00.000Z']);
  });

  it('writes an occurrence edited on its own as a VEVENT with its RECURRENCE-ID, time, subject and place, a cancelled one as EXDATE', async () => {
    const series = await meeting('Point hebdo', {
      location: 'Salle A',
      timing: timed('2027-01-04T08:00:00.000Z', '2027-01-04T08:30:00.000Z'),
      recurrence: { rule: { frequency: 'weekly', count: 6 } },
    });
    await call(core, 'activities.editOccurrence', {
      id: series.id,
      occurrenceKey: '20270111T090000',
      change: { subject: 'Revue budget', location: 'Salle B', timing: timed('2027-01-12T13:00:00.000Z', '2027-01-12T14:00:00.000Z') },
    });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270118T090000', change: { location: '' } });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270125T090000', change: { cancelled: true } });
    const { text, calendar } = await exported();

    expect(text).toContain('EXDATE;TZID=Europe/Paris:20270125T090000\r\n');
    const overriding = text.split('BEGIN:VEVENT').filter((block) => block.includes('RECURRENCE-ID'));
    expect(overriding).toHaveLength(2);
    const budget = overriding.find((block) => block.includes('20270111T090000')) ?? '';
    expect(budget).toContain('DTSTART;TZID=Europe/Paris:20270112T140000\r\n');
    expect(budget).toContain('DTEND;TZID=Europe/Paris:20270112T150000\r\n');
    expect(budget).toContain('SUMMARY:Revue budget\r\n');
    expect(budget).toContain('LOCATION:Salle B\r\n');
    const noPlace = overriding.find((block) => block.includes('20270118T090000')) ?? '';
    expect(noPlace).toContain('SUMMARY:Point hebdo\r\n');
    expect(noPlace).not.toContain('LOCATION');

    const read = eventNamed(calendar, 'Point hebdo');
    expect(read.location).toBe('Salle A');
    expect(read.exceptions).toEqual(['20270125T090000']);
    expect(read.overrides).toEqual([
      { key: '20270111T090000', timing: timed('2027-01-12T13:00:00.000Z', '2027-01-12T14:00:00.000Z'), summary: 'Revue budget', location: 'Salle B' },
      { key: '20270118T090000', timing: timed('2027-01-18T08:00:00.000Z', '2027-01-18T08:30:00.000Z'), location: null },
    ]);
  });

  it('marks the user’s private meetings CLASS:PRIVATE and never writes another user’s private ones, nor their busy slots', async () => {
    await meeting('Rendez-vous médical', { scope: 'private', timing: timed('2027-01-22T16:00:00.000Z', '2027-01-22T17:00:00.000Z') });
    // As a copied database could hold it (the office server never sends it): written as Marc wrote it, with its busy slot.
    privateOfMarc(core, marc, 'Entretien confidentiel', timed('2027-01-25T09:00:00.000Z', '2027-01-25T10:00:00.000Z'));
    await meeting('Tournée Savoie', { ownerId: marc, timing: timed('2027-01-26T08:00:00.000Z', '2027-01-26T17:00:00.000Z') });
    await meeting('Comité de direction', { ownerId: marc, attendees: [{ kind: 'user', id: core.userId }], timing: timed('2027-01-27T08:00:00.000Z', '2027-01-27T09:00:00.000Z') });
    expect(core.db.prepare('SELECT count(*) FROM busy_slots WHERE deleted = 0').pluck().get()).toBe(2);

    const mine = await exported();
    // Hers, and those she attends, as her agenda shows them.
    expect(mine.calendar.events.map((event) => event.summary)).toEqual(['Rendez-vous médical', 'Comité de direction']);
    expect(eventNamed(mine.calendar, 'Rendez-vous médical').private).toBe(true);
    expect(mine.text).toContain('CLASS:PRIVATE\r\n');

    const both = await exported({ userIds: [core.userId, marc] });
    expect(both.calendar.events.map((event) => event.summary)).toEqual(['Rendez-vous médical', 'Tournée Savoie', 'Comité de direction']);
    expect(both.text).not.toContain('confidentiel');
    expect(both.text).not.toContain('20270125T');
  });

  it('exports meetings and visits by default, calls and timed tasks when asked, only what happens between the two dates', async () => {
    await meeting('Réunion de lancement');
    await call(core, 'activities.create', { kind: 'visit', subject: 'Visite usine', timing: timed('2027-02-03T13:00:00.000Z', '2027-02-03T15:00:00.000Z') });
    await call(core, 'activities.create', { kind: 'call', subject: 'Appel Dupont', direction: 'outbound', timing: timed('2027-01-14T10:00:00.000Z', '2027-01-14T10:10:00.000Z') });
    await call(core, 'activities.create', { kind: 'task', subject: 'Relancer Dupont', timing: timed('2027-01-15T15:00:00.000Z', '2027-01-15T15:00:00.000Z') });
    await call(core, 'activities.create', { kind: 'task', subject: 'Classer les notes' });
    await call(core, 'activities.create', { kind: 'note', subject: 'Compte rendu', timing: timed('2027-01-14T11:00:00.000Z', '2027-01-14T11:00:00.000Z') });
    await meeting('Bilan annuel', { timing: timed('2027-04-01T07:00:00.000Z', '2027-04-01T08:00:00.000Z') });
    await meeting('Veille du premier jour', { timing: timed('2026-12-31T23:30:00.000Z', '2026-12-31T23:50:00.000Z') });

    const summaries = async (input: Record<string, unknown> = {}) => (await exported(input)).calendar.events.map((event) => event.summary).sort();
    expect(await summaries()).toEqual(['Réunion de lancement', 'Veille du premier jour', 'Visite usine']);
    expect(await summaries({ kinds: ['call', 'task', 'note'] })).toEqual(['Appel Dupont', 'Relancer Dupont']);
    // The dates are days in the zone asked: 00:30 on 1 January in Paris is still 31 December in UTC.
    expect(await summaries({ kinds: ['meeting'], timeZone: 'UTC' })).toEqual(['Réunion de lancement']);
    expect(await summaries({ kinds: ['meeting'], to: '2027-04-01' })).toEqual(['Bilan annuel', 'Réunion de lancement', 'Veille du premier jour']);
    expect(await summaries({ kinds: ['meeting'], from: '2027-01-02' })).toEqual(['Réunion de lancement']);
  });

  it('speaks the interface language in what it adds (English here)', async () => {
    await call(core, 'profile.update', { language: 'en' });
    await meeting('Account review', { contactId: paul, companyId: dupont, notes: 'Bring the quote.' });
    const { calendar } = await exported();
    expect(calendar.calendarName).toBe('CRM agenda');
    expect(eventNamed(calendar, 'Account review').description).toBe('Contact: Paul Dupont\nCompany: Dupont & Fils\n\nBring the quote.');
  });

  it('refuses a last day before the first, and a zone it does not know', async () => {
    expect(await callError(core, 'ical.export', { ...RANGE, from: '2027-03-31', to: '2027-01-01' })).toMatchObject({ code: 'validation', field: 'to' });
    expect(await callError(core, 'ical.export', { ...RANGE, timeZone: 'Mars/Olympus_Mons' })).toMatchObject({ code: 'validation', field: 'timeZone' });
  });
});
