/**
 * A timeline page as it is shown: activities as they come, the record's field changes folded
 * into one entry per save (as the History tab groups them), and all of it under day headings,
 * with what is still ahead under "Upcoming".
 */
import type { ActivityListRow, TimelineItem } from '../../../src-shared/domain/activities';
import type { HistoryEntry } from '../../../src-shared/domain/records';
import { groupHistory, type HistoryGroup } from '../../lib/history-groups';

export type TimelineEntry = { type: 'activity'; key: string; at: string; activity: ActivityListRow } | { type: 'change'; key: string; at: string; group: HistoryGroup };

/** `day`: a calendar date, or 'upcoming' for what is ahead of now. */
export type TimelineSection = { day: string; entries: TimelineEntry[] };

/** One entry per activity and per save of the record (changes of one save arrive as several items). */
export function timelineEntries(items: readonly TimelineItem[]): TimelineEntry[] {
  const changes: HistoryEntry[] = items.flatMap((item) => (item.type === 'change' ? [item.change] : []));
  const groups = new Map(groupHistory(changes).map((group) => [group.txnId, group]));
  const placed = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const item of items) {
    if (item.type === 'activity') {
      entries.push({ type: 'activity', key: `a:${item.activity.id}`, at: item.at, activity: item.activity });
      continue;
    }
    const txnId = item.change.txnId;
    const group = groups.get(txnId);
    if (!group || placed.has(txnId)) continue;
    placed.add(txnId);
    entries.push({ type: 'change', key: `c:${txnId}`, at: item.at, group });
  }
  return entries;
}

/**
 * Entries under their day (newest first, as they come). What is ahead of `nowMs` sits under
 * "upcoming"; all-day activities are dated by their own date, the rest in the user's zone.
 */
export function timelineSections(entries: readonly TimelineEntry[], nowMs: number, dateOf: (iso: string) => string): TimelineSection[] {
  const sections: TimelineSection[] = [];
  for (const entry of entries) {
    const ahead = Date.parse(entry.at) > nowMs;
    const day = ahead ? 'upcoming' : entry.type === 'activity' && entry.activity.allDay && entry.activity.at ? entry.activity.at.slice(0, 10) : dateOf(entry.at);
    const last = sections[sections.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else sections.push({ day, entries: [entry] });
  }
  return sections;
}
