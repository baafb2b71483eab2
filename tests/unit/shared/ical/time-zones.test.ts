import { describe, expect, it } from 'vitest';
import { isTimeZone } from '../../../../src-shared/domain/recurrence';
import { ianaOfWindowsZone, readComponents, readZoneDefinition, resolveTzid, windowsZones, type Component } from '../../../../src-shared/ical';

function definitionOf(text: string) {
  const component: Component | undefined = readComponents(text).components[0];
  return component ? readZoneDefinition(component) : null;
}

const tzOf = (tzid: string, body: string) => `BEGIN:VTIMEZONE\r\nTZID:${tzid}\r\n${body}END:VTIMEZONE\r\n`;
const europeanRules =
  'BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n' +
  'BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n';

describe('TZID to IANA zone', () => {
  it('maps every Windows zone name to a zone this runtime knows', () => {
    for (const [windows, iana] of Object.entries(windowsZones)) expect(isTimeZone(iana), `${windows} → ${iana}`).toBe(true);
    expect(ianaOfWindowsZone('romance standard time')).toBe('Europe/Paris');
    expect(ianaOfWindowsZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaOfWindowsZone('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(ianaOfWindowsZone('Martian Standard Time')).toBeNull();
  });

  it('takes IANA names as written, Windows names, quoted names and Mozilla paths', () => {
    const resolve = (tzid: string) => resolveTzid(tzid, null, [2027], null)?.zone ?? null;
    expect(resolve('Europe/Paris')).toBe('Europe/Paris');
    expect(resolve('europe/paris')).toBe('Europe/Paris');
    expect(resolve('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(resolve('Romance Standard Time')).toBe('Europe/Paris');
    expect(resolve('"Eastern Standard Time"')).toBe('America/New_York');
    expect(resolve('/mozilla.org/20070129_1/Europe/Berlin')).toBe('Europe/Berlin');
    expect(resolve('/citadel.org/20190914_1/America/Sao_Paulo')).toBe('America/Sao_Paulo');
    expect(resolve('Mars/Olympus_Mons')).toBeNull();
    expect(resolve('Customized Time Zone')).toBeNull();
  });

  it('reads X-LIC-LOCATION, then matches the definition, preferring a city named in the TZID, then the importer’s zone', () => {
    const licensed = definitionOf(tzOf('My zone', `X-LIC-LOCATION:Europe/Madrid\r\n${europeanRules}`));
    expect(resolveTzid('My zone', licensed, [2027], null)).toEqual({ zone: 'Europe/Madrid', fromDefinition: false });
    const custom = definitionOf(tzOf('Customized Time Zone', europeanRules));
    expect(resolveTzid('Customized Time Zone', custom, [2027], 'Europe/Paris')).toEqual({ zone: 'Europe/Paris', fromDefinition: true });
    expect(resolveTzid('Customized Time Zone', custom, [2027], 'Europe/Rome')).toEqual({ zone: 'Europe/Rome', fromDefinition: true });
    // The importer's zone does not follow these rules: a main zone of the region is taken.
    const other = resolveTzid('Customized Time Zone', custom, [2027], 'America/New_York');
    expect(other?.fromDefinition).toBe(true);
    expect(['Europe/Berlin', 'Europe/Paris', 'Europe/Budapest', 'Europe/Warsaw']).toContain(other?.zone);
    const named = definitionOf(tzOf('(UTC+01:00) Bruxelles\\, Copenhague\\, Madrid\\, Paris', europeanRules));
    expect(resolveTzid('(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris', named, [2027], null)?.zone).toBe('Europe/Madrid');
  });

  it('tells zones apart by the year’s changes: US rules are not European ones', () => {
    const us =
      'BEGIN:STANDARD\r\nDTSTART:16011104T020000\r\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n' +
      'BEGIN:DAYLIGHT\r\nDTSTART:16010311T020000\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n';
    const definition = definitionOf(tzOf('Eastern (custom)', us));
    expect(resolveTzid('Eastern (custom)', definition, [2026, 2027], 'America/Toronto')?.zone).toBe('America/Toronto');
    expect(resolveTzid('Eastern (custom)', definition, [2026, 2027], 'Europe/London')?.zone).toBe('America/New_York');
    // Fixed +05:30 without changes.
    const india = definitionOf(tzOf('India custom', 'BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\n'));
    expect(resolveTzid('India custom', india, [2027], null)?.zone).toBe('Asia/Kolkata');
    // An offset no zone has.
    const odd = definitionOf(tzOf('Odd', 'BEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0117\r\nTZOFFSETTO:+0117\r\nEND:STANDARD\r\n'));
    expect(resolveTzid('Odd', odd, [2027], null)).toBeNull();
  });
});
