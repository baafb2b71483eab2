import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { officePerTest } from '../../../helpers/office';
import type { TestDevice } from '../../../helpers/sync';

const { device } = officePerTest([
  { email: 'admin@bureau.fr', role: 'administrator', name: 'Alice Admin' },
  { email: 'lea@bureau.fr', role: 'salesperson', name: 'Léa Martin' },
]);

const rowsOf = (d: TestDevice, table: string) => d.core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
const ZONE = 'Europe/Paris';
const week = { from: '2027-03-21T23:00:00.000Z', to: '2027-03-28T22:00:00.000Z', timeZone: ZONE };

describe('activities between devices', () => {
  it('an activity logged offline on one device, with its follow-up, reaches the other whole', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const contact = await call(admin.core, 'contacts.create', { firstName: 'Yann', lastName: 'Le Goff' });
    await admin.sync();
    await lea.sync();

    const logged = await call(lea.core, 'activities.create', {
      kind: 'call',
      subject: 'Appel Le Goff',
      contactId: contact.id,
      direction: 'outbound',
      durationMinutes: 12,
      outcome: 'interested',
      timing: { allDay: false, start: '2027-03-22T09:00:00.000Z', end: '2027-03-22T09:12:00.000Z', timeZone: ZONE },
      followUp: { subject: 'Envoyer le devis', timing: { allDay: true, startDate: '2027-03-24', endDate: '2027-03-25' } },
    });
    await lea.sync();
    await admin.sync();

    expect(await call(admin.core, 'activities.get', { id: logged.id })).toEqual(logged);
    expect(rowsOf(admin, 'activities')).toEqual(rowsOf(lea, 'activities'));
    const agenda = await call(admin.core, 'agenda.range', { ...week, userIds: [lea.core.userId] });
    expect(agenda.map((event) => [event.kind, event.subject, event.owner?.displayName])).toEqual([
      ['call', 'Appel Le Goff', 'Léa Martin'],
      ['task', 'Envoyer le devis', 'Léa Martin'],
    ]);
  });

  it('edits of different fields made on both devices offline merge, and a task ticked on one is done on the other', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const meeting = await call(lea.core, 'activities.create', {
      kind: 'meeting',
      subject: 'Démo',
      timing: { allDay: false, start: '2027-03-23T09:00:00.000Z', end: '2027-03-23T10:00:00.000Z', timeZone: ZONE },
    });
    const task = await call(lea.core, 'activities.create', { kind: 'task', subject: 'Préparer la démo' });
    await lea.sync();
    await admin.sync();

    await call(lea.core, 'activities.update', { id: meeting.id, patch: { location: 'Showroom de Rennes' } });
    await call(admin.core, 'activities.update', { id: meeting.id, patch: { subject: 'Démo cuisine', reminders: [30] } });
    await call(admin.core, 'activities.complete', { id: task.id, done: true });
    await admin.sync();
    await lea.sync();
    await admin.sync();

    for (const d of [admin, lea]) {
      expect(await call(d.core, 'activities.get', { id: meeting.id })).toMatchObject({ subject: 'Démo cuisine', location: 'Showroom de Rennes', reminders: [30] });
      expect((await call(d.core, 'sync.review.list', {})).length).toBe(0);
    }
    const done = await call(lea.core, 'activities.get', { id: task.id });
    expect(done.doneAt).not.toBeNull();
    expect((await call(lea.core, 'activities.list', { filters: { status: 'done' } })).rows.map((row) => row.id)).toEqual([task.id]);
  });

  it('a private meeting never reaches the other device: its agenda shows the owner busy, without a subject, until it is shared again', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const company = await call(admin.core, 'companies.create', { name: 'Clinique du Parc' });
    await admin.sync();
    await lea.sync();
    const secret = await call(lea.core, 'activities.create', {
      kind: 'meeting',
      subject: 'Entretien d’embauche',
      scope: 'private',
      companyId: company.id,
      location: 'Café de la gare',
      timing: { allDay: false, start: '2027-03-24T12:00:00.000Z', end: '2027-03-24T13:00:00.000Z', timeZone: ZONE },
      recurrence: { rule: { frequency: 'daily', count: 2 } },
    });
    await lea.sync();
    await admin.sync();

    expect(admin.core.db.prepare('SELECT count(*) FROM activities WHERE id = ?').pluck().get(secret.id)).toBe(0);
    const seen = await call(admin.core, 'agenda.range', { ...week, userIds: [admin.core.userId, lea.core.userId] });
    expect(seen.map((event) => [event.busy, event.subject, event.start, event.owner?.displayName])).toEqual([
      [true, null, '2027-03-24T12:00:00.000Z', 'Léa Martin'],
      [true, null, '2027-03-25T12:00:00.000Z', 'Léa Martin'],
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/Entretien|Café|Clinique/);
    expect(JSON.stringify(admin.core.db.prepare('SELECT * FROM change_log').all())).not.toMatch(/Entretien|Café/);
    // On its owner's device, the whole meeting, once.
    expect((await call(lea.core, 'agenda.range', { ...week, userIds: [admin.core.userId, lea.core.userId] })).map((event) => [event.busy, event.subject])).toEqual([
      [false, 'Entretien d’embauche'],
      [false, 'Entretien d’embauche'],
    ]);

    // Shared again: the busy time leaves the others' agendas with the slot (removed in the same transaction).
    await call(lea.core, 'activities.update', { id: secret.id, patch: { scope: null } });
    await lea.sync();
    await admin.sync();
    expect(admin.core.db.prepare('SELECT deleted FROM busy_slots WHERE id = ?').pluck().get(secret.id)).toBe(1);
    expect((await call(admin.core, 'agenda.range', { ...week, userIds: [lea.core.userId] })).some((event) => event.busy)).toBe(false);
  });
});

describe('activities in Sync review', () => {
  it('a subject edited on both devices: the losing one is reviewed as an activity under its subject, linking to its deal', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const deal = await call(lea.core, 'deals.create', { title: 'Cuisine Morel' });
    const task = await call(lea.core, 'activities.create', { kind: 'task', subject: 'Relancer Morel', dealId: deal.id });
    await lea.sync();
    await admin.sync();
    await call(lea.core, 'activities.update', { id: task.id, patch: { subject: 'Relancer M. Morel' } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(admin.core, 'activities.update', { id: task.id, patch: { subject: 'Relancer Mme Morel' } });
    await admin.sync();
    await lea.sync();

    const [item, ...others] = await call(lea.core, 'sync.review.list', {});
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      kind: 'lost',
      recordKind: 'activity',
      recordLabel: 'Relancer Mme Morel',
      target: { entity: 'deal', id: deal.id },
      changes: [{ field: 'subject', mine: 'Relancer M. Morel', theirs: 'Relancer Mme Morel' }],
      by: { displayName: 'Alice Admin' },
    });
  });
});
