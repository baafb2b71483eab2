import type { ActivityListRow } from '../../../../src-shared/domain/activities';
import type { ColumnSet } from './types';

/** When it happens: the day of an all-day activity, else the instant (null for an undated task). */
function when(row: ActivityListRow): string | null {
  if (!row.at) return null;
  return row.allDay ? row.at.slice(0, 10) : row.at;
}

/** The agenda's list view as columns (activities have no table of their own). */
export const activityColumnSet: ColumnSet<'activity', ActivityListRow> = {
  at: { kind: 'datetime', label: 'exports.activityColumns.at', value: when },
  kind: { kind: 'text', label: 'exports.activityColumns.kind', value: (row, words) => words(`activities.kind.${row.kind}`) },
  subject: { kind: 'text', label: 'exports.activityColumns.subject', value: (row) => row.subject },
  contact: { kind: 'text', label: 'exports.activityColumns.contact', value: (row) => row.contact?.name ?? null },
  company: { kind: 'text', label: 'exports.activityColumns.company', value: (row) => row.company?.name ?? null },
  deal: { kind: 'text', label: 'exports.activityColumns.deal', value: (row) => row.deal?.name ?? null },
  owner: { kind: 'text', label: 'exports.activityColumns.owner', value: (row) => row.owner?.displayName ?? null },
  status: {
    kind: 'text',
    label: 'exports.activityColumns.status',
    value: (row, words) => (row.kind === 'task' ? words(row.doneAt ? 'exports.activityStatus.done' : 'exports.activityStatus.open') : null),
  },
  priority: { kind: 'text', label: 'exports.activityColumns.priority', value: (row, words) => (row.priority ? words(`exports.activityPriority.${row.priority}`) : null) },
  outcome: { kind: 'text', label: 'exports.activityColumns.outcome', value: (row, words) => (row.outcome ? words(`activities.outcome.${row.outcome}`) : null) },
  createdAt: { kind: 'datetime', label: 'exports.activityColumns.createdAt', value: (row) => row.createdAt },
};
