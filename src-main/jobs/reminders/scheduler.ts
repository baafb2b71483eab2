import type { ApiEvents } from '../../../src-shared/contract/events';
import type { DueReminder } from '../../../src-shared/domain/activities';
import type { Core } from '../../core/core';
import { activityRings, dueReminderOf, ringKey, userRings, type Ring, type RingWindows } from '../../domains/reminders/collect';
import { ackKey } from '../../domains/reminders/queries';
import { MAX_OFFSET_MS, MISSED_LOOKBACK_MS, worthShowing } from '../../domains/reminders/rules';
import { reminderScope, systemTimeZone } from '../../domains/reminders/service';
import { log } from '../../log';
import { afterCurrentCall, systemTimers, type ReminderClock, type ReminderTimers } from './timers';

export type ReminderSchedulerOptions = {
  /** Shows a reminder (the hosts push it to the window and, on the desktop, as a notification). */
  notify: (reminder: DueReminder) => void;
  /** Defaults to the core's clock. */
  clock?: ReminderClock;
  timers?: ReminderTimers;
  /** The zone all-day reminders ring in (09:00 there); the computer's by default. */
  timeZone?: string;
  /** How a look after a write waits for the write's call to answer; tests run it at once. */
  defer?: (run: () => void) => void;
  /** The longest the one timer waits before looking again (default five minutes). */
  maxTimerMs?: number;
  /** A timer this late means the computer slept (default one minute). */
  sleepToleranceMs?: number;
};

/** Everything, the activities a write changed, or what a timer looks at (see timerLook). */
type Look = 'all' | 'timer' | ReadonlySet<string>;

export type ReminderScheduler = {
  /** Delivers what was missed while the app was closed, then arms the timer. */
  start: () => void;
  /** Looks again at everything now: after sleep or unlock (the desktop calls it on resume). */
  rearm: () => void;
  stop: () => void;
  /** When the timer is armed for, or null when stopped (for tests and logs). */
  armedFor: () => number | null;
};

const DAY_MS = 86_400_000;
/** Between these, a timer looks only at the activities whose reminder is due (writes are seen as they happen). */
const FULL_LOOK_EVERY_MS = 60 * 60_000;
/** More activities changed at once than this (an import, a first sync): look at everything. */
const MAX_TARGETED = 200;

/**
 * Rings the current user's reminders while the app runs, with one timer armed for the earliest
 * coming reminder (never longer than `maxTimerMs`, so a long wait, a changed clock or a wake
 * from sleep is seen soon). Each reminder time rings once; an occurrence with several due at
 * once rings once, for its latest. Reminders whose time passed while the app was closed (in the
 * last seven days) ring at start, and those that passed while the computer slept ring when it
 * wakes — both marked missed.
 *
 * A timer, start and `rearm` look at all the user's activities of the coming weeks (through the
 * span indexes); a write to some activities (or to the user's answers, announced as their
 * activity) looks again at those only, by id, so editing the agenda never waits on a wide read.
 */
export function createReminderScheduler(core: Core, options: ReminderSchedulerOptions): ReminderScheduler {
  const clock = options.clock ?? core.clock;
  const timers = options.timers ?? systemTimers;
  const defer = options.defer ?? afterCurrentCall;
  const maxTimerMs = options.maxTimerMs ?? 5 * 60_000;
  const sleepToleranceMs = options.sleepToleranceMs ?? 60_000;
  const horizonMs = DAY_MS;

  let timer: unknown = null;
  let armedAt: number | null = null;
  let lastLookMs: number | null = null;
  let awakeSinceMs = 0;
  let stopped = true;
  let looking = false;
  /** What to look at once the current look is done (or the deferred look runs): 'all', or activity ids. */
  let queued: 'all' | Set<string> | null = null;
  let deferred = false;
  let unsubscribe: (() => void) | null = null;
  /** Rings already shown, by ringKey, with their time (forgotten once older than the look-back). */
  const rung = new Map<string, number>();
  /** The coming rings, by activity: the timer is armed for the earliest. */
  const coming = new Map<string, Ring[]>();

  function disarm(): void {
    if (timer !== null) timers.clearTimer(timer);
    timer = null;
    armedAt = null;
  }

  function arm(nowMs: number): void {
    let nextMs: number | null = null;
    for (const rings of coming.values()) for (const ring of rings) if (nextMs === null || ring.ringAtMs < nextMs) nextMs = ring.ringAtMs;
    // A reminder that came due while looking at something else rings right after.
    const delay = nextMs === null ? maxTimerMs : Math.min(Math.max(nextMs - nowMs, 0), maxTimerMs);
    armedAt = nowMs + delay;
    timer = timers.setTimer(delay, () => {
      timer = null;
      look('timer');
    });
  }

  /** Due while the app was closed or the computer asleep, and the activity already existed then. */
  function missedWhileAway(ring: Ring): boolean {
    return ring.ringAtMs < awakeSinceMs && (ring.snoozed || ring.ringAtMs >= ring.createdAtMs);
  }

  function deliver(rings: Ring[], nowMs: number): void {
    // Several reminders of one occurrence due together (the app was closed): the latest says it all.
    const latest = new Map<string, Ring>();
    for (const ring of rings) {
      rung.set(ringKey(ring), ring.ringAtMs);
      const key = ackKey(ring.activity.id, ring.occurrenceKey);
      const kept = latest.get(key);
      if (!kept || kept.ringAtMs < ring.ringAtMs) latest.set(key, ring);
    }
    for (const ring of [...latest.values()].sort((a, b) => a.ringAtMs - b.ringAtMs)) {
      try {
        options.notify(dueReminderOf(core.read, ring, missedWhileAway(ring)));
      } catch (error) {
        log.warn({ err: (error as Error)?.message, activity: ring.activity.id }, 'a reminder could not be shown');
      }
    }
    for (const [key, ringAtMs] of rung) if (ringAtMs < nowMs - MISSED_LOOKBACK_MS - DAY_MS) rung.delete(key);
  }

  /**
   * What to read: everything now and then (and when asked), else the activities asked for and
   * those whose coming reminder has come.
   */
  function toRead(asked: Look, nowMs: number): 'all' | ReadonlySet<string> {
    if (asked === 'all' || lastLookMs === null || nowMs - lastLookMs >= FULL_LOOK_EVERY_MS || nowMs < lastLookMs) return 'all';
    const ids = new Set(asked === 'timer' ? [] : asked);
    for (const [id, rings] of coming) if (rings.some((ring) => ring.ringAtMs <= nowMs)) ids.add(id);
    return ids;
  }

  function lookOnce(asked: Look): void {
    const nowMs = clock.now();
    let what = toRead(asked, nowMs);
    if (armedAt !== null && nowMs - armedAt > sleepToleranceMs) {
      // The timer is much later than it was asked to be: the computer slept (or its clock jumped).
      log.info({ lateMs: nowMs - armedAt }, 'reminders: woke from sleep');
      awakeSinceMs = nowMs;
      what = 'all';
    }
    disarm();
    if (!core.db.open) return;
    const fromMs = lastLookMs === null ? nowMs - MISSED_LOOKBACK_MS : Math.min(lastLookMs, nowMs);
    const windows: RingWindows = { startFromMs: fromMs, startToMs: nowMs + horizonMs + MAX_OFFSET_MS, snoozeFromMs: fromMs, snoozeToMs: nowMs + horizonMs };
    const scope = reminderScope(core, options.timeZone ?? systemTimeZone());
    let rings: Ring[];
    if (what === 'all') {
      rings = userRings(core.read, scope, windows);
      coming.clear();
      lastLookMs = nowMs;
    } else {
      rings = what.size === 0 ? [] : activityRings(core.read, scope, [...what], windows);
      for (const id of what) coming.delete(id);
    }
    const due: Ring[] = [];
    for (const ring of rings) {
      if (rung.has(ringKey(ring))) continue;
      if (ring.ringAtMs > nowMs) coming.set(ring.activity.id, [...(coming.get(ring.activity.id) ?? []), ring]);
      else if (worthShowing({ ...ring, baseMs: ring.occurrence.baseMs }, nowMs)) due.push(ring);
    }
    deliver(due, nowMs);
    arm(nowMs);
  }

  function look(what: Look): void {
    if (stopped) return;
    if (looking) {
      // A reminder shown made something write: look at it once this look is done.
      queue(what);
      return;
    }
    looking = true;
    try {
      let next: Look | null = what;
      while (next !== null && !stopped) {
        lookOnce(next);
        next = queued;
        queued = null;
      }
    } catch (error) {
      log.warn({ err: (error as Error)?.message }, 'reminders could not be read; trying again later');
      disarm();
      arm(clock.now());
    } finally {
      looking = false;
    }
  }

  function queue(what: Look): void {
    if (queued === 'all' || what === 'all' || what === 'timer') queued = 'all';
    else queued = new Set([...(queued ?? []), ...what]);
    if (queued !== 'all' && queued.size > MAX_TARGETED) queued = 'all';
  }

  function afterWrite(what: Look): void {
    if (stopped) return;
    queue(what);
    if (deferred || looking) return;
    deferred = true;
    defer(() => {
      deferred = false;
      const next = queued;
      queued = null;
      if (next !== null) look(next);
    });
  }

  return {
    start: () => {
      if (!stopped) return;
      stopped = false;
      awakeSinceMs = clock.now();
      unsubscribe = core.events.subscribe((name, payload) => {
        if (name !== 'data.changed') return;
        const { entity, ids } = payload as ApiEvents['data.changed'];
        // Activities and the user's answers (announced as their activity); the user may change on login.
        if (entity === 'activity') afterWrite(new Set(ids));
        else if (entity === 'profile') afterWrite('all');
      });
      look('all');
    },
    rearm: () => look('all'),
    stop: () => {
      stopped = true;
      unsubscribe?.();
      unsubscribe = null;
      queued = null;
      disarm();
    },
    armedFor: () => armedAt,
  };
}
