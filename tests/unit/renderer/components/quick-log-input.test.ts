import { describe, expect, it } from 'vitest';
import { activityCreateInput } from '../../../../src-shared/contract/inputs/activities';
import { parseQuickLog } from '../../../../src-shared/domain/quick-log';
import { createInputOf, linksWith, type QuickLogChoices, type QuickLogHit } from '../../../../src-renderer/components/quick-log/quick-log-input';
import type { QuickLogContext } from '../../../../src-renderer/stores/quick-log-store';

const nowMs = Date.parse('2027-03-24T09:15:00Z');
const timeZone = 'Europe/Paris';
const noLinks: QuickLogContext = { contact: null, company: null, deal: null };
const wording = { kindName: (kind: string) => ({ call: 'Appel', meeting: 'Rendez-vous', task: 'Tâche', note: 'Note', visit: 'Visite', email: 'E-mail' })[kind] ?? kind, defaultSubject: (kind: string, name: string) => `${kind} – ${name}` };
const dupont: QuickLogHit = { entity: 'contact', id: '0195f000-0000-7000-8000-000000000001', name: 'Jean Dupont', detail: 'Acme' };
const acme: QuickLogHit = { entity: 'company', id: '0195f000-0000-7000-8000-000000000002', name: 'Acme', detail: null };

function build(line: string, choices: Partial<QuickLogChoices> = {}) {
  const parsed = parseQuickLog(line, { now: nowMs, timeZone });
  const input = createInputOf(parsed, { kind: parsed.kind, links: noLinks, unmatchedName: parsed.who, keepFollowUp: true, nowMs, timeZone, ...choices }, wording);
  // Whatever the quick log sends passes the contract.
  expect(activityCreateInput.safeParse(input).success).toBe(true);
  return input;
}

describe('the quick log’s call to activities.create', () => {
  it('a call keeps its duration, outcome and follow-up, and is named after whom it was with', () => {
    const input = build('call with Dupont, 10 min, interested, follow up Tuesday', { links: linksWith(noLinks, dupont), unmatchedName: null });
    expect(input).toEqual({
      kind: 'call',
      subject: 'Appel – Jean Dupont',
      contactId: dupont.id,
      durationMinutes: 10,
      outcome: 'interested',
      followUp: { kind: 'task', subject: 'Follow up', timing: { allDay: true, startDate: '2027-03-30', endDate: '2027-03-31' } },
    });
  });

  it('a name that matched nobody still names the activity; without any name, the kind does', () => {
    expect(build('appel Dupond').subject).toBe('Appel – Dupond');
    expect(build('appel, répondeur').subject).toBe('Appel');
  });

  it('the follow-up can be dropped', () => {
    expect(build('appel Dupont relancer mardi', { keepFollowUp: false }).followUp).toBeUndefined();
  });

  it('a meeting with a start lasts an hour unless told; without a time it just ended', () => {
    expect(build('meeting Acme tomorrow 14h30').timing).toEqual({ allDay: false, start: '2027-03-25T13:30:00.000Z', end: '2027-03-25T14:30:00.000Z', timeZone });
    expect(build('meeting Acme tomorrow 14h30 2h').timing).toMatchObject({ end: '2027-03-25T15:30:00.000Z' });
    expect(build('visite chez Acme 45 min').timing).toEqual({ allDay: false, start: '2027-03-24T08:30:00.000Z', end: '2027-03-24T09:15:00.000Z', timeZone });
    expect(build('meeting Acme tomorrow 14h30 1h').durationMinutes).toBeUndefined();
  });

  it('only a call has a duration and an outcome, only a task a priority', () => {
    const note = build('appel Dupont 10 min intéressé', { kind: 'note' });
    expect(note).not.toHaveProperty('durationMinutes');
    expect(note).not.toHaveProperty('outcome');
    expect(build('tâche rappeler la banque urgent').priority).toBe('high');
    expect(build('tâche rappeler la banque urgent', { kind: 'call' })).not.toHaveProperty('priority');
  });

  it('a task keeps the person in its subject and has no follow-up', () => {
    const input = build('relancer Dupont vendredi', { links: linksWith(noLinks, dupont), unmatchedName: null });
    expect(input).toMatchObject({ kind: 'task', subject: 'Relancer Dupont', contactId: dupont.id, timing: { allDay: true, startDate: '2027-03-26' } });
  });

  it('keeps the page’s record beside whoever the line names', () => {
    const page: QuickLogContext = { contact: { id: dupont.id, name: dupont.name }, company: null, deal: { id: '0195f000-0000-7000-8000-000000000003', name: 'Renouvellement' } };
    expect(linksWith(page, acme)).toEqual({ ...page, company: { id: acme.id, name: 'Acme' } });
    expect(linksWith(page, { ...dupont, id: '0195f000-0000-7000-8000-000000000009', name: 'Marie Dupont' }).contact?.name).toBe('Marie Dupont');
    expect(build('note: ok', { links: page }).subject).toBe('Ok');
    expect(build('appel', { links: page })).toMatchObject({ subject: 'Appel – Jean Dupont', contactId: dupont.id, dealId: page.deal?.id });
  });
});
