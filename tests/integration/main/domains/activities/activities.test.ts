import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, type TestCore } from '../../../../helpers/core';
import { activityState, addActivityRow, addUser, coreAt, paris } from './fixtures';

const NOW = '2027-03-10T09:00:00.000Z';
let core: TestCore;
beforeEach(() => {
  core = coreAt(NOW).core;
});
afterEach(() => core.dispose());

const issuesOf = async (name: string, input: unknown) => {
  const error = await callError(core, name, input);
  expect(error.code).toBe('validation');
  return (error.issues ?? []).map((issue) => [issue.path, issue.code]);
};

describe('activities by kind', () => {
  it('a task is due at a time, on a date or not at all, of normal priority unless said, and done when asked', async () => {
    const undated = await call(core, 'activities.create', { kind: 'task', subject: 'Préparer le devis' });
    expect(undated).toMatchObject({ kind: 'task', timing: null, priority: 'normal', doneAt: null, reminders: [], owner: { id: core.userId } });
    const onDate = await call(core, 'activities.create', {
      kind: 'task',
      subject: 'Relancer',
      priority: 'high',
      done: true,
      timing: { allDay: true, startDate: '2027-03-12', endDate: '2027-03-13' },
    });
    expect(onDate).toMatchObject({ priority: 'high', doneAt: NOW, timing: { allDay: true, startDate: '2027-03-12', endDate: '2027-03-13' } });
    // An instant written with an offset is kept in UTC.
    const timed = await call(core, 'activities.create', {
      kind: 'task',
      subject: 'Appeler avant midi',
      timing: { allDay: false, start: '2027-03-12T11:30:00+01:00', end: '2027-03-12T11:30:00+01:00', timeZone: 'Europe/Paris' },
    });
    expect(timed.timing).toEqual({ allDay: false, start: '2027-03-12T10:30:00.000Z', end: '2027-03-12T10:30:00.000Z', timeZone: 'Europe/Paris' });
  });

  it('refuses, field by field, what the kind does not have, and writes nothing', async () => {
    const before = activityState(core);
    expect(await issuesOf('activities.create', { kind: 'task', subject: 'T', location: 'Lyon', durationMinutes: 5, direction: 'inbound', outcome: 'reached' })).toEqual([
      ['location', 'unknown_field'],
      ['direction', 'unknown_field'],
      ['durationMinutes', 'unknown_field'],
      ['outcome', 'unknown_field'],
    ]);
    expect(await issuesOf('activities.create', { kind: 'call', subject: 'C', priority: 'high', attendees: [{ kind: 'user', id: core.userId }] })).toEqual([
      ['attendees', 'unknown_field'],
      ['priority', 'unknown_field'],
    ]);
    expect(
      await issuesOf('activities.create', {
        kind: 'call',
        subject: 'C',
        timing: paris('2027-03-10T10:00', 10),
        recurrence: { rule: { frequency: 'weekly' } },
      }),
    ).toEqual([['recurrence', 'unknown_field']]);
    expect(await issuesOf('activities.create', { kind: 'note', subject: 'N', direction: 'outbound', reminders: [15] })).toEqual([
      ['direction', 'unknown_field'],
      ['reminders', 'unknown_field'],
    ]);
    expect(await issuesOf('activities.create', { kind: 'meeting', subject: 'M', timing: paris('2027-03-11T09:00'), done: true, outcome: 'reached' })).toEqual([
      ['outcome', 'unknown_field'],
      ['done', 'unknown_field'],
    ]);
    expect(await issuesOf('activities.create', { kind: 'email', subject: 'E', durationMinutes: 3 })).toEqual([['durationMinutes', 'unknown_field']]);
    // Empty values are what every kind has: not refused.
    expect(activityState(core)).toEqual(before);
    await call(core, 'activities.create', { kind: 'note', subject: 'N', location: null, attendees: [], priority: null });
  });

  it('meetings and visits need a date, an end not before the start, and attendees who exist (each kept once)', async () => {
    const contact = await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Dupont' });
    const colleague = addUser(core, 'Marc Leroy');
    const before = activityState(core);
    expect(await issuesOf('activities.create', { kind: 'meeting', subject: 'Revue' })).toEqual([['timing', 'required']]);
    expect(await issuesOf('activities.create', { kind: 'visit', subject: 'Visite', timing: null })).toEqual([['timing', 'required']]);
    const backwards = { allDay: false, start: '2027-03-11T10:00:00Z', end: '2027-03-11T09:00:00Z', timeZone: 'Europe/Paris' };
    expect(await issuesOf('activities.create', { kind: 'meeting', subject: 'Revue', timing: backwards })).toEqual([['timing.end', 'invalid_value']]);
    expect(
      await issuesOf('activities.create', {
        kind: 'visit',
        subject: 'Visite',
        timing: paris('2027-03-11T14:00'),
        attendees: [
          { kind: 'contact', id: contact.id },
          { kind: 'user', id: '0190aaaa-0000-7000-8000-000000000000' },
        ],
      }),
    ).toEqual([['attendees.1.id', 'not_found']]);
    expect(activityState(core)).toEqual(before);

    const visit = await call(core, 'activities.create', {
      kind: 'visit',
      subject: 'Visite atelier',
      location: 'Lyon 7e',
      timing: paris('2027-03-11T14:00', 90),
      attendees: [
        { kind: 'contact', id: contact.id },
        { kind: 'user', id: colleague },
        { kind: 'contact', id: contact.id },
      ],
      reminders: [1440, 15, 15, 60],
    });
    expect(visit.attendees).toEqual([
      { kind: 'contact', id: contact.id, name: 'Hélène Dupont' },
      { kind: 'user', id: colleague, name: 'Marc Leroy' },
    ]);
    expect(visit.reminders).toEqual([15, 60, 1440]);
    expect(visit).toMatchObject({ location: 'Lyon 7e', priority: null, timing: paris('2027-03-11T14:00', 90) });
  });

  it('calls, notes and e-mails happened now unless told when: a call that lasted ten minutes ended now', async () => {
    const call10 = await call(core, 'activities.create', { kind: 'call', subject: 'Appel Dupont', direction: 'outbound', durationMinutes: 10, outcome: 'interested' });
    expect(call10.timing).toMatchObject({ allDay: false, start: '2027-03-10T08:50:00.000Z', end: NOW });
    expect(call10).toMatchObject({ direction: 'outbound', durationMinutes: 10, outcome: 'interested', priority: null });
    const note = await call(core, 'activities.create', { kind: 'note', subject: 'Compte rendu', notes: 'Budget validé en mai' });
    expect(note.timing).toMatchObject({ start: NOW, end: NOW });
    const email = await call(core, 'activities.create', { kind: 'email', subject: 'Devis envoyé', direction: 'outbound', timing: paris('2027-03-09T17:00', 0) });
    expect(email).toMatchObject({ direction: 'outbound', timing: paris('2027-03-09T17:00', 0) });
    // They always have a time: it can be changed, not removed.
    expect(await issuesOf('activities.update', { id: note.id, patch: { timing: null } })).toEqual([['timing', 'required']]);
  });

  it('links to records that exist; reminders need a date to ring before', async () => {
    const company = await call(core, 'companies.create', { name: 'Atelier Morel' });
    const missing = '0190aaaa-0000-7000-8000-000000000001';
    const before = activityState(core);
    expect(await issuesOf('activities.create', { kind: 'note', subject: 'N', contactId: missing, companyId: company.id, dealId: missing })).toEqual([
      ['contactId', 'not_found'],
      ['dealId', 'not_found'],
    ]);
    expect(await issuesOf('activities.create', { kind: 'task', subject: 'T', reminders: [30] })).toEqual([['reminders', 'invalid_value']]);
    expect(await issuesOf('activities.create', { kind: 'task', subject: 'T', followUpOf: missing })).toEqual([['followUpOf', 'not_found']]);
    expect(await issuesOf('activities.create', { kind: 'note', subject: 'N', scope: 'équipe' })).toEqual([['scope', 'invalid_value']]);
    expect(await issuesOf('activities.create', { kind: 'note', subject: 'N', scope: `team:${missing}` })).toEqual([['scope', 'not_found']]);
    expect(activityState(core)).toEqual(before);
    await call(core, 'companies.delete', { ids: [company.id] });
    expect(await issuesOf('activities.create', { kind: 'note', subject: 'N', companyId: company.id })).toEqual([['companyId', 'not_found']]);
  });

  it('a follow-up is planned with the activity, in the same transaction, for the same records and owner', async () => {
    const company = await call(core, 'companies.create', { name: 'Atelier Morel' });
    const contact = await call(core, 'contacts.create', { firstName: 'Luc', lastName: 'Morel' });
    const logged = await call(core, 'activities.create', {
      kind: 'call',
      subject: 'Appel Morel',
      contactId: contact.id,
      companyId: company.id,
      durationMinutes: 10,
      outcome: 'interested',
      followUp: { subject: 'Relancer Morel', timing: { allDay: true, startDate: '2027-03-16', endDate: '2027-03-17' } },
    });
    const page = await call(core, 'activities.list', { filters: { contactId: contact.id }, sort: { field: 'at', dir: 'asc' } });
    expect(page.rows.map((row) => [row.kind, row.subject])).toEqual([
      ['call', 'Appel Morel'],
      ['task', 'Relancer Morel'],
    ]);
    const next = await call(core, 'activities.get', { id: page.rows[1]?.id ?? '' });
    expect(next).toMatchObject({
      followUpOf: logged.id,
      priority: 'normal',
      owner: { id: core.userId },
      contact: { id: contact.id, name: 'Luc Morel' },
      company: { id: company.id, name: 'Atelier Morel' },
    });
    const txns = core.db.prepare("SELECT DISTINCT txn FROM change_log WHERE tbl = 'activities' AND row_id IN (?, ?)").pluck().all(logged.id, next.id);
    expect(txns).toHaveLength(1);
  });

  it('updates what the kind has, refuses the rest, and completes tasks only', async () => {
    const task = await call(core, 'activities.create', { kind: 'task', subject: 'Envoyer la plaquette' });
    const meeting = await call(core, 'activities.create', { kind: 'meeting', subject: 'Revue', timing: paris('2027-03-11T09:00') });
    const before = activityState(core);
    expect(await issuesOf('activities.update', { id: task.id, patch: { location: 'Paris' } })).toEqual([['location', 'unknown_field']]);
    expect(await issuesOf('activities.update', { id: meeting.id, patch: { timing: null } })).toEqual([['timing', 'required']]);
    expect(await issuesOf('activities.complete', { id: meeting.id, done: true })).toEqual([['done', 'unknown_field']]);
    expect((await callError(core, 'activities.update', { id: '0190aaaa-0000-7000-8000-000000000002', patch: { subject: 'X' } })).code).toBe('not_found');
    expect(activityState(core)).toEqual(before);

    const moved = await call(core, 'activities.update', { id: meeting.id, patch: { subject: 'Revue trimestrielle', location: 'Salle 2', timing: paris('2027-03-12T10:00', 30) } });
    expect(moved).toMatchObject({ subject: 'Revue trimestrielle', location: 'Salle 2', timing: paris('2027-03-12T10:00', 30) });
    const dated = await call(core, 'activities.update', { id: task.id, patch: { timing: { allDay: true, startDate: '2027-03-15', endDate: '2027-03-16' }, reminders: [60] } });
    expect(dated.reminders).toEqual([60]);
    // Undated again: its reminders go with its date.
    expect((await call(core, 'activities.update', { id: task.id, patch: { timing: null } })).reminders).toEqual([]);

    const done = await call(core, 'activities.complete', { id: task.id, done: true });
    expect(done.doneAt).toBe(NOW);
    expect((await call(core, 'activities.complete', { id: task.id, done: true })).doneAt).toBe(NOW);
    expect((await call(core, 'activities.complete', { id: task.id, done: false })).doneAt).toBeNull();
  });

  it('goes to the trash and back; another user’s private activity stays theirs on this device', async () => {
    const task = await call(core, 'activities.create', { kind: 'task', subject: 'À supprimer' });
    expect(await call(core, 'activities.delete', { ids: [task.id] })).toEqual({ ids: [task.id] });
    expect((await call(core, 'activities.list', {})).rows).toEqual([]);
    expect((await call(core, 'activities.list', { filters: { deleted: true } })).rows.map((row) => row.id)).toEqual([task.id]);
    expect((await callError(core, 'activities.update', { id: task.id, patch: { subject: 'X' } })).code).toBe('not_found');
    expect(await call(core, 'activities.restore', { ids: [task.id] })).toEqual({ ids: [task.id] });
    expect((await call(core, 'activities.get', { id: task.id })).deleted).toBe(false);

    const other = addUser(core, 'Marc Leroy');
    const theirs = addActivityRow(core, { kind: 'meeting', subject: 'Entretien confidentiel', owner_id: other, scope: 'private', ...{ starts_at: '2027-03-11T09:00:00.000Z', ends_at: '2027-03-11T10:00:00.000Z', time_zone: 'Europe/Paris' } });
    expect((await callError(core, 'activities.get', { id: theirs })).code).toBe('not_found');
    expect((await callError(core, 'activities.delete', { ids: [theirs] })).code).toBe('not_found');
    expect((await call(core, 'activities.list', {})).rows.map((row) => row.id)).toEqual([task.id]);
    // Nor may this user make one private for someone else.
    expect(await issuesOf('activities.create', { kind: 'task', subject: 'T', ownerId: other, scope: 'private' })).toEqual([['scope', 'invalid_value']]);
  });
});

describe('the activities list', () => {
  it('pages, sorts by when (undated tasks at their creation) and filters by text, kind, owner, status, dates and record', async () => {
    const company = await call(core, 'companies.create', { name: 'Atelier Morel' });
    const other = addUser(core, 'Marc Leroy');
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Réunion de lancement', companyId: company.id, timing: paris('2027-03-15T09:00') });
    await call(core, 'activities.create', { kind: 'task', subject: 'Envoyer le devis', timing: { allDay: true, startDate: '2027-03-12', endDate: '2027-03-13' } });
    const done = await call(core, 'activities.create', { kind: 'task', subject: 'Rappeler Élodie', done: true, timing: paris('2027-03-11T16:00', 0) });
    await call(core, 'activities.create', { kind: 'task', subject: 'Trier les cartes' });
    await call(core, 'activities.create', { kind: 'call', subject: 'Appel entrant', ownerId: other, timing: paris('2027-03-08T11:00', 5) });

    const all = await call(core, 'activities.list', { sort: { field: 'at', dir: 'desc' } });
    expect(all.total).toBe(5);
    expect(all.rows.map((row) => row.subject)).toEqual(['Réunion de lancement', 'Envoyer le devis', 'Rappeler Élodie', 'Trier les cartes', 'Appel entrant']);
    expect(all.rows[1]).toMatchObject({ at: '2027-03-12T00:00:00.000Z', allDay: true });
    expect(all.rows[3]?.at).toBeNull();
    const second = await call(core, 'activities.list', { sort: { field: 'subject', dir: 'asc' }, offset: 2, limit: 2 });
    expect(second.rows.map((row) => row.subject)).toEqual(['Rappeler Élodie', 'Réunion de lancement']);

    const subjects = async (filters: object) => (await call(core, 'activities.list', { filters, sort: { field: 'at', dir: 'asc' } })).rows.map((row) => row.subject);
    expect(await subjects({ q: 'elodie' })).toEqual(['Rappeler Élodie']);
    expect(await subjects({ q: 'devis' })).toEqual(['Envoyer le devis']);
    expect(await subjects({ kinds: ['call', 'meeting'] })).toEqual(['Appel entrant', 'Réunion de lancement']);
    expect(await subjects({ ownerIds: [other] })).toEqual(['Appel entrant']);
    expect(await subjects({ status: 'open' })).toEqual(['Trier les cartes', 'Envoyer le devis']);
    expect(await subjects({ status: 'done' })).toEqual([done.subject]);
    expect(await subjects({ from: '2027-03-11', to: '2027-03-12' })).toEqual(['Rappeler Élodie', 'Envoyer le devis']);
    expect(await subjects({ companyId: company.id })).toEqual(['Réunion de lancement']);
  });
});
