import { describe, expect, it } from 'vitest';
import { ageOn, formatBytes, formatCalendarDate, formatPhone, formatRelative } from '../../../src-renderer/lib/format';
import { mailtoHref, safeExternalUrl, telHref, websiteLabel } from '../../../src-renderer/lib/safe-url';
import { initials, matchesWords } from '../../../src-renderer/lib/text-match';

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for people', () => {
  it('says how long ago in French and English', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(formatRelative('fr', '2026-03-08T12:00:00Z', now)).toBe('il y a 2 jours');
    expect(formatRelative('en', '2026-03-08T12:00:00Z', now)).toBe('2 days ago');
    expect(formatRelative('fr', '2026-03-10T12:00:20Z', now)).toBe('il y a moins d’une minute');
  });

  it('writes calendar dates as they were typed, whatever the time zone', () => {
    expect(formatCalendarDate('fr', '2026-03-01')).toBe('1 mars 2026');
    expect(formatCalendarDate('en', '2026-03-01')).toBe('1 March 2026');
  });

  it('writes sizes with the language’s decimal mark', () => {
    expect(spaces(formatBytes('fr', 1536))).toBe('1,5 ko');
    expect(formatBytes('en', 3 * 1024 * 1024)).toBe('3 MB');
  });

  it('shows phone numbers in their national format', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone(null)).toBe('');
  });

  it('counts a birthday’s years', () => {
    expect(ageOn('1990-06-15', new Date(2026, 5, 14))).toBe(35);
    expect(ageOn('1990-06-15', new Date(2026, 5, 15))).toBe(36);
  });
});

describe('links built from user data', () => {
  it('only opens web, mail and phone addresses', () => {
    expect(safeExternalUrl('https://acme.fr')).toBe('https://acme.fr/');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('file:///etc/passwd')).toBeNull();
    expect(safeExternalUrl('smb://server/share')).toBeNull();
    expect(safeExternalUrl('https://ok@evil.example')).toBeNull();
    expect(mailtoHref('helene@example.fr')).toBe('mailto:helene@example.fr');
    expect(telHref('+33 6 12 34 56 78')).toBe('tel:+33612345678');
    expect(websiteLabel('https://www.acme.fr/')).toBe('www.acme.fr');
  });
});

describe('matching typed words', () => {
  it('ignores accents and case', () => {
    expect(matchesWords('Passer l’interface en anglais', 'angl')).toBe(true);
    expect(matchesWords('Créer une société', 'creer soc')).toBe(true);
    expect(matchesWords('Créer une société', 'contact')).toBe(false);
  });

  it('makes initials', () => {
    expect(initials('Hélène Lefèvre')).toBe('HL');
    expect(initials('Jean Pierre Marie Dupont')).toBe('JD');
    expect(initials('  ')).toBe('?');
  });
});
