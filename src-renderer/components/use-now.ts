import { useSyncExternalStore } from 'react';

let now = Date.now();
const listeners = new Set<() => void>();
let timer: number | null = null;

function subscribe(listener: () => void): () => void {
  // A newly shown date starts from the present, not from the last tick.
  now = Date.now();
  listeners.add(listener);
  if (timer === null) {
    timer = window.setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, updated every 30 s, so relative dates ("2 minutes ago") stay true. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
