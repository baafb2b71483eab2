import { describe, expect, it } from 'vitest';
import { offsetMsAt } from '../../../../src-shared/domain/recurrence';
import { definitionOffsetAt, readComponents, readZoneDefinition, transitionsBetween, vtimezoneLines } from '../../../../src-shared/ical';

const DAY = 86_400_000;

function definitionFor(zone: string, fromYear: number, toYear: number) {
  const component = readComponents(`${vtimezoneLines(zone, fromYear, toYear).join('\r\n')}\r\n`).components[0];
  const definition = component ? readZoneDefinition(component) : null;
  if (!definition) throw new Error(`no definition for ${zone}`);
  return definition;
}

/** Instants every 2 days and a minute either side of every change between two years. */
function samples(zone: string, fromYear: number, toYear: number): number[] {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(toYear + 1, 0, 1);
  const instants: number[] = [];
  for (let t = from; t < to; t += 2 * DAY) instants.push(t);
  for (const change of transitionsBetween(zone, from, to)) instants.push(change.atMs - 60_000, change.atMs, change.atMs + 60_000);
  return instants;
}

describe('generated VTIMEZONEs', () => {
  it.each([
    ['Europe/Paris', 2025, 2029],
    ['America/New_York', 2004, 2009],
    ['Australia/Sydney', 2025, 2028],
    ['America/Santiago', 2020, 2027],
    ['Australia/Lord_Howe', 2025, 2028],
    ['Africa/Casablanca', 2024, 2027],
    ['Asia/Tehran', 2020, 2025],
    ['Africa/Cairo', 2021, 2026],
    ['Asia/Kolkata', 2025, 2027],
  ])('give %s’s offsets at every instant of %i–%i, read back by a calendar reader', (zone, fromYear, toYear) => {
    const definition = definitionFor(zone, fromYear, toYear);
    for (const instant of samples(zone, fromYear, toYear)) {
      expect(definitionOffsetAt(definition, instant), `${zone} at ${new Date(instant).toISOString()}`).toBe(offsetMsAt(instant, zone));
    }
  });

  it.each([
    ['Europe/Paris', 2026, 2028],
    ['America/New_York', 2026, 2028],
    ['Australia/Sydney', 2026, 2028],
    ['Australia/Lord_Howe', 2026, 2028],
    ['Asia/Tokyo', 2026, 2028],
  ])('extend %s’s current rule past the years written (series without end)', (zone, fromYear, toYear) => {
    const definition = definitionFor(zone, fromYear, toYear);
    for (const instant of samples(zone, toYear + 1, toYear + 8)) expect(definitionOffsetAt(definition, instant)).toBe(offsetMsAt(instant, zone));
  });

  it('write European rules as Outlook does: one STANDARD and one DAYLIGHT observance with a yearly RRULE', () => {
    expect(vtimezoneLines('Europe/Paris', 2026, 2028)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Paris',
      'X-LIC-LOCATION:Europe/Paris',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
  });
});
