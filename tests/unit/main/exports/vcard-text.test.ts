import { describe, expect, it } from 'vitest';
import { escapeValue, foldLine, listValue, property, structuredValue } from '../../../../src-main/domains/exports/vcard-text';

describe('vCard text', () => {
  it('escapes backslashes, commas, semicolons and line breaks', () => {
    expect(escapeValue('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
    expect(structuredValue(['Dupont; Fils', 'Léa', null, 'Mme', undefined])).toBe('Dupont\\; Fils;Léa;;Mme;');
    expect(listValue(['VIP', 'Client, fidèle'])).toBe('VIP,Client\\, fidèle');
  });

  it('folds at 75 octets of UTF-8, continuation lines starting with a space, never inside a character', () => {
    const line = `NOTE:${'é'.repeat(100)}${'😀'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding gives the line back, every character whole.
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    // Short lines are left alone.
    expect(foldLine('FN:Léa Martin')).toBe('FN:Léa Martin');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('writes a property with its parameters and line break', () => {
    expect(property('TEL', ['VALUE=uri', 'TYPE=cell'], 'tel:+33612345678')).toBe('TEL;VALUE=uri;TYPE=cell:tel:+33612345678\r\n');
  });
});
