import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../../src-shared/domain/recurrence/civil';
import { isTimeZone, localMsAt, offsetMsAt, resolveLocal } from '../../../../../src-shared/domain/recurrence/zone';

const HOUR = 3_600_000;
const wall = (year: number, month: number, day: number, hour: number, minute = 0) => dayNumber(year, month, day) * 86_400_000 + (hour * 60 + minute) * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Romance Standard Time')).toBe(false);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('gives the offset at an instant, summer and winter, north and south', () => {
    expect(offsetMsAt(Date.UTC(2027, 0, 15), 'Europe/Paris')).toBe(HOUR);
    expect(offsetMsAt(Date.UTC(2027, 6, 15), 'Europe/Paris')).toBe(2 * HOUR);
    expect(offsetMsAt(Date.UTC(2027, 0, 15), 'Australia/Sydney')).toBe(11 * HOUR);
    expect(offsetMsAt(Date.UTC(2027, 6, 15), 'Australia/Sydney')).toBe(10 * HOUR);
    expect(offsetMsAt(Date.UTC(2027, 6, 15), 'Asia/Kolkata')).toBe(5.5 * HOUR);
    expect(offsetMsAt(Date.UTC(2027, 0, 15), 'Australia/Lord_Howe')).toBe(11 * HOUR);
    expect(offsetMsAt(Date.UTC(2027, 6, 15), 'Australia/Lord_Howe')).toBe(10.5 * HOUR);
  });

  it('moves a wall clock in the spring-forward gap forward by the gap (RFC 5545)', () => {
    // Paris, 28 March 2027: 02:00 CET → 03:00 CEST. 02:30 does not exist: 03:30 CEST = 01:30 UTC.
    expect(resolveLocal(wall(2027, 3, 28, 2, 30), 'Europe/Paris')).toEqual({ instantMs: Date.UTC(2027, 2, 28, 1, 30), kind: 'gap' });
    // New York, 14 March 2027: 02:30 EST would be 07:30 UTC: it is 03:30 EDT.
    expect(iso(resolveLocal(wall(2027, 3, 14, 2, 30), 'America/New_York').instantMs)).toBe('2027-03-14T07:30:00.000Z');
    // Lord Howe moves by half an hour: 02:15 on 3 October 2027 is 02:45 (+11).
    expect(iso(resolveLocal(wall(2027, 10, 3, 2, 15), 'Australia/Lord_Howe').instantMs)).toBe('2027-10-02T15:45:00.000Z');
  });

  it('takes the first of two equal wall clocks in the fall-back overlap (RFC 5545)', () => {
    // Paris, 31 October 2027: 02:30 happens at 00:30 UTC (CEST) then 01:30 UTC (CET).
    expect(resolveLocal(wall(2027, 10, 31, 2, 30), 'Europe/Paris')).toEqual({ instantMs: Date.UTC(2027, 9, 31, 0, 30), kind: 'overlap' });
    // New York, 7 November 2027: 01:30 EDT = 05:30 UTC.
    expect(iso(resolveLocal(wall(2027, 11, 7, 1, 30), 'America/New_York').instantMs)).toBe('2027-11-07T05:30:00.000Z');
    // Sydney falls back in April: 02:30 on 4 April 2027 is first +11 (15:30 UTC the day before).
    expect(iso(resolveLocal(wall(2027, 4, 4, 2, 30), 'Australia/Sydney').instantMs)).toBe('2027-04-03T15:30:00.000Z');
  });

  it('resolves every existing wall clock to an instant showing that wall clock (property)', () => {
    const zones = fc.constantFrom('Europe/Paris', 'America/New_York', 'Australia/Sydney', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tokyo');
    fc.assert(
      fc.property(zones, fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, instant) => {
        const whole = Math.floor(instant / 60_000) * 60_000;
        const local = localMsAt(whole, zone);
        const resolved = resolveLocal(local, zone);
        expect(resolved.kind).not.toBe('gap');
        expect(localMsAt(resolved.instantMs, zone)).toBe(local);
        // The first moment showing it: never later than the instant we started from.
        expect(resolved.instantMs).toBeLessThanOrEqual(whole);
      }),
    );
  });
});
