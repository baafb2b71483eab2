/**
 * The repeat editor's state and the rule it stands for. The editor offers what people set by
 * hand (every N days, weeks on given days, months on a day or an Nth weekday, years; until a
 * date or N times); a rule it cannot show (an imported one) is kept as it is until the user
 * picks another repeat.
 */
import {
  daysInMonth,
  dayOfDate,
  localMsAt,
  MS_PER_DAY,
  formatDay,
  parseDate,
  weekdayIndexOf,
  weekdays,
  type CivilDate,
  type Frequency,
  type Recurrence,
  type RecurrenceRule,
  type Weekday,
} from '../../src-shared/domain/recurrence';
import type { recurrenceSchema } from '../../src-shared/contract/inputs/activities';
import type { z } from 'zod';

export type RepeatFrequency = 'none' | Frequency | 'custom';
/** A monthly rule: on the start's day of the month, on its Nth weekday, or on its last weekday. */
export type MonthlyMode = 'dayOfMonth' | 'nthWeekday' | 'lastWeekday';
export type RepeatEnd = 'never' | 'until' | 'count';

export type RecurrenceForm = {
  frequency: RepeatFrequency;
  interval: string;
  weekdays: Weekday[];
  monthly: MonthlyMode;
  end: RepeatEnd;
  until: string;
  count: string;
  /** The rule as it came when the editor cannot show it. */
  custom: RecurrenceRule | null;
};

export function emptyRecurrenceForm(): RecurrenceForm {
  return { frequency: 'none', interval: '1', weekdays: [], monthly: 'dayOfMonth', end: 'never', until: '', count: '10', custom: null };
}

/** The weekday a date falls on. */
export function weekdayOf(date: CivilDate): Weekday | null {
  const day = dayOfDate(date);
  return day === null ? null : (weekdays[weekdayIndexOf(day)] ?? null);
}

/** Which Nth weekday of its month a date is (1…5), and whether it is the last one. */
export function weekdayPosition(date: CivilDate): { nth: number; last: boolean } | null {
  const parts = parseDate(date);
  if (!parts) return null;
  return { nth: Math.ceil(parts.day / 7), last: parts.day + 7 > daysInMonth(parts.year, parts.month) };
}

/** The monthly choices a start date allows: "the last Friday" only when it is the last one. */
export function monthlyModes(startDate: CivilDate): MonthlyMode[] {
  const position = weekdayPosition(startDate);
  return position?.last ? ['dayOfMonth', 'nthWeekday', 'lastWeekday'] : ['dayOfMonth', 'nthWeekday'];
}

const sameWeekdays = (a: readonly Weekday[], b: readonly Weekday[]) => a.length === b.length && a.every((day) => b.includes(day));

function untilDate(rule: RecurrenceRule, zone: string): string {
  const until = rule.until;
  if (!until) return '';
  if ('date' in until) return until.date;
  if ('local' in until) return until.local.slice(0, 10);
  return formatDay(Math.floor(localMsAt(Date.parse(until.instant), zone) / MS_PER_DAY));
}

/** The part of a monthly rule the editor can show, or null when it cannot. */
function monthlyModeOf(rule: RecurrenceRule, startDate: CivilDate | null): MonthlyMode | null {
  const start = startDate ? parseDate(startDate) : null;
  const byDay = rule.byDay ?? [];
  const byMonthDay = rule.byMonthDay ?? [];
  if (byDay.length === 0 && (byMonthDay.length === 0 || (byMonthDay.length === 1 && byMonthDay[0] === start?.day))) return 'dayOfMonth';
  const [only] = byDay;
  if (byMonthDay.length > 0 || byDay.length !== 1 || !only || only.ordinal === undefined || !startDate) return null;
  const position = weekdayPosition(startDate);
  if (only.weekday !== weekdayOf(startDate) || !position) return null;
  if (only.ordinal === -1 && position.last) return 'lastWeekday';
  return only.ordinal === position.nth ? 'nthWeekday' : null;
}

/** The editor's state for a rule (none: does not repeat), read against the event's first day. */
export function recurrenceFormOf(rule: RecurrenceRule | null, startDate: CivilDate | null, zone: string): RecurrenceForm {
  const form = emptyRecurrenceForm();
  if (!rule) return form;
  const ends = {
    interval: String(rule.interval ?? 1),
    end: (rule.count ? 'count' : rule.until ? 'until' : 'never') as RepeatEnd,
    until: untilDate(rule, zone),
    count: rule.count ? String(rule.count) : form.count,
  };
  const custom = { ...form, ...ends, frequency: 'custom' as const, custom: rule };
  const plain = !rule.bySetPos?.length && !rule.byMonth?.length;
  if (!plain) return custom;
  switch (rule.frequency) {
    case 'daily':
      return rule.byDay?.length || rule.byMonthDay?.length ? custom : { ...form, ...ends, frequency: 'daily' };
    case 'weekly': {
      if (rule.byMonthDay?.length || rule.byDay?.some((day) => day.ordinal !== undefined)) return custom;
      const start = startDate ? weekdayOf(startDate) : null;
      const days = rule.byDay?.length ? rule.byDay.map((day) => day.weekday) : start ? [start] : [];
      return { ...form, ...ends, frequency: 'weekly', weekdays: weekdays.filter((day) => days.includes(day)) };
    }
    case 'monthly': {
      const monthly = monthlyModeOf(rule, startDate);
      return monthly ? { ...form, ...ends, frequency: 'monthly', monthly } : custom;
    }
    case 'yearly':
      return rule.byDay?.length || rule.byMonthDay?.length ? custom : { ...form, ...ends, frequency: 'yearly' };
  }
}

/** A whole number typed in a field; -1 when it is not one (the rule's check then refuses it). */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : -1;
}

/** The rule the editor stands for, with the event starting on `startDate`; null when it does not repeat. */
export function ruleOfForm(form: RecurrenceForm, startDate: CivilDate): RecurrenceRule | null {
  if (form.frequency === 'none') return null;
  const base: RecurrenceRule = form.frequency === 'custom' && form.custom ? { ...form.custom } : { frequency: form.frequency === 'custom' ? 'daily' : form.frequency };
  if (form.frequency !== 'custom') {
    const interval = wholeNumber(form.interval);
    if (interval !== 1) base.interval = interval;
  }
  if (form.frequency === 'weekly') {
    const start = weekdayOf(startDate);
    const days = form.weekdays.length > 0 ? form.weekdays : start ? [start] : [];
    // The start's own weekday alone is what a weekly rule means anyway: it is said only with others.
    if (!(start && sameWeekdays(days, [start]))) base.byDay = weekdays.filter((day) => days.includes(day)).map((weekday) => ({ weekday }));
  }
  if (form.frequency === 'monthly' && form.monthly !== 'dayOfMonth') {
    const weekday = weekdayOf(startDate);
    const position = weekdayPosition(startDate);
    if (weekday && position) base.byDay = [{ weekday, ordinal: form.monthly === 'lastWeekday' ? -1 : position.nth }];
  }
  delete base.count;
  delete base.until;
  if (form.end === 'count') base.count = wholeNumber(form.count);
  if (form.end === 'until') base.until = { date: form.until };
  return base;
}

export type RecurrenceInput = z.input<typeof recurrenceSchema>;

/** A repeat as the contract takes it (its lists copied: the domain's are read-only). */
export function recurrenceInput(recurrence: Recurrence): RecurrenceInput {
  const { byDay, byMonthDay, byMonth, bySetPos, ...rule } = recurrence.rule;
  return {
    rule: {
      ...rule,
      ...(byDay ? { byDay: byDay.map((day) => ({ ...day })) } : {}),
      ...(byMonthDay ? { byMonthDay: [...byMonthDay] } : {}),
      ...(byMonth ? { byMonth: [...byMonth] } : {}),
      ...(bySetPos ? { bySetPos: [...bySetPos] } : {}),
    },
    ...(recurrence.exceptions ? { exceptions: [...recurrence.exceptions] } : {}),
    ...(recurrence.overrides ? { overrides: recurrence.overrides.map((override) => ({ ...override })) } : {}),
  };
}
