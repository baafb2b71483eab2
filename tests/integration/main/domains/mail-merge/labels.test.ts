import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { labelLayout } from '../../../../../src-main/documents/labels';
import { labelSizes } from '../../../../../src-shared/domain/mail-merge';
import { docxXml, wordXmlText } from '../../../../fixtures/documents/docx-text';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { assertBalancedXml, outgoingBytes, seedPeople, type People } from './fixtures';

let core: TestCore;
let people: People;
beforeEach(async () => {
  core = openTestCore();
  people = await seedPeople(core);
});
afterEach(() => core.dispose());

/** Each sheet's labels: the text of its label cells (the gap cells between columns left out), row by row. */
function sheetsOf(xml: string, gap: number): string[][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
      .map((cell) => cell[0])
      .filter((cell) => !cell.includes(`<w:tcW w:w="${gap}" w:type="dxa"/>`))
      .map((cell) => wordXmlText(cell).replace(/ \| $/, '').trim()),
  );
}

describe('address labels', () => {
  it('fill A4 sheets label by label, the address in the French postal order, leaving out refusals and missing addresses', async () => {
    for (let index = 0; index < 25; index += 1) {
      await call(core, 'contacts.create', { firstName: 'Client', lastName: `N${String(index).padStart(2, '0')}`, address: `${index + 1} rue Neuve`, postcode: '44000', city: 'Nantes' });
    }
    const result = await call(core, 'mailMerge.run', { source: { kind: 'list', filters: {}, sort: { field: 'name', dir: 'asc' } }, output: { kind: 'labels', size: 'L7160' } });
    expect(result.letters).toBe(28);
    expect(result.excluded).toEqual({ refusedMail: 1, noAddress: 1 });
    expect(result.file.fileName).toMatch(/^Étiquettes L7160 \d{4}-\d{2}-\d{2}\.docx$/);

    const xml = await docxXml(await outgoingBytes(core, result.file));
    assertBalancedXml(xml);
    const layout = labelLayout(labelSizes.L7160);
    const sheets = sheetsOf(xml, layout.gap);
    // 28 labels at 21 a sheet: a full sheet, then 7 labels and 14 blank ones.
    expect(sheets.map((labels) => labels.length)).toEqual([21, 21]);
    expect(sheets.map((labels) => labels.filter((text) => text !== '').length)).toEqual([21, 7]);
    const all = sheets.flat().filter((text) => text !== '');
    expect(all).toContain('Mme Hélène Lefèvre\nACME & Fils\n12 rue de la Paix\nBâtiment B\n69002 LYON');
    expect(all).toContain('M. Jean Dupont\nACME & Fils\n5 avenue des Lilas\n75011 PARIS');
    expect(all).toContain('Anne Rivière <&> {{contact.first_name}}\nRue Neuve 3\n1000 BRUXELLES\nBELGIQUE');
    expect(all).toContain('Client N00\n1 rue Neuve\n44000 NANTES');
    expect(all.join('\n')).not.toMatch(/Marc|Zoé/);
    // In the list's order: by last name.
    expect(all.slice(0, 3).map((text) => text.split('\n')[0])).toEqual(['M. Jean Dupont', 'Mme Hélène Lefèvre', 'Client N00']);
    expect(all.at(-1)).toMatch(/^Anne Rivière/);

    // Rows of the label's exact height, columns of its exact width with gaps, margins that centre them.
    expect(xml.match(/<w:trHeight w:val="2160" w:hRule="exact"\/>/g)).toHaveLength(14);
    expect(xml).toContain('<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="144"/><w:gridCol w:w="3600"/><w:gridCol w:w="144"/><w:gridCol w:w="3600"/></w:tblGrid>');
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(margins).toContain(`w:top="${layout.top}"`);
    expect(margins).toContain(`w:left="${layout.side}"`);
    expect(margins).toContain(`w:bottom="${layout.bottom}"`);
  });

  it('print one label per contact on small sheets too (L7165, eight to a sheet)', async () => {
    const ids = [people.helene.id, people.jean.id, people.anne.id, people.zoe.id];
    const result = await call(core, 'mailMerge.run', { source: { kind: 'selection', ids }, output: { kind: 'labels', size: 'L7165' } });
    expect(result.letters).toBe(3);
    const sheets = sheetsOf(await docxXml(await outgoingBytes(core, result.file)), labelLayout(labelSizes.L7165).gap);
    expect(sheets.map((labels) => labels.length)).toEqual([8]);
    expect(sheets[0]?.filter((text) => text !== '')).toHaveLength(3);
  });
});
