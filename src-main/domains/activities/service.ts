import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Activity, ActivityKind } from '../../../src-shared/domain/activities';
import { isTimeZone, type EventTiming } from '../../../src-shared/domain/recurrence';
import { correctedNow, type Core } from '../../core/core';
import { write } from '../../core/transactions';
import type { Row } from '../../db/synced-tables';
import { insertRecord, updateRecord } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { IssueList } from '../common/validation';
import { syncBusySlot } from './busy-slots';
import { activityColumns, normalizeRecurrence, timingColumnValues, timingOfRow } from './mapping';
import { findActivityRow, getActivity } from './queries';
import {
  checkActivityScope,
  checkAttendees,
  checkFollowUpOf,
  checkKindFields,
  checkLinks,
  checkOwnership,
  checkPrivateOwner,
  normalizeReminders,
  normalizeScope,
  planningKinds,
  timedKinds,
  type ActivityPatch,
  type CreateInput,
} from './validation';

/** The zone of this device, for activities logged "now" without a time. */
function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** A call, note or e-mail logged without a time happened now (a call that lasted N minutes ended now). */
function loggedNow(nowMs: number, durationMinutes: number | null | undefined): EventTiming {
  const start = new Date(nowMs - (durationMinutes ?? 0) * 60_000).toISOString();
  return { allDay: false, start, end: new Date(nowMs).toISOString(), timeZone: deviceTimeZone() };
}

const kindFieldsOf = (fields: ActivityPatch & { done?: boolean | undefined }) => ({
  timing: fields.timing,
  recurrence: fields.recurrence,
  location: fields.location,
  attendees: fields.attendees,
  priority: fields.priority,
  direction: fields.direction,
  durationMinutes: fields.durationMinutes,
  outcome: fields.outcome,
  reminders: fields.reminders,
  done: fields.done,
});

/** A reminder rings before a time: an activity without one cannot have any. */
function checkRemindable(reminders: readonly number[] | undefined, dated: boolean, issues: IssueList): void {
  if (reminders?.length && !dated) issues.add('reminders', 'invalid_value', 'a reminder needs a date or a time to ring before');
}

/** The columns of the fields every kind shares, plus the kind-specific ones given (already checked). */
function fieldColumns(kind: ActivityKind, fields: ActivityPatch, attendees: ReturnType<typeof checkAttendees>): Row {
  const { timing: _timing, recurrence, attendees: _attendees, reminders, priority, scope, ...plain } = fields;
  const row: Row = toColumns(plain, activityColumns);
  if (recurrence !== undefined) row.recurrence = recurrence === null ? null : JSON.stringify(normalizeRecurrence(recurrence));
  if (attendees !== undefined) row.attendees = JSON.stringify(attendees);
  if (reminders !== undefined) row.reminders = JSON.stringify(normalizeReminders(reminders));
  if (priority !== undefined && kind === 'task') row.priority = priority ?? 'normal';
  if (scope !== undefined) row.scope = normalizeScope(scope) ?? null;
  return row;
}

export function createActivity(core: Core, input: CreateInput): Activity {
  const { kind, followUp, done, followUpOf, ownerId, ...fields } = input;
  const issues = new IssueList();
  checkKindFields(kind, kindFieldsOf({ ...fields, done }), issues);
  if (planningKinds.has(kind) && !fields.timing) issues.add('timing', 'required', `a ${kind} needs a date`);
  checkRemindable(fields.reminders, !!fields.timing || timedKinds.has(kind), issues);
  checkLinks(core.read, fields, issues);
  const attendees = checkAttendees(core.read, fields.attendees, issues);
  checkActivityScope(core.read, normalizeScope(fields.scope), issues);
  checkFollowUpOf(core.read, followUpOf, issues);
  checkOwnership(core, ownerId, null, issues);
  checkPrivateOwner(core, normalizeScope(fields.scope) ?? null, ownerId ?? core.userId, issues);
  issues.throwIfAny();

  const nowMs = correctedNow(core);
  const timing = fields.timing ?? (timedKinds.has(kind) ? loggedNow(nowMs, fields.durationMinutes) : null);
  const owner = ownerId ?? core.userId;
  const id = uuidv7();
  const values: Row = {
    ...fieldColumns(kind, fields, attendees),
    kind,
    owner_id: owner,
    ...timingColumnValues(timing),
    priority: kind === 'task' ? (fields.priority ?? 'normal') : null,
    done_at: kind === 'task' && done ? new Date(nowMs).toISOString() : null,
    follow_up_of: followUpOf ?? null,
  };
  write(core, (tx) => {
    insertRecord(tx, 'activities', id, values);
    syncBusySlot(tx, id);
    if (followUp) {
      // The next step, planned while logging this one: same people, same owner, same sharing.
      const next = uuidv7();
      insertRecord(tx, 'activities', next, {
        kind: followUp.kind,
        subject: followUp.subject,
        owner_id: owner,
        scope: values.scope ?? null,
        contact_id: values.contact_id ?? null,
        company_id: values.company_id ?? null,
        deal_id: values.deal_id ?? null,
        ...timingColumnValues(followUp.timing),
        priority: followUp.kind === 'task' ? 'normal' : null,
        follow_up_of: id,
      });
      syncBusySlot(tx, next);
    }
  });
  return getActivity(core.read, core.userId, id);
}

export function updateActivity(core: Core, input: ApiParsedInput<'activities.update'>): Activity {
  const current = findActivityRow(core.read, core.userId, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Activity', input.id);
  const kind = current.kind as ActivityKind;
  const { patch } = input;
  const issues = new IssueList();
  checkKindFields(kind, kindFieldsOf(patch), issues);
  if (patch.timing === null && timedKinds.has(kind)) issues.add('timing', 'required', `a ${kind} needs a date`);
  const timing = patch.timing === undefined ? timingOfRow(current) : patch.timing;
  checkRemindable(patch.reminders, timing !== null, issues);
  checkLinks(core.read, patch, issues);
  const attendees = checkAttendees(core.read, patch.attendees, issues);
  checkActivityScope(core.read, normalizeScope(patch.scope), issues);
  checkOwnership(core, patch.ownerId, current.owner_id, issues);
  const scope = normalizeScope(patch.scope);
  checkPrivateOwner(core, scope === undefined ? current.scope : scope, patch.ownerId ?? current.owner_id, issues);
  issues.throwIfAny();

  const values: Row = { ...fieldColumns(kind, patch, attendees), ...(patch.timing !== undefined ? timingColumnValues(patch.timing) : {}) };
  // An undated task keeps no reminders.
  if (!timing && current.reminders && current.reminders !== '[]') values.reminders = '[]';
  write(core, (tx) => {
    updateRecord(tx, 'activities', input.id, values);
    syncBusySlot(tx, input.id);
  });
  return getActivity(core.read, core.userId, input.id);
}

/** Ticks a task done (keeping when it was first done) or opens it again. */
export function completeActivity(core: Core, input: ApiParsedInput<'activities.complete'>): Activity {
  const current = findActivityRow(core.read, core.userId, input.id);
  if (!current || current.deleted === 1) throw ApiError.notFound('Activity', input.id);
  if (current.kind !== 'task') {
    const issues = new IssueList();
    issues.add('done', 'unknown_field', `a ${current.kind} has no done state: only tasks are done`);
    issues.throwIfAny();
  }
  const doneAt = input.done ? (current.done_at ?? new Date(correctedNow(core)).toISOString()) : null;
  write(core, (tx) => updateRecord(tx, 'activities', input.id, { done_at: doneAt }));
  return getActivity(core.read, core.userId, input.id);
}

/** Moves activities to the trash, or back; their busy slots follow. Returns the ids that changed. */
export function setActivitiesDeleted(core: Core, ids: readonly string[], deleted: boolean): { ids: string[] } {
  for (const id of ids) if (!findActivityRow(core.read, core.userId, id)) throw ApiError.notFound('Activity', id);
  return {
    ids: write(core, (tx) => {
      const changed: string[] = [];
      for (const id of ids) {
        if (updateRecord(tx, 'activities', id, { deleted: deleted ? 1 : 0 }).length > 0) changed.push(id);
        syncBusySlot(tx, id);
      }
      return changed;
    }),
  };
}
