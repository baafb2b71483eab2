import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttendeeRef } from '../../../../../src-shared/domain/activities';
import { ICS_MAX_BYTES, type ImportWarning, type SkippedItem } from '../../../../../src-shared/ical';
import type { Recurrence } from '../../../../../src-shared/domain/recurrence';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { activityRows, addUser, fixtureBytes, outgoingText, privateOfMarc, rowNamed, upload, writeCounts, type ActivityRow } from './fixtures';

const NOW = Date.parse('2027-01-02T09:00:00.000Z');
const PARIS = 'Europe/Paris';
const OUTLOOK_WEEKLY_UID = '040000008200E00074C5B7101A82E00800000000D0E1F2A3B4C5D601000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';
const GOOGLE_LUNCH_UID = '7h3b2n1m0k9j8h7g6f5d4s3a2q@google.com';

let core: TestCore;
let paul: string;
let claire: string;
let dupont: string;

beforeEach(async () => {
  core = openTestCore({ clock: { now: () => NOW } });
  await call(core, 'profile.update', { displayName: 'Léa Martin', email: 'lea.martin@example.fr' });
  dupont = (await call(core, 'companies.create', { name: 'Dupont & Fils' })).id;
  paul = (await call(core, 'contacts.create', { firstName: 'Paul', lastName: 'Dupont', emails: [{ address: 'paul.dupont@dupont-fils.fr' }] })).id;
  claire = (await call(core, 'contacts.create', { firstName: 'Claire', lastName: 'Morel', emails: [{ label: 'home', address: 'claire@morel.fr' }, { address: 'Claire.Morel@acme-industrie.fr' }] })).id;
});
afterEach(() => core.dispose());

async function importFile(name: string, bytes: Uint8Array | string = fixtureBytes(name), extra: Record<string, unknown> = {}) {
  return call(core, 'ical.import', { fileId: await upload(core, name, bytes), timeZone: PARIS, ...extra });
}

const recurrenceOfRow = (row: ActivityRow) => JSON.parse(row.recurrence ?? 'null') as Recurrence | null;
const attendeesOfRow = (row: ActivityRow) => JSON.parse(row.attendees) as AttendeeRef[];
const where = (items: readonly (SkippedItem | ImportWarning)[]) => items.map((item) => [item.reason, item.line, item.uid]);

describe('ical.import of an Outlook export', () => {
  it('makes a meeting of the user for each event: series with their exception and moved occurrence, all-day, private, reminders, places, notes', async () => {
    const report = await importFile('outlook-export.ics');
    expect(report).toMatchObject({ created: 6, updated: 0, unchanged: 0, skipped: [], calendarName: 'Calendrier' });
    expect(where(report.warnings)).toEqual([
      ['time_zone_matched', 46, null],
      ['time_zone_matched', 61, null],
    ]);
    const rows = activityRows(core);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.kind === 'meeting' && row.owner_id === core.userId && row.deleted === 0 && row.ical_uid !== null)).toBe(true);

    const weekly = rowNamed(core, 'Point commercial hebdomadaire');
    expect(weekly).toMatchObject({
      ical_uid: OUTLOOK_WEEKLY_UID,
      all_day: 0,
      starts_at: '2027-01-04T08:00:00.000Z',
      ends_at: '2027-01-04T09:00:00.000Z',
      time_zone: PARIS,
      location: 'Salle Lumière',
      reminders: '[15]',
      scope: null,
      contact_id: null,
      company_id: null,
    });
    expect(weekly.notes).toBe('Ordre du jour :\n- chiffre d’affaires du trimestre\n- relances clients (Dupont, Martin)\n- préparation du salon de Lyon\n\nMerci de venir avec vos prévisions à jour.');
    expect(recurrenceOfRow(weekly)).toEqual({
      rule: expect.objectContaining({ frequency: 'weekly', byDay: [{ weekday: 'MO' }, { weekday: 'TH' }], until: { instant: '2027-06-28T07:00:00.000Z' } }),
      exceptions: ['20270215T090000'],
      overrides: [{ key: '20270111T090000', timing: { allDay: false, start: '2027-01-11T13:00:00.000Z', end: '2027-01-11T14:00:00.000Z', timeZone: PARIS } }],
    });

    expect(rowNamed(core, 'Appel Acme – achats')).toMatchObject({ time_zone: 'America/New_York', starts_at: '2027-01-19T15:00:00.000Z', reminders: '[30]', location: 'Teams' });
    expect(recurrenceOfRow(rowNamed(core, 'Appel Acme – achats'))?.rule).toMatchObject({ frequency: 'monthly', count: 6, byDay: [{ weekday: 'TU', ordinal: 3 }] });
    expect(rowNamed(core, 'Fête nationale')).toMatchObject({ all_day: 1, start_date: '2027-07-14', end_date: '2027-07-15', starts_at: null, recurrence: null });
    expect(rowNamed(core, 'Visite client Grenoble')).toMatchObject({ time_zone: PARIS, starts_at: '2027-04-05T08:30:00.000Z', location: 'Dupont & Fils, 12 rue Félix Poulat, 38000 Grenoble' });
  });

  it('keeps a private event private: others see its owner busy, nothing else', async () => {
    await importFile('outlook-export.ics');
    const medical = rowNamed(core, 'Rendez-vous médical');
    expect(medical.scope).toBe('private');
    const slots = core.db.prepare('SELECT id, owner_id, starts_at, ends_at, deleted FROM busy_slots').all();
    expect(slots).toEqual([{ id: medical.id, owner_id: core.userId, starts_at: '2027-01-22T16:00:00.000Z', ends_at: '2027-01-22T17:00:00.000Z', deleted: 0 }]);
  });

  it('shows the meetings in the agenda, the moved occurrence where it was moved to', async () => {
    await importFile('outlook-export.ics');
    const week = await call(core, 'agenda.range', { from: '2027-01-10T23:00:00.000Z', to: '2027-01-17T23:00:00.000Z', timeZone: PARIS });
    expect(week.filter((event) => event.subject === 'Point commercial hebdomadaire').map((event) => event.start)).toEqual(['2027-01-11T13:00:00.000Z', '2027-01-14T08:00:00.000Z']);
  });
});

describe('ical.import of a Google Calendar export', () => {
  it('matches attendees and organizers to contacts and users by e-mail, links every meeting to the record given, and reports the cancelled event', async () => {
    const marc = addUser(core, 'Marc Petit', 'marc.petit@example.fr');
    // A contact whose e-mails column was damaged (a copied database) does not stop the import.
    const damaged = (await call(core, 'contacts.create', { lastName: 'Abîmé', emails: [{ address: 'abime@example.fr' }] })).id;
    core.db.prepare("UPDATE contacts SET emails = '[{\"address\": broken' WHERE id = ?").run(damaged);
    const google = new TextDecoder().decode(fixtureBytes('google-export.ics')).replace('mailto:paul.dupont@dupont-fils.fr', 'mailto:paul.dupont@dupont-fils.fr\r\nATTENDEE;CN=Marc:mailto:MARC.PETIT@example.fr');
    const report = await importFile('google-export.ics', google, { contactId: paul, companyId: dupont });
    expect(report).toMatchObject({ created: 5, updated: 0, unchanged: 0, warnings: [], calendarName: 'lea.martin@example.fr' });
    expect(where(report.skipped)).toEqual([['cancelled', 142, '5m4n3b2v1c0x9z8l7k6j@google.com']]); // one line further down: Marc's

    const rows = activityRows(core);
    expect(rows.map((row) => [row.contact_id, row.company_id])).toEqual(rows.map(() => [paul, dupont]));
    // Léa imports: she owns the meetings and is not listed among their attendees.
    expect(attendeesOfRow(rowNamed(core, 'Déjeuner avec Dupont & Fils'))).toEqual([
      { kind: 'contact', id: paul },
      { kind: 'user', id: marc },
    ]);
    expect(rowNamed(core, 'Déjeuner avec Dupont & Fils')).toMatchObject({ reminders: '[30,1440]', notes: 'Réservé au nom de Martin, 2 personnes.', location: 'Brasserie Georges, 30 Cours de Verdun, 69002 Lyon, France' });
    expect(attendeesOfRow(rowNamed(core, 'Comité de pilotage Acme (séance d’avril)'))).toEqual([{ kind: 'contact', id: claire }]);

    const weekly = recurrenceOfRow(rowNamed(core, 'Point hebdo équipe commerciale'));
    expect(weekly?.exceptions).toEqual(['20270218T090000', '20270301T090000']);
    expect(weekly?.overrides).toEqual([
      // Moved and retitled in Google: both kept for that occurrence alone.
      {
        key: '20270111T090000',
        timing: { allDay: false, start: '2027-01-11T13:00:00.000Z', end: '2027-01-11T13:30:00.000Z', timeZone: PARIS },
        subject: 'Point hebdo équipe commerciale (décalé)',
      },
      { key: '20270121T090000', cancelled: true },
    ]);
    expect(recurrenceOfRow(rowNamed(core, 'Fête du travail'))?.rule).toMatchObject({ frequency: 'yearly' });
    expect(rowNamed(core, 'Salon Industrie Lyon')).toMatchObject({ all_day: 1, start_date: '2027-03-16', end_date: '2027-03-19', notes: 'Stand B12 – hall 3.' });
  });

  it('imported again, updates the meetings it made instead of adding copies — keeping what was changed here, the attendees added here, and a meeting deleted here in the trash', async () => {
    expect((await importFile('google-export.ics')).created).toBe(5);
    const lunch = rowNamed(core, 'Déjeuner avec Dupont & Fils');
    const salon = rowNamed(core, 'Salon Industrie Lyon');
    await call(core, 'activities.update', { id: lunch.id, patch: { subject: 'Déjeuner (renommé ici)', attendees: [{ kind: 'contact', id: claire }], reminders: [] } });
    await call(core, 'activities.delete', { ids: [salon.id] });

    const again = await importFile('google-export.ics');
    // The lunch gets Paul back among its attendees; the three others already hold the file's values.
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 4, keptChanges: 1 });
    expect(activityRows(core)).toHaveLength(5);
    const updated = rowNamed(core, 'Déjeuner (renommé ici)');
    expect(updated.id).toBe(lunch.id);
    expect(updated.reminders).toBe('[]');
    expect(attendeesOfRow(updated)).toEqual([
      { kind: 'contact', id: claire },
      { kind: 'contact', id: paul },
    ]);
    expect(rowNamed(core, 'Salon Industrie Lyon').deleted).toBe(1);
  });

  it('imported again after the calendar changed, takes the new values of the fields not changed here', async () => {
    await importFile('google-export.ics');
    const lunch = rowNamed(core, 'Déjeuner avec Dupont & Fils');
    await call(core, 'activities.update', { id: lunch.id, patch: { subject: 'Déjeuner (renommé ici)' } });
    const moved = new TextDecoder()
      .decode(fixtureBytes('google-export.ics'))
      .replace('LOCATION:Brasserie Georges\\, 30 Cours de Verdun\\, 69002 Lyon\\, France', 'LOCATION:Le Bouchon des Filles\\, Lyon')
      .replace('SUMMARY:Déjeuner avec Dupont & Fils', 'SUMMARY:Déjeuner Dupont & Fils (nouveau titre)');
    expect(moved).toContain('Le Bouchon des Filles');

    const again = await importFile('google-export.ics', moved);
    expect(again).toMatchObject({ created: 0, updated: 1, keptChanges: 1 });
    const row = core.db.prepare('SELECT subject, location FROM activities WHERE id = ?').get(lunch.id);
    // The place changed in the calendar and not here: it follows; the title renamed here stays.
    expect(row).toEqual({ subject: 'Déjeuner (renommé ici)', location: 'Le Bouchon des Filles, Lyon' });
  });

  it('leaves alone the events whose UID is another user’s meeting', async () => {
    const marc = addUser(core, 'Marc Petit', 'marc.petit@example.fr');
    const theirs = privateOfMarc(core, marc, 'Déjeuner de Marc', { allDay: false, start: '2027-03-12T11:00:00.000Z', end: '2027-03-12T12:30:00.000Z', timeZone: PARIS }, GOOGLE_LUNCH_UID);
    const before = core.db.prepare('SELECT * FROM activities WHERE id = ?').get(theirs);

    expect(await importFile('google-export.ics')).toMatchObject({ created: 4, updated: 0, unchanged: 1 });
    expect(core.db.prepare('SELECT * FROM activities WHERE id = ?').get(theirs)).toEqual(before);
    expect(activityRows(core).filter((row) => row.ical_uid === GOOGLE_LUNCH_UID).map((row) => row.id)).toEqual([theirs]);
  });
});

describe('ical.import of what the CRM exported', () => {
  it('comes back onto the same activities (no copies, notes as they were), and a meeting imported is exported under its own UID', async () => {
    const meeting = await call(core, 'activities.create', {
      kind: 'meeting',
      subject: 'Revue de compte',
      contactId: paul,
      companyId: dupont,
      notes: 'Apporter le devis.',
      timing: { allDay: false, start: '2027-01-12T09:00:00.000Z', end: '2027-01-12T10:00:00.000Z', timeZone: PARIS },
    });
    await importFile('google-export.ics');
    const file = await call(core, 'ical.export', { from: '2027-01-01', to: '2027-12-31', timeZone: PARIS });
    const text = await outgoingText(core, file);
    expect(text).toContain(`UID:${meeting.id}@crm.local\r\n`);
    expect(text).toContain(`UID:${GOOGLE_LUNCH_UID}\r\n`);

    const report = await importFile(file.fileName, text);
    expect(report).toMatchObject({ created: 0, skipped: [] });
    // Each event comes back onto its activity: none is added, none left out.
    expect(report.updated + report.unchanged).toBe(6);
    expect(activityRows(core)).toHaveLength(6);
    expect(rowNamed(core, 'Revue de compte')).toMatchObject({ id: meeting.id, notes: 'Apporter le devis.', contact_id: paul, company_id: dupont, ical_uid: null });
  });
});

describe('ical.import of single-occurrence edits', () => {
  it('brings an edited and a cancelled occurrence back as they were: another PC shows the same weeks, and so does this one after importing it again', async () => {
    const timed = (start: string, end: string) => ({ allDay: false as const, start, end, timeZone: PARIS });
    const series = await call(core, 'activities.create', {
      kind: 'meeting',
      subject: 'Point hebdo',
      location: 'Salle A',
      timing: timed('2027-01-04T08:00:00.000Z', '2027-01-04T08:30:00.000Z'),
      recurrence: { rule: { frequency: 'weekly', count: 6 } },
    });
    await call(core, 'activities.editOccurrence', {
      id: series.id,
      occurrenceKey: '20270111T090000',
      change: { subject: 'Revue budget', location: 'Salle B', timing: timed('2027-01-12T13:00:00.000Z', '2027-01-12T14:00:00.000Z') },
    });
    await call(core, 'activities.editOccurrence', { id: series.id, occurrenceKey: '20270118T090000', change: { cancelled: true } });
    const file = await call(core, 'ical.export', { from: '2027-01-01', to: '2027-03-31', timeZone: PARIS });
    const text = await outgoingText(core, file);
    const week = async (on: TestCore) =>
      (await call(on, 'agenda.range', { from: '2027-01-01T00:00:00Z', to: '2027-03-01T00:00:00Z', timeZone: PARIS })).map((event) => [
        event.occurrenceKey,
        event.start,
        event.end,
        event.subject,
        event.location,
      ]);
    const shownHere = await week(core);
    expect(shownHere).toContainEqual(['20270111T090000', '2027-01-12T13:00:00.000Z', '2027-01-12T14:00:00.000Z', 'Revue budget', 'Salle B']);
    expect(shownHere.map(([key]) => key)).not.toContain('20270118T090000');

    const other = openTestCore({ clock: { now: () => NOW } });
    try {
      const report = await call(other, 'ical.import', { fileId: await upload(other, file.fileName, text), timeZone: PARIS });
      expect(report).toMatchObject({ created: 1, skipped: [], warnings: [] });
      expect(await week(other)).toEqual(shownHere);
      const imported = recurrenceOfRow(rowNamed(other, 'Point hebdo'));
      expect(imported?.overrides).toEqual([{ key: '20270111T090000', timing: timed('2027-01-12T13:00:00.000Z', '2027-01-12T14:00:00.000Z'), subject: 'Revue budget', location: 'Salle B' }]);
      expect(imported?.exceptions).toEqual(['20270118T090000']);
    } finally {
      other.dispose();
    }
    const again = await importFile(file.fileName, text);
    // Back onto the same series (the cancelled occurrence now written as an exception): the same weeks.
    expect(again).toMatchObject({ created: 0, skipped: [], warnings: [] });
    expect(await week(core)).toEqual(shownHere);
  });
});

describe('ical.import of bad files', () => {
  it('imports what it can read of a malformed file and reports the rest with line, UID and reason', async () => {
    const report = await importFile('malformed.ics');
    expect(report).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(where(report.skipped)).toEqual([
      ['missing_dtstart', 4, 'no-start@example.fr'],
      ['invalid_rrule', 9, 'broken-rule@example.fr'],
      ['invalid_rrule', 17, 'hourly@example.fr'],
      ['unknown_time_zone', 25, 'mars@example.fr'],
      ['end_before_start', 32, 'backwards@example.fr'],
      ['invalid_date', 39, 'bad-date@example.fr'],
      ['unsupported_component', 45, 'todo@example.fr'],
      ['unsupported_component', 50, 'journal@example.fr'],
      ['cancelled', 55, 'cancelled@example.fr'],
      ['duplicate_uid', 77, 'kept@example.fr'],
      ['truncated', 84, 'truncated@example.fr'],
    ]);
    expect(where(report.warnings)).toEqual([
      ['extra_dates_ignored', 63, 'kept@example.fr'],
      ['alarm_ignored', 63, 'kept@example.fr'],
      ['malformed_line', 69, 'kept@example.fr'],
    ]);
    expect(activityRows(core).map((row) => [row.subject, row.ical_uid, row.starts_at])).toEqual([['Gardé malgré tout', 'kept@example.fr', '2027-01-06T08:00:00.000Z']]);
  });

  it('refuses a file that is not a calendar, saying what to do, with nothing written', async () => {
    const before = writeCounts(core);
    const error = await callError(core, 'ical.import', { fileId: await upload(core, 'contacts.csv', 'Nom;Prénom\r\nDupont;Paul\r\n'), timeZone: PARIS });
    expect(error).toMatchObject({
      code: 'validation',
      field: 'fileId',
      message: 'Ce fichier n’est pas un calendrier iCalendar (.ics). Choisissez un fichier .ics exporté depuis Outlook, Google Agenda ou Thunderbird.',
      issues: [{ path: 'fileId', code: 'invalid_value', message: 'not an iCalendar file' }],
    });
    await call(core, 'profile.update', { language: 'en' });
    const english = await callError(core, 'ical.import', { fileId: await upload(core, 'photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff])), timeZone: PARIS });
    expect(english.message).toBe('This file is not an iCalendar (.ics) calendar. Choose an .ics file exported from Outlook, Google Calendar or Thunderbird.');
    expect(writeCounts(core)).toEqual(before);
  });

  it('refuses a file over 20 MB before reading it, with nothing written', async () => {
    const before = writeCounts(core);
    const big = new Uint8Array(ICS_MAX_BYTES + 1024 * 1024).fill(0x20);
    big.set(new TextEncoder().encode('BEGIN:VCALENDAR\r\n'));
    const error = await callError(core, 'ical.import', { fileId: await upload(core, 'huge.ics', big), timeZone: PARIS });
    expect(error).toMatchObject({ code: 'validation', field: 'fileId', issues: [{ path: 'fileId', code: 'too_long', message: `larger than ${ICS_MAX_BYTES} bytes` }] });
    expect(error.message).toBe('Ce fichier fait 21\u00a0Mo\u00a0: les calendriers de plus de 20\u00a0Mo ne sont pas importés. Exportez une période plus courte.');
    expect(writeCounts(core)).toEqual(before);
  });

  it('writes nothing at all when a write fails half-way through the file', async () => {
    const before = writeCounts(core);
    // The fifth meeting of the file cannot be written (as on a full disk).
    core.db.exec("CREATE TEMP TRIGGER refuse_grenoble BEFORE INSERT ON main.activities WHEN NEW.subject = 'Visite client Grenoble' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    const error = await callError(core, 'ical.import', { fileId: await upload(core, 'outlook-export.ics', fixtureBytes('outlook-export.ics')), timeZone: PARIS });
    expect(error.code).not.toBe('validation');
    expect(writeCounts(core)).toEqual(before);
    core.db.exec('DROP TRIGGER refuse_grenoble');
    expect((await importFile('outlook-export.ics')).created).toBe(6);
  });

  it('refuses to link the meetings to a record that does not exist, before reading the file', async () => {
    const error = await callError(core, 'ical.import', { fileId: await upload(core, 'outlook-export.ics', fixtureBytes('outlook-export.ics')), timeZone: PARIS, companyId: '0190a0b0-0000-7000-8000-000000000000' });
    expect(error).toMatchObject({ code: 'validation', field: 'companyId', issues: [{ path: 'companyId', code: 'not_found' }] });
    expect(activityRows(core)).toEqual([]);
  });

  it('reads a file saved in Windows-1252', async () => {
    // Œ is 0x8C and € 0x80 in Windows-1252 (Latin-1 has control characters there).
    const text = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:cp1252@example.fr\r\nDTSTART:20270110T090000Z\r\nDTEND:20270110T100000Z\r\nSUMMARY:Réunion à Besançon \u0152uvray 500 \u20ac\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const windows1252: Record<string, number> = { '\u0152': 0x8c, '\u20ac': 0x80 };
    const bytes = new Uint8Array([...text].map((char) => windows1252[char] ?? char.charCodeAt(0)));
    expect((await importFile('windows.ics', bytes)).created).toBe(1);
    expect(activityRows(core).map((row) => row.subject)).toEqual(['Réunion à Besançon \u0152uvray 500 \u20ac']);
  });
});
