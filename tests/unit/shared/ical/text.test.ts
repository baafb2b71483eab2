import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, parseContentLine, unescapeText, unfold, utf8Length } from '../../../../src-shared/ical';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('iCalendar text', () => {
  it('folds lines at 75 octets without splitting a character, and unfolds them back (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', ' ', ',', '\\', 'Z'), maxLength: 400 });
    fc.assert(
      fc.property(text, (value) => {
        const line = `DESCRIPTION:${value}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        for (const piece of physical) expect(octets(piece)).toBeLessThanOrEqual(75);
        // No lone surrogate on either side of a fold: every piece encodes and decodes unchanged.
        for (const piece of physical) expect(new TextDecoder().decode(new TextEncoder().encode(piece))).toBe(piece);
        expect(unfold(folded).map((entry) => entry.text)).toEqual([line]);
      }),
    );
  });

  it('counts UTF-8 bytes like TextEncoder (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(utf8Length(value)).toBe(octets(value));
      }),
    );
  });

  it('escapes TEXT values and reads them back (property)', () => {
    expect(escapeText('Dupont, Martin; a\\b\nfin')).toBe('Dupont\\, Martin\\; a\\\\b\\nfin');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', ';', '\\', '\n', 'n', 'N', ':', 'é') }), (value) => {
        expect(unescapeText(escapeText(value))).toBe(value);
      }),
    );
  });

  it('reads content lines: quoted parameters with colons and commas, several values, RFC 6868 escapes', () => {
    const line = parseContentLine('DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin":20270201T150000', 7);
    expect(line?.params.get('TZID')).toEqual(['(UTC+01:00) Amsterdam, Berlin']);
    expect(line?.value).toBe('20270201T150000');
    expect(line?.line).toBe(7);
    const attendee = parseContentLine('attendee;cn=Paul ^\'Pablo^\' Dupont;DELEGATED-TO="mailto:a@x.fr","mailto:b@x.fr":mailto:p@x.fr', 1);
    expect(attendee?.name).toBe('ATTENDEE');
    expect(attendee?.params.get('CN')).toEqual(['Paul "Pablo" Dupont']);
    expect(attendee?.params.get('DELEGATED-TO')).toEqual(['mailto:a@x.fr', 'mailto:b@x.fr']);
    expect(attendee?.value).toBe('mailto:p@x.fr');
    expect(parseContentLine('no colon here', 1)).toBeNull();
    expect(parseContentLine('X;PARAM="unclosed:value', 1)).toBeNull();
  });

  it('unfolds with the line each content line starts on, whatever the line endings', () => {
    expect(unfold('A:1\r\nB:2\r\n 3\n\tfour\rC:5\n\n')).toEqual([
      { text: 'A:1', line: 1 },
      { text: 'B:23four', line: 2 },
      { text: 'C:5', line: 5 },
    ]);
  });
});
