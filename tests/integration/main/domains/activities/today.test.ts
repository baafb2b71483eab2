import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../../../src-shared/contract/api';
import { call, type TestCore } from '../../../../helpers/core';
import { addActivityRow, addUser, coreAt, paris, ZONE } from './fixtures';

/** Wednesday 10 March 2027, 11:00 in Paris. */
const NOW = '2027-03-10T10:00:00.000Z';
const DAY = 86_400_000;
type Timing = ApiInput<'activities.create'>['timing'];
let core: TestCore;
let clock: { ms: number };
beforeEach(() => {
  ({ core, clock } = coreAt(NOW));
});
afterEach(() => core.dispose());

const onDay = (date: string) => ({ allDay: true as const, startDate: date, endDate: new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10) });
const subjects = (rows: { subject: string | null }[]) => rows.map((row) => row.subject);

describe('Today', () => {
  it('lists today’s meetings, visits and calls in order, overdue and due tasks, and the follow-ups of the coming week', async () => {
    const marc = addUser(core, 'Marc Leroy');
    const task = (subject: string, timing: Timing, more: { done?: boolean } = {}) => call(core, 'activities.create', { kind: 'task', subject, timing, ...more });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Démo 14 h', timing: paris('2027-03-10T14:00') });
    await call(core, 'activities.create', { kind: 'call', subject: 'Appel 9 h', timing: paris('2027-03-10T09:00', 10) });
    await call(core, 'activities.create', { kind: 'visit', subject: 'Visite demain', timing: paris('2027-03-11T09:00') });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Réunion hier', timing: paris('2027-03-09T16:00') });
    addActivityRow(core, { kind: 'meeting', subject: 'Réunion de Marc', owner_id: marc, starts_at: '2027-03-10T12:00:00.000Z', ends_at: '2027-03-10T13:00:00.000Z', time_zone: ZONE });

    await task('Hier, journée', onDay('2027-03-09'));
    await task('Hier soir', paris('2027-03-09T23:30', 0));
    await task('La semaine dernière', paris('2027-03-02T10:00', 0));
    await task('Faite hier', onDay('2027-03-09'), { done: true });
    await task('Sans date', null);
    await task('Aujourd’hui, journée', onDay('2027-03-10'));
    await task('Aujourd’hui 17 h', paris('2027-03-10T17:00', 0));
    await task('Aujourd’hui 0 h 15', paris('2027-03-10T00:15', 0));
    await task('Faite aujourd’hui', paris('2027-03-10T08:00', 0), { done: true });
    await task('Demain', onDay('2027-03-11'));
    const deleted = await task('Supprimée', onDay('2027-03-08'));
    await call(core, 'activities.delete', { ids: [deleted.id] });
    addActivityRow(core, { kind: 'task', subject: 'Tâche de Marc', owner_id: marc, start_date: '2027-03-08', end_date: '2027-03-09', all_day: 1 });

    const logged = await call(core, 'activities.create', { kind: 'call', subject: 'Appel Morel', timing: paris('2027-03-10T08:00', 5) });
    const followUp = (subject: string, kind: 'task' | 'call', timing: Timing) => call(core, 'activities.create', { kind, subject, followUpOf: logged.id, timing });
    await followUp('Relance vendredi', 'task', onDay('2027-03-12'));
    await followUp('Rappel lundi', 'call', paris('2027-03-15T10:00', 10));
    await followUp('Relance dans 8 jours', 'task', onDay('2027-03-18'));
    await followUp('Relance mercredi prochain', 'task', onDay('2027-03-17'));
    await followUp('Relance du jour', 'task', paris('2027-03-10T18:00', 0));
    const doneFollowUp = await followUp('Relance faite', 'task', onDay('2027-03-13'));
    await call(core, 'activities.complete', { id: doneFollowUp.id, done: true });

    const today = await call(core, 'today.get', { timeZone: ZONE });
    expect(today.date).toBe('2027-03-10');
    expect(subjects(today.meetings)).toEqual(['Appel Morel', 'Appel 9 h', 'Démo 14 h']);
    expect(subjects(today.overdueTasks)).toEqual(['La semaine dernière', 'Hier, journée', 'Hier soir']);
    expect(subjects(today.dueTasks)).toEqual(['Aujourd’hui, journée', 'Aujourd’hui 0 h 15', 'Faite aujourd’hui', 'Aujourd’hui 17 h', 'Relance du jour']);
    expect(today.dueTasks.find((row) => row.subject === 'Faite aujourd’hui')?.doneAt).toBe(NOW);
    expect(subjects(today.followUps)).toEqual(['Relance vendredi', 'Rappel lundi', 'Relance mercredi prochain']);
    expect(today.followUps[1]).toMatchObject({ kind: 'call', at: '2027-03-15T09:00:00.000Z' });

    // In Tokyo it is 19:00: the same timed tasks fall on other days there.
    const tokyo = await call(core, 'today.get', { timeZone: 'Asia/Tokyo' });
    expect(tokyo.date).toBe('2027-03-10');
    expect(subjects(tokyo.overdueTasks)).toEqual(['La semaine dernière', 'Hier, journée']);
    expect(subjects(tokyo.dueTasks)).toEqual(['Aujourd’hui, journée', 'Hier soir', 'Aujourd’hui 0 h 15', 'Faite aujourd’hui']);
    // Late in the evening in Paris (after 23:00 UTC it is the 11th there): the day moves on.
    clock.ms = Date.parse('2027-03-10T23:30:00.000Z');
    const tomorrow = await call(core, 'today.get', { timeZone: ZONE });
    expect(tomorrow.date).toBe('2027-03-11');
    expect(subjects(tomorrow.meetings)).toEqual(['Visite demain']);
    expect(subjects(tomorrow.overdueTasks)).toContain('Aujourd’hui 17 h');
    expect(subjects(tomorrow.overdueTasks)).not.toContain('Faite aujourd’hui');
  });

  it('names the user’s companies without activity for N days: never contacted first, then the longest silent', async () => {
    const at = (iso: string) => {
      clock.ms = Date.parse(iso);
    };
    // A device that has been in use since December (its clock never goes back).
    core.dispose();
    ({ core, clock } = coreAt('2026-12-01T09:00:00.000Z'));
    const marc = addUser(core, 'Marc Leroy');
    const never = await call(core, 'companies.create', { name: 'Jamais contactée' });
    const silent = await call(core, 'companies.create', { name: 'Silencieuse' });
    const recent = await call(core, 'companies.create', { name: 'Récente' });
    const deletedOnly = await call(core, 'companies.create', { name: 'Seulement supprimée' });
    const theirs = await call(core, 'companies.create', { name: 'Celle de Marc', ownerId: marc });
    const planned = await call(core, 'companies.create', { name: 'Rendez-vous prévu' });
    at(NOW);
    const newcomer = await call(core, 'companies.create', { name: 'Toute nouvelle' });

    const note = (companyId: string, daysAgo: number) =>
      call(core, 'activities.create', { kind: 'note', subject: 'Note', companyId, timing: paris(new Date(Date.parse(NOW) - daysAgo * DAY).toISOString().slice(0, 16), 0) });
    await note(silent.id, 40);
    await note(recent.id, 5);
    await note(deletedOnly.id, 50);
    const removed = await note(deletedOnly.id, 10);
    await call(core, 'activities.delete', { ids: [removed.id] });
    await call(core, 'activities.create', { kind: 'meeting', subject: 'Prévu', companyId: planned.id, timing: paris('2027-03-20T10:00') });

    const today = await call(core, 'today.get', { timeZone: ZONE });
    expect(today.neglectedDays).toBe(30);
    expect(today.neglected.map((account) => [account.name, account.daysSince])).toEqual([
      ['Jamais contactée', null],
      ['Seulement supprimée', 50],
      ['Silencieuse', 40],
    ]);
    expect(today.neglected[0]).toMatchObject({ entity: 'company', id: never.id, lastActivityAt: null });
    const longer = await call(core, 'today.get', { timeZone: ZONE, neglectedDays: 45 });
    expect(longer.neglected.map((account) => account.name)).toEqual(['Jamais contactée', 'Seulement supprimée']);
    expect(today.neglected.map((account) => account.id)).not.toContain(theirs.id);
    expect(today.neglected.map((account) => account.id)).not.toContain(newcomer.id);
  });

  it('shows at most twenty, and follows a new activity at once', async () => {
    core.dispose();
    ({ core, clock } = coreAt('2026-12-01T09:00:00.000Z'));
    const prospects = [];
    for (let index = 0; index < 22; index += 1) {
      clock.ms += 60_000;
      prospects.push(await call(core, 'companies.create', { name: `Prospect ${String(index + 1).padStart(2, '0')}` }));
    }
    const client = await call(core, 'companies.create', { name: 'Client silencieux' });
    await call(core, 'activities.create', { kind: 'note', subject: 'Note', companyId: client.id, timing: paris('2026-12-02T10:00', 0) });
    clock.ms = Date.parse(NOW);
    const names = async () => (await call(core, 'today.get', { timeZone: ZONE })).neglected.map((account) => account.name);
    const first = await names();
    expect(first).toHaveLength(20);
    expect(first[0]).toBe('Prospect 01');
    expect(first.at(-1)).toBe('Prospect 20');
    await call(core, 'activities.create', { kind: 'call', subject: 'Premier appel', companyId: prospects[0]?.id ?? '', durationMinutes: 5 });
    const next = await names();
    expect(next[0]).toBe('Prospect 02');
    expect(next.at(-1)).toBe('Prospect 21');
  });
});
