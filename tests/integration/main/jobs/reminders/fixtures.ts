import { v7 as uuidv7 } from 'uuid';
import type { ApiEventName, ApiEvents } from '../../../../../src-shared/contract/events';
import type { DueReminder } from '../../../../../src-shared/domain/activities';
import type { Recurrence } from '../../../../../src-shared/domain/recurrence';
import type { Core } from '../../../../../src-main/core/core';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord, updateRecord } from '../../../../../src-main/db/write-path';
import { createReminderScheduler, type ReminderScheduler } from '../../../../../src-main/jobs/reminders/scheduler';
import type { ReminderTimers } from '../../../../../src-main/jobs/reminders/timers';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Time under the test's control, for the core (HLC stamps, created_at), the scheduler's clock
 * and its timers: time moves only when told, and a "sleep" moves it without running timers, as
 * a suspended computer does; they then fire late.
 */
export function controlledTime(startMs: number) {
  let now = startMs;
  let nextId = 1;
  const pending = new Map<number, { at: number; fire: () => void }>();
  const timers: ReminderTimers = {
    setTimer: (ms, fire) => {
      const id = nextId++;
      pending.set(id, { at: now + ms, fire });
      return id;
    },
    clearTimer: (handle) => pending.delete(handle as number),
  };
  const runDue = (until: number, late: boolean) => {
    for (;;) {
      const due = [...pending.entries()].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) return;
      pending.delete(due[0]);
      if (!late) now = due[1].at;
      due[1].fire();
    }
  };
  return {
    clock: { now: () => now },
    timers,
    /** Moves time forward, running each timer at its time. */
    advance(ms: number) {
      const until = now + ms;
      runDue(until, false);
      now = until;
    },
    /** The computer sleeps `ms`: no timer runs meanwhile; on waking, those due fire, late. */
    sleep(ms: number) {
      now += ms;
      runDue(now, true);
    },
    /** The clock is set (the app closed meanwhile, or a test sets the scene). */
    set(ms: number) {
      now = ms;
    },
    pendingTimers: () => pending.size,
  };
}

export type ActivityFields = {
  kind?: 'meeting' | 'visit' | 'task' | 'call' | 'note';
  subject?: string;
  ownerId?: string;
  startsAt?: number;
  endsAt?: number;
  allDay?: { startDate: string; endDate: string };
  timeZone?: string;
  recurrence?: Recurrence;
  reminders?: number[];
  attendees?: { kind: 'contact' | 'user'; id: string }[];
  location?: string;
  contactId?: string;
  companyId?: string;
  dealId?: string;
};

/** Writes an activity through the write path, as the activity handlers do. */
export function addActivity(core: Core, fields: ActivityFields): string {
  const id = uuidv7();
  const timed = fields.allDay === undefined;
  write(core, (tx) =>
    insertRecord(tx, 'activities', id, {
      kind: fields.kind ?? 'meeting',
      subject: fields.subject ?? 'Rendez-vous Dupont',
      owner_id: fields.ownerId ?? core.userId,
      all_day: timed ? 0 : 1,
      starts_at: timed && fields.startsAt !== undefined ? iso(fields.startsAt) : null,
      ends_at: timed && fields.startsAt !== undefined ? iso(fields.endsAt ?? fields.startsAt + HOUR) : null,
      start_date: fields.allDay?.startDate ?? null,
      end_date: fields.allDay?.endDate ?? null,
      time_zone: timed ? (fields.timeZone ?? 'Europe/Paris') : null,
      recurrence: fields.recurrence ? JSON.stringify(fields.recurrence) : null,
      reminders: JSON.stringify(fields.reminders ?? [15]),
      attendees: JSON.stringify(fields.attendees ?? []),
      location: fields.location ?? null,
      contact_id: fields.contactId ?? null,
      company_id: fields.companyId ?? null,
      deal_id: fields.dealId ?? null,
    }),
  );
  return id;
}

export function changeActivity(core: Core, id: string, patch: Record<string, string | number | null>): void {
  write(core, (tx) => updateRecord(tx, 'activities', id, patch));
}

/** A scheduler on controlled time whose reminders are collected; writes re-arm it at once. */
export function startScheduler(core: Core, time: ReturnType<typeof controlledTime>, options: { timeZone?: string; maxTimerMs?: number } = {}) {
  const shown: (DueReminder & { shownAt: number })[] = [];
  const scheduler: ReminderScheduler = createReminderScheduler(core, {
    notify: (reminder) => shown.push({ ...reminder, shownAt: time.clock.now() }),
    clock: time.clock,
    timers: time.timers,
    timeZone: options.timeZone ?? 'Europe/Paris',
    defer: (run) => run(),
    ...(options.maxTimerMs ? { maxTimerMs: options.maxTimerMs } : {}),
  });
  scheduler.start();
  return { scheduler, shown };
}

/** The events the core announced, by name. */
export function recordEvents(core: Core) {
  const events: { name: ApiEventName; payload: ApiEvents[ApiEventName] }[] = [];
  const stop = core.events.subscribe((name, payload) => events.push({ name, payload }));
  return { events, stop };
}
