/** The passing of time as the reminder scheduler sees it; tests give their own. */
export type ReminderClock = { now: () => number };

export type ReminderTimers = {
  setTimer: (ms: number, fire: () => void) => unknown;
  clearTimer: (handle: unknown) => void;
};

/** Node's timers, not keeping the process alive on their own. */
export const systemTimers: ReminderTimers = {
  setTimer: (ms, fire) => {
    const timer = setTimeout(fire, ms);
    timer.unref();
    return timer;
  },
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs work right after the current call has answered (a write's handler is not made to wait). */
export function afterCurrentCall(run: () => void): void {
  setImmediate(run).unref();
}
