/**
 * The stretch of time an activity (or a whole series) may cover, as the agenda's index keeps it:
 * ISO instants compared as text. All-day dates widen by the extreme UTC offsets (−12 h … +14 h)
 * so that whatever the viewer's zone, the span contains the days; the agenda then expands the
 * exact occurrences. Undated activities (a task without a due date, a note) sit at their creation.
 */
import { seriesSpan, type EventTiming, type Recurrence } from './recurrence';

export type TimingFields = {
  allDay: boolean;
  startsAt: string | null;
  endsAt: string | null;
  startDate: string | null;
  endDate: string | null;
  timeZone: string | null;
  recurrence: Recurrence | null;
  createdAt: string;
};

export type ActivitySpan = { spanStart: string; spanEnd: string; longSpan: 0 | 1 };

/** An endless series' end: after every ISO instant the app writes. */
export const OPEN_END = '9999-12-31T23:59:59.999Z';
const LONG_MS = 31 * 86_400_000;
const EARLIEST_OFFSET_MS = 14 * 3_600_000;
const LATEST_OFFSET_MS = 12 * 3_600_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** The activity's timing in the recurrence module's terms, or null when it has none (or a broken one). */
export function eventTimingOf(fields: Omit<TimingFields, 'recurrence' | 'createdAt'>): EventTiming | null {
  if (fields.allDay) {
    if (!fields.startDate) return null;
    const endDate = fields.endDate && fields.endDate > fields.startDate ? fields.endDate : nextDay(fields.startDate);
    return { allDay: true, startDate: fields.startDate, endDate };
  }
  if (!fields.startsAt || !Number.isFinite(Date.parse(fields.startsAt))) return null;
  const end = fields.endsAt && Date.parse(fields.endsAt) >= Date.parse(fields.startsAt) ? fields.endsAt : fields.startsAt;
  return { allDay: false, start: iso(Date.parse(fields.startsAt)), end: iso(Date.parse(end)), timeZone: fields.timeZone ?? 'UTC' };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function activitySpan(fields: TimingFields): ActivitySpan {
  const timing = eventTimingOf(fields);
  if (!timing) return { spanStart: fields.createdAt, spanEnd: fields.createdAt, longSpan: 0 };
  const span = seriesSpan(timing, fields.recurrence) ?? seriesSpan(timing, null);
  let startMs: number;
  let endMs: number | null;
  if (!span) {
    return { spanStart: fields.createdAt, spanEnd: fields.createdAt, longSpan: 0 };
  } else if (span.allDay) {
    startMs = Date.parse(`${span.startDate}T00:00:00Z`) - EARLIEST_OFFSET_MS;
    endMs = span.endDate === null ? null : Date.parse(`${span.endDate}T00:00:00Z`) + LATEST_OFFSET_MS;
  } else {
    startMs = Date.parse(span.start);
    endMs = span.end === null ? null : Date.parse(span.end);
  }
  const spanEnd = endMs === null ? OPEN_END : iso(endMs);
  return { spanStart: iso(startMs), spanEnd, longSpan: endMs === null || endMs - startMs > LONG_MS ? 1 : 0 };
}

/** Reads a stored recurrence (JSON text); a damaged one reads as none. */
export function parseRecurrence(text: string | null | undefined): Recurrence | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && 'rule' in value ? (value as Recurrence) : null;
  } catch {
    return null;
  }
}
