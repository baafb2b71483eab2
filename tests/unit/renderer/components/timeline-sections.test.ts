import { describe, expect, it } from 'vitest';
import type { ActivityListRow, TimelineItem } from '../../../../src-shared/domain/activities';
import type { HistoryEntry } from '../../../../src-shared/domain/records';
import { timelineEntries, timelineSections } from '../../../../src-renderer/components/timeline/timeline-sections';
import { timelineQuery } from '../../../../src-renderer/stores/timeline-store';

function activity(id: string, at: string, extra: Partial<ActivityListRow> = {}): TimelineItem {
  const row: ActivityListRow = { id, kind: 'call', subject: id, owner: null, contact: null, company: null, deal: null, at, allDay: false, priority: null, doneAt: null, outcome: null, private: false, createdAt: at, ...extra };
  return { type: 'activity', at: extra.allDay ? `${at.slice(0, 10)}T00:00:00.000Z` : at, activity: row };
}

function change(txnId: string, at: string, field: string, before: unknown, after: unknown): TimelineItem {
  const entry: HistoryEntry = { hlc: `${at}-${field}`, at, txnId, user: { id: 'u1', displayName: 'Léa' }, deviceId: 'd1', field, before, after };
  return { type: 'change', at, change: entry };
}

describe('a timeline page on screen', () => {
  it('folds the fields of one save into one entry, where the save first appears', () => {
    const items = [
      activity('call-2', '2027-03-24T10:00:00.000Z'),
      change('t2', '2027-03-24T09:00:00.000Z', 'job_title', 'Acheteuse', 'Directrice'),
      change('t2', '2027-03-24T09:00:00.000Z', 'city', 'Lyon', 'Paris'),
      change('t2', '2027-03-24T09:00:00.000Z', 'updated_at', 'a', 'b'),
      activity('call-1', '2027-03-23T16:00:00.000Z'),
      change('t1', '2027-03-20T08:00:00.000Z', 'updated_at', 'a', 'b'),
    ];
    const entries = timelineEntries(items);
    expect(entries.map((entry) => entry.key)).toEqual(['a:call-2', 'c:t2', 'a:call-1']);
    const save = entries[1];
    expect(save?.type === 'change' && save.group.changes.map((item) => item.field)).toEqual(['jobTitle', 'city']);
  });

  it('puts what is ahead under “upcoming”, the rest under its day', () => {
    const now = Date.parse('2027-03-24T12:00:00Z');
    const items = [
      activity('follow-up', '2027-03-30T00:00:00.000Z', { kind: 'task', allDay: true }),
      activity('meeting', '2027-03-24T15:00:00.000Z', { kind: 'meeting' }),
      activity('call', '2027-03-24T09:00:00.000Z'),
      activity('note', '2027-03-23T22:30:00.000Z', { kind: 'note' }),
      activity('old-task', '2027-03-20T00:00:00.000Z', { kind: 'task', allDay: true, doneAt: '2027-03-21T08:00:00.000Z' }),
    ];
    const sections = timelineSections(timelineEntries(items), now, (iso) => new Date(Date.parse(iso) + 3_600_000).toISOString().slice(0, 10));
    expect(sections.map((section) => [section.day, section.entries.map((entry) => entry.key)])).toEqual([
      ['upcoming', ['a:follow-up', 'a:meeting']],
      ['2027-03-24', ['a:call']],
      ['2027-03-23', ['a:note']],
      ['2027-03-20', ['a:old-task']],
    ]);
  });
});

describe('timeline filters', () => {
  it('ask the core for the kinds chosen, with or without the record’s changes', () => {
    expect(timelineQuery([])).toEqual({ withChanges: true, changesOnly: false });
    expect(timelineQuery(['call', 'meeting'])).toEqual({ kinds: ['call', 'meeting'], withChanges: false, changesOnly: false });
    expect(timelineQuery(['task', 'changes'])).toEqual({ kinds: ['task'], withChanges: true, changesOnly: false });
    expect(timelineQuery(['changes'])).toEqual({ withChanges: true, changesOnly: true });
  });
});
