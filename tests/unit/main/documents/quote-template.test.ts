import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fillQuoteTemplate, inspectQuoteTemplate, MAX_TEMPLATE_BYTES } from '../../../../src-main/documents/quote-template';
import { buildSampleQuoteTemplate } from '../../../../src-main/documents/sample-template';
import { QuoteTemplateError } from '../../../../src-main/documents/template-error';
import { knownPlaceholders } from '../../../../src-main/documents/template-placeholders';
import { docxFootersText, docxText, docxXml, openDocx } from '../../../fixtures/documents/docx-text';
import { NBSP, NNBSP, englishQuote, frenchQuote, logoPng } from '../../../fixtures/documents/quote-models';
import { plainLetter, userTemplate, zipWithoutDocument } from '../../../fixtures/documents/templates';

const resource = (name: string): string => fileURLToPath(new URL(`../../../../resources/templates/${name}`, import.meta.url));

async function refusal(work: Promise<unknown>): Promise<QuoteTemplateError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(QuoteTemplateError);
  return error as QuoteTemplateError;
}

describe('a user’s Word template', async () => {
  const template = await userTemplate();
  const filled = await fillQuoteTemplate(template, frenchQuote());
  const text = await docxText(filled);

  it('gets its placeholders filled, one split across two runs included', () => {
    expect(text).toContain('Pour : Boulangerie Hélène & Fils — merci');
    expect(text).toContain('Devis D-2026-0042-A1B2 v2 du 22 novembre 2026');
    expect(text).toContain('Adresse : 3 place Bellecour\n69002 Lyon');
    expect(text).toContain(`Total TTC : 9${NNBSP}539,74${NBSP}€`);
    expect(text).not.toMatch(/\{\{(client\.company|quote\.number|quote\.date|total\.incl|lines|vat_summary|line\.)/);
  });

  it('leaves a placeholder the CRM does not know as typed', () => {
    expect(text).toContain(`Remise : 5${NBSP}% · Contact : 04 72 00 00 00 · Champ : {{client.fax}}`);
  });

  it('replaces {{lines}} and {{vat_summary}} by the generated tables', () => {
    expect(text).toContain('Réf. | Désignation | Qté | PU HT | Remise | TVA | Total HT |');
    expect(text).toContain(`LIV-05 | Livres techniques | 12 | 34,90${NBSP}€ |  | 5,5${NBSP}% | 418,80${NBSP}€ |`);
    expect(text).toContain(`20${NBSP}% | 7${NNBSP}600,00${NBSP}€ | 1${NNBSP}520,00${NBSP}€ |`);
  });

  it('repeats the row of a table it designed once per line, keeping its header', () => {
    expect(text).toContain('Article | Qté | Montant |');
    expect(text).toContain(`Licence CRM Pro, 12 mois | 5 licences | 5${NNBSP}625,00${NBSP}€ |`);
    expect(text).toContain(`Formation sur site | 2,5 jours | 2${NNBSP}375,00${NBSP}€ |`);
    expect(text).toContain(`Livres techniques | 12  | 418,80${NBSP}€ |`);
  });

  it('keeps the formatting of the placeholder’s first run', async () => {
    const xml = await docxXml(filled);
    const run = /<w:r>(?:(?!<\/w:r>).)*Boulangerie Hélène &amp; Fils(?:(?!<\/w:r>).)*<\/w:r>/s.exec(xml)?.[0] ?? '';
    expect(run).not.toBe('');
    expect(run).not.toContain('<w:b/>');
  });

  it('is filled in English formats for an English quote', async () => {
    const english = await docxText(await fillQuoteTemplate(template, englishQuote()));
    expect(english).toContain('Devis D-2026-0042-A1B2 v2 du 22 November 2026');
    expect(english).toContain('Total TTC : €9,539.74');
    expect(english).toContain('Ref. | Description | Qty |');
  });

  it('prints text typed in the CRM as typed, even with braces', async () => {
    const quote = frenchQuote();
    quote.client.companyName = 'Société {{total.incl}} & <Cie>';
    const injected = await docxText(await fillQuoteTemplate(template, quote));
    expect(injected).toContain('Pour : Société {\u2060{total.incl}} & <Cie> — merci');
    expect(injected.replace(/\u2060/g, '')).not.toContain(`Société 9${NNBSP}539,74`);
  });

  it('prints braces typed in a line as typed, in its own rows and in the generated lines table', async () => {
    const quote = frenchQuote();
    quote.lines[0] = { ...quote.lines[0]!, description: 'Pose {{client.company}} {{lines}}' };
    const injected = await docxText(await fillQuoteTemplate(template, quote));
    expect(injected.split('Pose {\u2060{client.company}} {\u2060{lines}}')).toHaveLength(3);
    expect(injected.split('Réf. | Désignation')).toHaveLength(2);
  });

  it('lists its placeholders, known and unknown', async () => {
    const { known, unknown } = await inspectQuoteTemplate(template, 'fr');
    expect(known).toEqual(
      expect.arrayContaining(['client.company', 'quote.number', 'quote.date', 'client.address', 'lines', 'vat_summary', 'line.description', 'line.quantity', 'total.incl']),
    );
    expect(unknown).toEqual(['client.fax']);
  });
});

describe('a refused template', () => {
  it('holds none of the quote placeholders: refused, in the user’s language', async () => {
    const letter = await plainLetter();
    const error = await refusal(fillQuoteTemplate(letter, frenchQuote()));
    expect(error.code).toBe('no_placeholders');
    expect(error.message).toBe(
      'Ce modèle ne contient aucun champ de devis, comme {{quote.number}}. Ajoutez les champs voulus (voir la liste des champs) puis réessayez.',
    );
    expect((await refusal(fillQuoteTemplate(letter, englishQuote()))).message).toMatch(/^This template has no quote fields, such as \{\{quote\.number\}\}\./);
  });

  it('is not a Word document: refused, whether it is not a zip or a zip without word/document.xml', async () => {
    const pdfLike = new TextEncoder().encode('%PDF-1.7\n{{quote.number}}\n%%EOF');
    for (const bytes of [pdfLike, await zipWithoutDocument(), new Uint8Array()]) {
      const error = await refusal(fillQuoteTemplate(bytes, frenchQuote()));
      expect(error.code).toBe('not_docx');
      expect(error.message).toContain('n’est pas un document Word (.docx)');
    }
  });

  it('is a damaged .docx: refused as not a Word document', async () => {
    const template = await userTemplate();
    const damaged = template.slice();
    damaged.fill(0x41, 30, 400);
    expect((await refusal(inspectQuoteTemplate(damaged, 'en'))).code).toBe('not_docx');
  });

  it('is too large: refused before it is opened', async () => {
    const error = await refusal(inspectQuoteTemplate(new Uint8Array(MAX_TEMPLATE_BYTES + 1), 'fr'));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('(21 Mo, 20 Mo au plus)');
  });
});

describe('the sample template shipped in resources/templates', async () => {
  const sample = new Uint8Array(readFileSync(resource('quote-template.docx')));

  it('is what scripts/make-quote-template.ts makes today (run it after changing sample-template.ts)', async () => {
    const [shipped, built] = await Promise.all([openDocx(sample), buildSampleQuoteTemplate().then(openDocx)]);
    const parts = Object.keys(built.files).filter((name) => name !== 'docProps/core.xml');
    expect(Object.keys(shipped.files).sort()).toEqual(Object.keys(built.files).sort());
    for (const name of parts) expect(await shipped.file(name)?.async('string'), name).toBe(await built.file(name)?.async('string'));
  });

  it('holds only known placeholders, and the rows of its two designed tables', async () => {
    const { known, unknown } = await inspectQuoteTemplate(sample, 'fr');
    expect(unknown).toEqual([]);
    expect(known).toEqual(expect.arrayContaining(['seller.logo', 'seller.legal', 'client.company', 'quote.number', 'totals', 'line.unit_price', 'vat.amount']));
  });

  it('fills into a complete quote with the logo', async () => {
    const filled = await fillQuoteTemplate(sample, frenchQuote());
    const text = await docxText(filled);
    expect(text).not.toContain('{{');
    expect(text).toContain('Devis n° D-2026-0042-A1B2 v2');
    expect(text).toContain(`LOG-PRO | Licence CRM Pro, 12 mois | 5 licences | 1${NNBSP}250,00${NBSP}€ | 10${NBSP}% | 20${NBSP}% | 5${NNBSP}625,00${NBSP}€ |`);
    expect(text).toContain(`5,5${NBSP}% | 397,86${NBSP}€ | 21,88${NBSP}€ |`);
    expect(text).toContain(`Remise globale 5${NBSP}% | -420,94${NBSP}€ |`);
    const zip = await openDocx(filled);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(await zip.file(media[0] ?? '')?.async('uint8array')).toEqual(logoPng);
    expect(await docxFootersText(filled)).toContain('SIRET 732 829 320 00074');
  });

  it('documents every placeholder in its README', () => {
    // The quote part: the mail merge's fields are documented after it.
    const readme = readFileSync(resource('README.md'), 'utf8').split('\n# Mail merge letters')[0] ?? '';
    for (const name of knownPlaceholders) expect(readme, name).toContain(`\`{{${name}}}\``);
    const documented = [...readme.matchAll(/`\{\{([\w.]+)\}\}`/g)].map((match) => match[1]);
    expect(documented.filter((name) => !knownPlaceholders.includes(name ?? ''))).toEqual([]);
  });
});
