import { describe, expect, it } from 'vitest';
import { compilePart, renderPart, runText, type Filling } from '../../../../src-main/documents/mail-merge-xml';
import { letterSection, markSectionBreak, SECTION_MARK, splitDocument } from '../../../../src-main/documents/mail-merge-sections';

const known = (name: string): boolean => ['contact.first_name', 'contact.last_name', 'today'].includes(name);
const values: Record<string, string> = { 'contact.first_name': 'Hélène', 'contact.last_name': 'Lefèvre', today: '1er mars 2027' };
const filling = (overrides: Partial<Filling> = {}): Filling => ({ value: (field) => values[field] ?? '', copy: 0, idStride: { drawing: 10, bookmark: 10 }, section: '', ...overrides });

const fill = (xml: string, overrides: Partial<Filling> = {}): string => renderPart(compilePart(xml, known, { renumber: true }).segments, filling(overrides));

const run = (text: string, bold = false): string => `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('compiling a Word part', () => {
  it('finds a field split across runs and writes its value in the run where it starts', () => {
    const xml = `<w:p>${run('Bonjour {{contact.')}${run('first_', true)}${run('name}} et')}${run(' {{ contact.last_name }}')}</w:p>`;
    const compiled = compilePart(xml, known, { renumber: false });
    expect(compiled.placeholders).toEqual(['contact.first_name', 'contact.last_name']);
    expect(renderPart(compiled.segments, filling())).toBe(
      `<w:p>${run('Bonjour Hélène')}<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"></w:t></w:r>${run(' et')}${run(' Lefèvre')}</w:p>`,
    );
  });

  it('leaves unknown fields, text that only looks like a field, and untouched runs byte for byte', () => {
    const xml = `<w:p><w:r><w:t>Réf. {{dossier.numero}} — {{ }} — {{a b}} — {x}</w:t></w:r></w:p><w:p><w:r><w:t>a &amp; b</w:t></w:r></w:p>`;
    const compiled = compilePart(xml, known, { renumber: false });
    expect(compiled.placeholders).toEqual(['dossier.numero']);
    expect(renderPart(compiled.segments, filling())).toBe(xml);
  });

  it('never joins the text of two paragraphs, nor of a text box with the paragraph around it', () => {
    const box = `<w:r><w:drawing><w:txbxContent><w:p>${run('{{contact.first_name}}')}</w:p></w:txbxContent></w:drawing></w:r>`;
    const xml = `<w:p>${run('{{contact.')}</w:p><w:p>${run('first_name}}')}</w:p><w:p>${run('Avant ')}${box}${run(' {{today}}')}</w:p>`;
    const compiled = compilePart(xml, known, { renumber: false });
    expect(compiled.placeholders).toEqual(['contact.first_name', 'today']);
    const filled = renderPart(compiled.segments, filling());
    expect(filled).toContain(run('{{contact.'));
    expect(filled).toContain(run('first_name}}'));
    expect(filled).toContain(run('Hélène'));
    expect(filled).toContain(run(' 1er mars 2027'));
  });

  it('writes values as typed: escaped, lines as breaks, tabs as tabs, no characters XML cannot hold', () => {
    expect(runText('A <b> & {{today}}\nligne 2\tcolonne\u0007')).toBe(
      'A &lt;b&gt; &amp; {{today}}</w:t><w:br/><w:t xml:space="preserve">ligne 2</w:t><w:tab/><w:t xml:space="preserve">colonne',
    );
    const xml = `<w:p><w:r><w:t>{{contact.last_name}}</w:t></w:r></w:p>`;
    expect(fill(xml, { value: () => '<&> {{contact.first_name}}' })).toBe(`<w:p><w:r><w:t xml:space="preserve">&lt;&amp;&gt; {{contact.first_name}}</w:t></w:r></w:p>`);
  });

  it('reads entities in the template’s text around a field and writes them back escaped', () => {
    const xml = `<w:p><w:r><w:t>Tom &amp; {{contact.first_name}} &lt;3</w:t></w:r></w:p>`;
    expect(fill(xml)).toBe(`<w:p><w:r><w:t xml:space="preserve">Tom &amp; Hélène &lt;3</w:t></w:r></w:p>`);
  });

  it('shifts drawing and bookmark ids by the copy, so copies stay unique', () => {
    const xml = `<w:p><w:bookmarkStart w:id="3" w:name="x"/><w:r><w:drawing><wp:docPr id="2" name="Image 2"/></w:drawing></w:r><w:bookmarkEnd w:id="3"/></w:p>`;
    expect(fill(xml, { copy: 2 })).toBe(`<w:p><w:bookmarkStart w:id="23" w:name="x"/><w:r><w:drawing><wp:docPr id="22" name="Image 2"/></w:drawing></w:r><w:bookmarkEnd w:id="23"/></w:p>`);
  });
});

describe('a letter’s section', () => {
  const documentXml = (body: string, sectPr: string) => `<?xml version="1.0"?><w:document><w:body>${body}${sectPr}</w:body></w:document>`;

  it('splits document.xml around its body and its page setup', () => {
    const sectPr = '<w:sectPr><w:pgSz w:w="11906"/><w:sectPrChange w:id="1"><w:sectPr><w:pgSz w:w="1"/></w:sectPr></w:sectPrChange></w:sectPr>';
    const shell = splitDocument(documentXml('<w:p/>', sectPr));
    expect(shell).toEqual({ before: '<?xml version="1.0"?><w:document><w:body>', body: '<w:p/>', sectPr, after: '</w:body></w:document>' });
    expect(splitDocument('<w:document/>')).toBeNull();
  });

  it('starts each letter on a new page and numbers its pages from 1, in the order Word expects', () => {
    expect(letterSection('<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="1"/><w:cols w:space="708"/><w:titlePg/></w:sectPr>')).toBe(
      '<w:sectPr><w:pgSz w:w="1"/><w:pgNumType w:start="1"/><w:cols w:space="708"/><w:titlePg/></w:sectPr>',
    );
    expect(letterSection('<w:sectPr><w:pgNumType w:fmt="lowerRoman"/></w:sectPr>')).toBe('<w:sectPr><w:pgNumType w:start="1" w:fmt="lowerRoman"/></w:sectPr>');
    expect(letterSection('<w:sectPr><w:pgNumType w:start="5"/></w:sectPr>')).toBe('<w:sectPr><w:pgNumType w:start="5"/></w:sectPr>');
    expect(letterSection('<w:sectPr/>')).toBe('<w:sectPr><w:pgNumType w:start="1"/></w:sectPr>');
    expect(letterSection('')).toBe('<w:sectPr><w:pgNumType w:start="1"/></w:sectPr>');
  });

  it('marks the section’s end in the last paragraph’s properties, or after a closing table', () => {
    expect(markSectionBreak('<w:p>A</w:p><w:p w:rsidR="1"><w:pPr><w:jc w:val="right"/></w:pPr>B</w:p>')).toBe(
      `<w:p>A</w:p><w:p w:rsidR="1"><w:pPr><w:jc w:val="right"/>${SECTION_MARK}</w:pPr>B</w:p>`,
    );
    expect(markSectionBreak('<w:p>B</w:p>')).toBe(`<w:p><w:pPr>${SECTION_MARK}</w:pPr>B</w:p>`);
    expect(markSectionBreak('<w:p><w:pPr/>B</w:p>')).toBe(`<w:p><w:pPr>${SECTION_MARK}</w:pPr>B</w:p>`);
    expect(markSectionBreak('<w:p><w:pPr><w:jc/><w:pPrChange><w:pPr><w:jc/></w:pPr></w:pPrChange></w:pPr>B</w:p>')).toBe(
      `<w:p><w:pPr><w:jc/>${SECTION_MARK}<w:pPrChange><w:pPr><w:jc/></w:pPr></w:pPrChange></w:pPr>B</w:p>`,
    );
    // A paragraph holding a text box: its own properties, not the box's.
    expect(markSectionBreak('<w:p><w:r><w:txbxContent><w:p><w:pPr/>x</w:p></w:txbxContent></w:r></w:p>')).toBe(
      `<w:p><w:pPr>${SECTION_MARK}</w:pPr><w:r><w:txbxContent><w:p><w:pPr/>x</w:p></w:txbxContent></w:r></w:p>`,
    );
    expect(markSectionBreak('<w:tbl>t</w:tbl>\n')).toBe(`<w:tbl>t</w:tbl><w:p><w:pPr>${SECTION_MARK}</w:pPr></w:p>`);
  });

  it('fills the section slot between letters and leaves it empty after the last', () => {
    const compiled = compilePart(markSectionBreak('<w:p>{{today}}</w:p>'), known, { renumber: false, sectionMark: SECTION_MARK });
    expect(renderPart(compiled.segments, filling({ section: '<w:sectPr/>' }))).toBe('<w:p><w:pPr><w:sectPr/></w:pPr>{{today}}</w:p>');
    expect(renderPart(compiled.segments, filling())).toBe('<w:p><w:pPr></w:pPr>{{today}}</w:p>');
  });
});
