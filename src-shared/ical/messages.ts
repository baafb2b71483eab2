/** The import report and refusals in words, from the agenda catalogue (French and English). */
import { localeOf, translate, type Language } from '../i18n';
import { describeRecurrenceProblem } from '../domain/recurrence/summary';
import type { ICalendarProblem, ImportWarning, SkippedItem } from './types';

const t = (language: Language, key: string, params: Record<string, string | number> = {}) => translate(language, `agenda.ical.${key}`, params);

function megabytes(language: Language, bytes: number): string {
  return new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

/** Why a whole file was refused. */
export function describeICalendarProblem(problem: ICalendarProblem, language: Language): string {
  if (problem.code === 'too_large') return t(language, 'tooLarge', { size: megabytes(language, problem.bytes), limit: megabytes(language, problem.limit) });
  return t(language, 'notICalendar');
}

/** Why an event was skipped: "Fuseau horaire inconnu : Mars/Olympus_Mons." */
export function describeSkipped(item: SkippedItem, language: Language): string {
  const detail = item.reason === 'invalid_rrule' && item.problem ? describeRecurrenceProblem(item.problem, language) : (item.detail ?? '');
  return t(language, `skip.${item.reason}`, { detail });
}

/** What was kept with a reservation. */
export function describeWarning(warning: ImportWarning, language: Language): string {
  return t(language, `warning.${warning.reason}`, { detail: warning.detail ?? '' });
}

/** Where: "ligne 12 (UID 3k2j…@google.com)". */
export function describeWhere(note: SkippedItem | ImportWarning, language: Language): string {
  return note.uid ? t(language, 'where.lineAndUid', { line: note.line, uid: note.uid }) : t(language, 'where.line', { line: note.line });
}
