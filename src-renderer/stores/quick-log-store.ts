import { create } from 'zustand';
import type { Activity } from '../../src-shared/domain/activities';
import type { ActivityCreateInput } from '../../src-shared/contract/inputs/activities';
import { invoke } from '../api/client';
import { useCompanyDetailStore, useContactDetailStore, useDealDetailStore } from './detail-stores';
import { scheduleRefresh } from './live-updates';
import { useRouterStore } from './router-store';

export type QuickLogRecord = { id: string; name: string };

/** The records a quick log starts linked to (the page it was opened from). */
export type QuickLogContext = { contact: QuickLogRecord | null; company: QuickLogRecord | null; deal: QuickLogRecord | null };

export const noContext: QuickLogContext = { contact: null, company: null, deal: null };

type QuickLogState = {
  open: boolean;
  context: QuickLogContext;
  /** Counts openings: each one starts a fresh line. */
  openings: number;
};

export const useQuickLogStore = create<QuickLogState>()(() => ({ open: false, context: noContext, openings: 0 }));

/** The record of the page on screen (a contact's, a company's or a deal's), once it is loaded. */
export function quickLogContextHere(): QuickLogContext {
  const route = useRouterStore.getState().route;
  if (route.name === 'contact') {
    const contact = useContactDetailStore.getState().record;
    if (contact?.id === route.id) return { ...noContext, contact: { id: contact.id, name: contact.displayName } };
  } else if (route.name === 'company') {
    const company = useCompanyDetailStore.getState().record;
    if (company?.id === route.id) return { ...noContext, company: { id: company.id, name: company.name } };
  } else if (route.name === 'deal') {
    const deal = useDealDetailStore.getState().record;
    if (deal?.id === route.id) return { ...noContext, deal: { id: deal.id, name: deal.title } };
  }
  return noContext;
}

/** Opens the quick log, linked to these records (by default, the one of the page on screen). */
export function openQuickLog(context: Partial<QuickLogContext> = quickLogContextHere()): void {
  useQuickLogStore.setState((state) => ({ open: true, context: { ...noContext, ...context }, openings: state.openings + 1 }));
}

export function closeQuickLog(): void {
  useQuickLogStore.setState({ open: false });
}

/** Saves what the quick log read (and its follow-up). Throws the client error for the dialog to show. */
export async function saveQuickLog(input: ActivityCreateInput): Promise<Activity> {
  const activity = await invoke('activities.create', input);
  scheduleRefresh('activity');
  return activity;
}
