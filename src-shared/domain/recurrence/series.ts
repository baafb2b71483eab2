/**
 * The days of a series within a range of days, jumping straight to the range: a daily rule
 * started in 2010 and asked about 2027 starts at 2027's period, not by walking 6,000 days.
 * Counted rules (COUNT) need the number of occurrences before the range: computed by
 * multiplication when every period yields the same number (daily, weekly by weekdays), else
 * by walking the periods before — at most COUNT occurrences, so bounded.
 *
 * The event's own start is always the first occurrence and counts toward COUNT (RFC 5545), even
 * when it does not match the rule's pattern; the pattern's days after it follow.
 */
import { candidateDays, periodAtOrBefore, periodFirstDay, type SeriesPlan } from './pattern';

/** Occurrences of the pattern (the start excluded) in periods [0, period), capped at `cap`. */
function occurrencesBefore(plan: SeriesPlan, period: number, cap: number): number {
  if (period <= 0) return 0;
  const inFirst = candidateDays(plan, 0).filter((day) => day > plan.startDay).length;
  if (plan.perPeriod !== null) return Math.min(cap, inFirst + (period - 1) * plan.perPeriod);
  let total = inFirst;
  for (let p = 1; p < period && total < cap; p++) total += candidateDays(plan, p).length;
  return Math.min(cap, total);
}

/**
 * The series' days within [fromDay, toDay], in order. `isPastEnd(day)` says when a day is after
 * the rule's UNTIL (it needs the time zone, which this layer does not know).
 */
export function* seriesDays(plan: SeriesPlan, fromDay: number, toDay: number, isPastEnd: (day: number) => boolean): Generator<number> {
  if (toDay < fromDay) return;
  const { count } = plan.rule;
  if (plan.startDay >= fromDay && plan.startDay <= toDay) yield plan.startDay;
  if (count === 1) return;
  let period = periodAtOrBefore(plan, fromDay);
  // `seen`: how many occurrences came before the current one, the start included.
  let seen = 1 + (count === null ? 0 : occurrencesBefore(plan, period, count));
  if (count !== null && seen >= count) return;
  for (; periodFirstDay(plan, period) <= toDay; period++) {
    for (const day of candidateDays(plan, period)) {
      if (day <= plan.startDay) continue;
      seen += 1;
      if (count !== null && seen > count) return;
      if (day > toDay) return;
      if (day < fromDay) continue;
      if (isPastEnd(day)) return;
      yield day;
    }
  }
}
