import i18next from 'i18next';
import { create } from 'zustand';
import type { Activity, ActivityKind, AgendaEvent } from '../../src-shared/domain/activities';
import type { EventTiming, OccurrenceKey, OccurrenceOverride } from '../../src-shared/domain/recurrence';
import type { ActivityCreateInput } from '../../src-shared/contract/inputs/activities';
import { invoke } from '../api/client';
import type { ActivityUpdateInput } from '../lib/activity-draft';
import { userTimeZone } from '../lib/agenda-dates';
import { occurrenceTiming } from '../lib/agenda-timing';
import type { OpenedOccurrence } from '../lib/occurrence-edit';
import { scheduleRefresh } from './live-updates';
import { attempt, notifyWithUndo } from './record-actions';
import { notify } from './toast-store';

/** What the dialog is opened for: an activity to edit, or a new one with these defaults. */
export type ActivityDialogRequest = {
  activityId?: string;
  /** The occurrence of the series `activityId` it was opened on (from the agenda): shown, and changed alone if the user says so. */
  occurrence?: OpenedOccurrence;
  kind?: ActivityKind;
  timing?: EventTiming;
  subject?: string;
  contactId?: string | null;
  companyId?: string | null;
  dealId?: string | null;
};

type ActivityDialogState = {
  request: ActivityDialogRequest | null;
  /** Counts openings: each one starts a fresh dialog. */
  openings: number;
};

/** The activity dialog, one for the whole window (the agenda, Today and record timelines open it). */
export const useActivityDialogStore = create<ActivityDialogState>()(() => ({ request: null, openings: 0 }));

/** Opens the dialog: edits `activityId`, or creates an activity with the defaults given. */
export function openActivityDialog(request: ActivityDialogRequest): void {
  useActivityDialogStore.setState((state) => ({ request, openings: state.openings + 1 }));
}

/** Opens what the agenda or Today shows: an activity, or one occurrence of a series (changed or deleted alone, or with the series). */
export function openAgendaEvent(event: AgendaEvent): void {
  const occurrence = event.occurrenceKey ? { key: event.occurrenceKey, timing: occurrenceTiming(event, userTimeZone()) } : undefined;
  openActivityDialog({ activityId: event.activityId, ...(occurrence ? { occurrence } : {}) });
}

export function closeActivityDialog(): void {
  useActivityDialogStore.setState({ request: null });
}

/** Creates an activity. Throws the client error, so the dialog can show field issues. */
export async function createActivity(input: ActivityCreateInput): Promise<Activity> {
  const activity = await invoke('activities.create', input);
  scheduleRefresh('activity');
  notify(i18next.t('agenda.activity.created', { subject: activity.subject }));
  return activity;
}

/** Saves an activity, and its done state when it changed (a task). Throws the client error. */
export async function updateActivity(input: ActivityUpdateInput, done?: boolean): Promise<Activity> {
  let activity = await invoke('activities.update', input);
  if (done !== undefined && done !== (activity.doneAt !== null)) activity = await invoke('activities.complete', { id: activity.id, done });
  scheduleRefresh('activity');
  notify(i18next.t('agenda.activity.updated', { subject: activity.subject }));
  return activity;
}

async function restoreActivity(id: string, subject: string): Promise<void> {
  if (!(await attempt(() => invoke('activities.restore', { ids: [id] })))) return;
  scheduleRefresh('activity');
  notify(i18next.t('agenda.activity.restored', { subject }), 'info');
}

/** Deletes an activity at once, with an Undo in the toast. True when it went through. */
export async function deleteActivity(activity: { id: string; subject: string }): Promise<boolean> {
  if (!(await attempt(() => invoke('activities.delete', { ids: [activity.id] })))) return false;
  scheduleRefresh('activity');
  notifyWithUndo(i18next.t('agenda.activity.deleted', { subject: activity.subject }), 'info', () => restoreActivity(activity.id, activity.subject));
  return true;
}

type OccurrenceChange = { timing?: EventTiming; subject?: string; location?: string } | { restore: true };

/** Changes one occurrence of a series on its own (its time, subject or place), or restores it as in the series. Throws the client error. */
export async function editOccurrence(activityId: string, key: OccurrenceKey, change: OccurrenceChange, subject: string): Promise<Activity> {
  const activity = await invoke('activities.editOccurrence', { id: activityId, occurrenceKey: key, change });
  scheduleRefresh('activity');
  notify(i18next.t('restore' in change ? 'agenda.activity.occurrence.restored' : 'agenda.activity.occurrence.updated', { subject }));
  return activity;
}

/** The edit an occurrence had, as a change that puts it back (Undo of a cancellation). */
function changeBack(previous: OccurrenceOverride | undefined): OccurrenceChange {
  if (!previous || previous.cancelled) return { restore: true };
  return {
    timing: previous.timing,
    ...(previous.subject !== undefined ? { subject: previous.subject } : {}),
    ...(previous.location !== undefined ? { location: previous.location ?? '' } : {}),
  };
}

/** Cancels one occurrence of a series, with an Undo in the toast that brings it back as it was. True when it went through. */
export async function cancelOccurrence(activity: Activity, key: OccurrenceKey, subject: string): Promise<boolean> {
  const previous = activity.recurrence?.overrides?.find((override) => override.key === key);
  if (!(await attempt(() => invoke('activities.editOccurrence', { id: activity.id, occurrenceKey: key, change: { cancelled: true } })))) return false;
  scheduleRefresh('activity');
  notifyWithUndo(i18next.t('agenda.activity.occurrence.deleted', { subject }), 'info', async () => {
    if (await attempt(() => invoke('activities.editOccurrence', { id: activity.id, occurrenceKey: key, change: changeBack(previous) }))) scheduleRefresh('activity');
  });
  return true;
}
