import { describe, expect, it } from 'vitest';
import { buildQuoteDocx } from '../../../../src-main/documents/quote-docx';
import { docxFootersText, docxText, docxXml, openDocx } from '../../../fixtures/documents/docx-text';
import { NBSP, NNBSP, englishQuote, frenchQuote, logoPng, longQuote } from '../../../fixtures/documents/quote-models';

describe('the Word quote, in French', async () => {
  const bytes = await buildQuoteDocx(frenchQuote());
  const text = await docxText(bytes);

  it('is a Word document with the letterhead, the client and the title', async () => {
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
    expect(text).toContain('Atelier Lumière SAS');
    expect(text).toContain('12 rue des Tanneurs\n69002 Lyon\nFrance');
    expect(text).toContain('Tél. 04 72 00 00 00');
    expect(text).toContain('Client\nBoulangerie Hélène & Fils\nHélène Lefèvre\n3 place Bellecour\n69002 Lyon');
    expect(text).toContain('Devis n° D-2026-0042-A1B2 v2');
    expect(text).toContain(`Objet${NBSP}: Équipement du magasin`);
    expect(text).toContain(`Date${NBSP}: 22 novembre 2026`);
    expect(text).toContain(`Valable jusqu’au${NBSP}: 22 décembre 2026`);
    expect(text).toContain(`Votre interlocuteur${NBSP}: Léa Martin`);
  });

  it('lists every line with its quantity, unit, prices, discount and VAT rate', () => {
    expect(text).toContain('Réf. | Désignation | Qté | PU HT | Remise | TVA | Total HT |');
    expect(text).toContain(`LOG-PRO | Licence CRM Pro, 12 mois | 5${NBSP}licences | 1${NNBSP}250,00${NBSP}€ | 10${NBSP}% | 20${NBSP}% | 5${NNBSP}625,00${NBSP}€ |`);
    expect(text).toContain(`FORM-J | Formation sur site | 2,5${NBSP}jours | 950,00${NBSP}€ |  | 20${NBSP}% | 2${NNBSP}375,00${NBSP}€ |`);
    expect(text).toContain(`LIV-05 | Livres techniques | 12 | 34,90${NBSP}€ |  | 5,5${NBSP}% | 418,80${NBSP}€ |`);
  });

  it('repeats the header row of the lines table on every page', async () => {
    const xml = await docxXml(bytes);
    expect(xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('gives the totals in French format, with the global discount', () => {
    expect(text).toContain(`Total des lignes HT | 8${NNBSP}418,80${NBSP}€ |`);
    expect(text).toContain(`Remise globale 5${NBSP}% | -420,94${NBSP}€ |`);
    expect(text).toContain(`Total HT | 7${NNBSP}997,86${NBSP}€ |`);
    expect(text).toContain(`TVA | 1${NNBSP}541,88${NBSP}€ |`);
    expect(text).toContain(`Total TTC | 9${NNBSP}539,74${NBSP}€ |`);
  });

  it('sums up the VAT per rate', () => {
    expect(text).toContain('Récapitulatif de la TVA');
    expect(text).toContain('Taux | Base HT | Montant TVA |');
    expect(text).toContain(`5,5${NBSP}% | 397,86${NBSP}€ | 21,88${NBSP}€ |`);
    expect(text).toContain(`20${NBSP}% | 7${NNBSP}600,00${NBSP}€ | 1${NNBSP}520,00${NBSP}€ |`);
  });

  it('ends with the terms, the notes and the client’s acceptance', () => {
    expect(text).toContain('Conditions\nAcompte de 30 % à la commande.\nSolde à 30 jours fin de mois.\n');
    expect(text).toContain('Remarques\nLivraison comprise dans la région lyonnaise.\n');
    expect(text).toContain('Bon pour accord\nDate, signature et cachet du client');
  });

  it('prints the SIRET, the VAT number and page numbers in the footer', async () => {
    const footers = await docxFootersText(bytes);
    expect(footers).toContain('Atelier Lumière SAS · SIRET 732 829 320 00074 · N° TVA intracommunautaire FR44732829320');
    expect(footers).toContain('Page PAGE');
    expect(footers).toMatch(/sur\s*NUMPAGES/);
  });

  it('embeds the logo, keeping its proportions', async () => {
    const zip = await openDocx(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(await zip.file(media[0] ?? '')?.async('uint8array')).toEqual(logoPng);
    const xml = await docxXml(bytes);
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(2, 2);
  });

  it('is A4', async () => {
    const xml = await docxXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});

describe('the Word quote, in English', async () => {
  const text = await docxText(await buildQuoteDocx(englishQuote()));

  it('uses English words, amounts and dates', () => {
    expect(text).toContain('Quote No. D-2026-0042-A1B2 v2');
    expect(text).toContain('Date: 22 November 2026');
    expect(text).toContain('Valid until: 22 December 2026');
    expect(text).toContain('Ref. | Description | Qty | Unit price | Discount | VAT | Total excl. VAT |');
    expect(text).toContain(`LOG-PRO | Licence CRM Pro, 12 mois | 5${NBSP}licences | €1,250.00 | 10% | 20% | €5,625.00 |`);
    expect(text).toContain('LIV-05 | Livres techniques | 12 | €34.90 |  | 5.5% | €418.80 |');
    expect(text).toContain('Overall discount 5% | -€420.94 |');
    expect(text).toContain('Total incl. VAT | €9,539.74 |');
    expect(text).toContain('VAT summary');
    expect(text).toContain('Terms\n30% deposit on order.\n');
    expect(text).not.toContain('Notes');
    expect(text).not.toMatch(/Devis|Désignation|novembre/);
  });
});

describe('a quote without logo, discount, validity or salesperson', () => {
  it('leaves out what it does not have', async () => {
    const quote = longQuote(2);
    const model = {
      ...quote,
      seller: { ...quote.seller, logo: null, phone: null },
      quote: { ...quote.quote, validUntil: null, ownerName: null },
      terms: null,
      notes: '  \n',
    };
    const bytes = await buildQuoteDocx(model);
    const text = await docxText(bytes);
    expect(Object.keys((await openDocx(bytes)).files).some((name) => name.startsWith('word/media/'))).toBe(false);
    expect(text).not.toMatch(/Remise globale|Total des lignes|Valable|interlocuteur|Tél\.|Conditions|Remarques/);
    expect(text).toContain('Total HT |');
    expect(text).toContain('REF-002');
  });
});
