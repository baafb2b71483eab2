import type { AgendaEvent } from '../../../src-shared/domain/activities';

export type Moment = 'past' | 'now' | 'next' | 'later' | 'allDay';

/**
 * Where each of today's meetings stands at `nowMs`: over, under way, the next one to start
 * (only one), or later. All-day ones stand apart.
 */
export function meetingMoments(events: readonly AgendaEvent[], nowMs: number): Map<string, Moment> {
  const moments = new Map<string, Moment>();
  let next: AgendaEvent | null = null;
  for (const event of events) {
    if (event.allDay) {
      moments.set(event.key, 'allDay');
      continue;
    }
    const start = Date.parse(event.start);
    const end = Date.parse(event.end);
    if (start <= nowMs && nowMs < Math.max(end, start + 1)) moments.set(event.key, 'now');
    else if (Math.max(end, start) <= nowMs) moments.set(event.key, 'past');
    else {
      moments.set(event.key, 'later');
      if (!next || start < Date.parse(next.start)) next = event;
    }
  }
  if (next) moments.set(next.key, 'next');
  return moments;
}

/** Today's meetings in order: all-day ones first, then by start. */
export function inDayOrder(events: readonly AgendaEvent[]): AgendaEvent[] {
  return [...events].sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}

/** A number of days typed in place: whole, from 1 to 3650; null when it is not one. */
export function neglectedDaysOf(text: string): number | null {
  const value = Number(text.trim());
  return Number.isInteger(value) && value >= 1 && value <= 3_650 ? value : null;
}
