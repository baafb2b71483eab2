/**
 * The core's (and the contract's) field issues on the activity dialog's fields: "timing.end"
 * is the end field, "patch.recurrence.rule.interval" the repeat editor, "reminders.2" the
 * reminders. Some get words of their own ("The end is before the start").
 */
import type { FieldIssue, FieldIssueCode } from '../../src-shared/contract/errors';
import { stripPrefix } from './field-issues';

const linkFields: Record<string, string> = { contactId: 'contact', companyId: 'company', dealId: 'deal' };

/** The dialog field an input path belongs to. */
export function activityFieldOf(path: string): string {
  const [first = '', ...rest] = path.split('.');
  if (first === 'timing') return rest.some((part) => part === 'end' || part === 'endDate') ? 'end' : 'start';
  if (first in linkFields) return linkFields[first] ?? first;
  return first;
}

export function mapActivityIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  // An update's fields sit under "patch", one occurrence's change (activities.editOccurrence) under "change".
  return stripPrefix(stripPrefix(issues, 'patch'), 'change').map((issue) => ({ ...issue, path: activityFieldOf(issue.path) }));
}

export function issueOn(path: string, code: FieldIssueCode): FieldIssue {
  return { path, code, message: `${path}: ${code}` };
}

type IssueKey =
  | 'agenda.activity.errors.endBeforeStart'
  | 'agenda.activity.errors.startRequired'
  | 'agenda.activity.errors.invalidRepeat'
  | 'agenda.activity.errors.invalidReminder'
  | 'agenda.activity.errors.invalidDuration';

/** The catalogue key saying what is wrong with a field, when it has words of its own. */
export function activityIssueKey(path: string, code: FieldIssueCode): IssueKey | null {
  if (path === 'end' && code !== 'required' && code !== 'invalid_date') return 'agenda.activity.errors.endBeforeStart';
  if (path === 'start' && code === 'required') return 'agenda.activity.errors.startRequired';
  if (path === 'recurrence' && code !== 'required') return 'agenda.activity.errors.invalidRepeat';
  if (path === 'reminders') return 'agenda.activity.errors.invalidReminder';
  if (path === 'durationMinutes') return 'agenda.activity.errors.invalidDuration';
  return null;
}
