import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { expandOccurrences, type Occurrence } from '../../../../src-shared/domain/recurrence';
import { parseICalendar, recurrenceOf, type ICalendarImport, type ImportedEvent } from '../../../../src-shared/ical';

/** A file of tests/fixtures/ical, as text. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/ical/${name}`, import.meta.url)), 'utf8');
}

/** Parses and expects success. */
export function imported(text: string, defaultTimeZone = 'Europe/Paris'): ICalendarImport {
  const result = parseICalendar(text, { defaultTimeZone });
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error(result.problem.code);
  return result.value;
}

export function eventNamed(calendar: ICalendarImport, summary: string): ImportedEvent {
  const event = calendar.events.find((candidate) => candidate.summary === summary);
  if (!event) throw new Error(`no event “${summary}” in ${calendar.events.map((candidate) => candidate.summary).join(', ')}`);
  return event;
}

/** Occurrences between two instants, as [start, end] (instants, or dates for all-day ones). */
export function occurrences(event: ImportedEvent, from: string, to: string, timeZone = 'Europe/Paris'): Array<[string, string]> {
  return expandOccurrences(event.timing, recurrenceOf(event), { from, to, timeZone }).map((occurrence: Occurrence) =>
    occurrence.allDay ? [occurrence.startDate, occurrence.endDate] : [occurrence.start, occurrence.end],
  );
}
