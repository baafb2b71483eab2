import i18next from 'i18next';
import { create } from 'zustand';
import type { Activity, ActivityKind } from '../../src-shared/domain/activities';
import type { EventTiming } from '../../src-shared/domain/recurrence';
import type { ActivityCreateInput } from '../../src-shared/contract/inputs/activities';
import { invoke } from '../api/client';
import type { ActivityUpdateInput } from '../lib/activity-draft';
import { scheduleRefresh } from './live-updates';
import { attempt, notifyWithUndo } from './record-actions';
import { notify } from './toast-store';

/** What the dialog is opened for: an activity to edit, or a new one with these defaults. */
export type ActivityDialogRequest = {
  activityId?: string;
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
