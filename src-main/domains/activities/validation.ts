import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ActivityKind, AttendeeRef } from '../../../src-shared/domain/activities';
import { scopeProblem } from '../../../src-shared/sync/scope';
import type { Core } from '../../core/core';
import { prepared, type ReadDb } from '../../db/handles';
import { recordExists, userExists } from '../common/refs';
import { checkScope } from '../common/scope';
import { checkOwner, type IssueList } from '../common/validation';
import { serverLink } from '../../sync/state';

export type CreateInput = ApiParsedInput<'activities.create'>;
export type ActivityPatch = ApiParsedInput<'activities.update'>['patch'];

/** The fields whose use depends on the kind of activity. */
type KindField = 'timing' | 'recurrence' | 'location' | 'attendees' | 'priority' | 'direction' | 'durationMinutes' | 'outcome' | 'reminders' | 'done';

const eventFields: readonly KindField[] = ['timing', 'recurrence', 'location', 'attendees', 'reminders'];

/** What each kind has: a task is due and done, a call has a direction and an outcome, a meeting a place, attendees and repeats. */
const fieldsOfKind: Record<ActivityKind, ReadonlySet<KindField>> = {
  task: new Set(['timing', 'priority', 'reminders', 'done']),
  call: new Set(['timing', 'direction', 'durationMinutes', 'outcome', 'reminders']),
  meeting: new Set(eventFields),
  visit: new Set(eventFields),
  note: new Set(['timing']),
  email: new Set(['timing', 'direction']),
};

const fieldWords: Record<KindField, string> = {
  timing: 'date',
  recurrence: 'repeat rule',
  location: 'location',
  attendees: 'attendees',
  priority: 'priority',
  direction: 'direction',
  durationMinutes: 'duration',
  outcome: 'outcome',
  reminders: 'reminders',
  done: 'done state',
};

/** Kinds that always sit at a time: a meeting is planned, a call, note or e-mail happened at some moment. */
export const timedKinds: ReadonlySet<ActivityKind> = new Set(['meeting', 'visit', 'call', 'note', 'email']);
/** Of those, the kinds whose time is asked for (the others default to now). */
export const planningKinds: ReadonlySet<ActivityKind> = new Set(['meeting', 'visit']);

/** A value that says something: empty lists, nulls and `false` are what every kind has anyway. */
const isGiven = (value: unknown): boolean => value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0);

/** Refuses (never drops) the fields that do not belong to the kind: "a note has no duration". */
export function checkKindFields(kind: ActivityKind, fields: Partial<Record<KindField, unknown>>, issues: IssueList): void {
  const allowed = fieldsOfKind[kind];
  for (const field of Object.keys(fieldWords) as KindField[]) {
    if (!allowed.has(field) && isGiven(fields[field])) issues.add(field, 'unknown_field', `a ${kind} has no ${fieldWords[field]}`);
  }
}

export function dealExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM deals WHERE id = ? AND deleted = 0').get(id) !== undefined;
}

export function activityExists(db: ReadDb, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM activities WHERE id = ? AND deleted = 0').get(id) !== undefined;
}

type Links = { contactId?: string | null | undefined; companyId?: string | null | undefined; dealId?: string | null | undefined };

/** The records an activity is about must exist here (not in the trash). */
export function checkLinks(db: ReadDb, links: Links, issues: IssueList): void {
  if (links.contactId && !recordExists(db, 'contacts', links.contactId)) issues.add('contactId', 'not_found', 'this contact does not exist');
  if (links.companyId && !recordExists(db, 'companies', links.companyId)) issues.add('companyId', 'not_found', 'this company does not exist');
  if (links.dealId && !dealExists(db, links.dealId)) issues.add('dealId', 'not_found', 'this deal does not exist');
}

/** Attendees must be contacts of the base or users of the office; the same one twice is kept once. */
export function checkAttendees(db: ReadDb, attendees: readonly AttendeeRef[] | undefined, issues: IssueList): AttendeeRef[] | undefined {
  if (attendees === undefined) return undefined;
  const seen = new Set<string>();
  const kept: AttendeeRef[] = [];
  attendees.forEach((attendee, index) => {
    const exists = attendee.kind === 'user' ? userExists(db, attendee.id) : recordExists(db, 'contacts', attendee.id);
    if (!exists) issues.add(`attendees.${index}.id`, 'not_found', attendee.kind === 'user' ? 'this user does not exist' : 'this contact does not exist');
    const key = `${attendee.kind}:${attendee.id}`;
    if (!seen.has(key)) kept.push({ kind: attendee.kind, id: attendee.id });
    seen.add(key);
  });
  return kept;
}

/** Reminders in order, each offset once. */
export function normalizeReminders(reminders: readonly number[] | undefined): number[] | undefined {
  return reminders === undefined ? undefined : [...new Set(reminders)].sort((a, b) => a - b);
}

/** '' is the office, as null. */
export function normalizeScope(scope: string | null | undefined): string | null | undefined {
  return scope === '' ? null : scope;
}

export function checkActivityScope(db: ReadDb, scope: string | null | undefined, issues: IssueList): void {
  if (scope === undefined) return;
  const problem = scopeProblem(scope);
  if (problem) issues.add('scope', 'invalid_value', problem);
  else checkScope(db, scope, issues);
}

/** A private activity is its owner's alone: made private by them, for themself (others see it as busy time). */
export function checkPrivateOwner(core: Core, scope: string | null, ownerId: string, issues: IssueList): void {
  if (scope === 'private' && ownerId !== core.userId) issues.add('scope', 'invalid_value', 'only its owner sees a private activity: keep it shared to plan it for someone else');
}

export function checkFollowUpOf(db: ReadDb, id: string | null | undefined, issues: IssueList): void {
  if (id && !activityExists(db, id)) issues.add('followUpOf', 'not_found', 'the activity this one follows up does not exist');
}

/**
 * Owners, as the office server checks them: a salesperson plans for themself and may hand their
 * own activities over; planning for someone else, or taking over another's, is a manager's act.
 * Said here rather than reverted at the next sync.
 */
export function checkOwnership(core: Core, ownerId: string | undefined, currentOwnerId: string | null, issues: IssueList): void {
  checkOwner(core.read, ownerId, issues);
  const link = serverLink(core);
  if (!link || link.role !== 'salesperson' || ownerId === undefined || ownerId === currentOwnerId) return;
  const allowed = currentOwnerId === null ? ownerId === link.accountId : currentOwnerId === link.accountId;
  if (!allowed) throw new ApiError({ code: 'forbidden', message: 'Only managers and administrators plan activities for someone else or take over another user’s activities.' });
}
