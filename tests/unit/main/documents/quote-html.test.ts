import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml } from '../../../../src-main/documents/html-text';
import { quoteHtml } from '../../../../src-main/documents/quote-html';
import { NBSP, NNBSP, englishQuote, frenchQuote, logoPng } from '../../../fixtures/documents/quote-models';

describe('the print page of a quote', () => {
  const html = quoteHtml(frenchQuote());

  it('is one A4 page of its own, in the quote’s language, that runs and loads nothing', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('size: A4;');
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
  });

  it('shows the seller, the client, the lines, the totals and the VAT summary', () => {
    expect(html).toContain('<p class="name">Atelier Lumière SAS</p><p>12 rue des Tanneurs</p>');
    expect(html).toContain('<p class="name">Boulangerie Hélène &#38; Fils</p><p>Hélène Lefèvre</p>');
    expect(html).toContain('<h1>Devis n° D-2026-0042-A1B2 v2</h1>');
    expect(html).toContain(`<p>Valable jusqu’au${NBSP}: 22 décembre 2026</p>`);
    expect(html).toContain(
      `<tr><td>LOG-PRO</td><td>Licence CRM Pro, 12 mois</td><td class="number">5${NBSP}licences</td><td class="number">1${NNBSP}250,00${NBSP}€</td><td class="number">10${NBSP}%</td><td class="number">20${NBSP}%</td><td class="number">5${NNBSP}625,00${NBSP}€</td></tr>`,
    );
    expect(html).toContain(`<tr class="grand"><td>Total TTC</td><td class="number">9${NNBSP}539,74${NBSP}€</td></tr>`);
    expect(html).toContain(`<td class="number">5,5${NBSP}%</td><td class="number">397,86${NBSP}€</td><td class="number">21,88${NBSP}€</td>`);
    expect(html).toContain('<h2>Conditions</h2><p>Acompte de 30 % à la commande.</p><p>Solde à 30 jours fin de mois.</p>');
  });

  it('carries the logo inline', () => {
    expect(html).toContain(`src="data:image/png;base64,${Buffer.from(logoPng).toString('base64')}"`);
  });

  it('puts the legal line and "Page n sur N" in the page margins', () => {
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " sur " counter(pages) ""');
    expect(html).toContain('@bottom-center { content: "Atelier Lumière SAS \\b7  SIRET 732 829 320 00074');
  });

  it('is in English for an English quote', () => {
    const english = quoteHtml(englishQuote());
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>Quote No. D-2026-0042-A1B2 v2</h1>');
    expect(english).toContain('<td>Total incl. VAT</td><td class="number">€9,539.74</td>');
    expect(english).toContain('"Page " counter(page) " of " counter(pages)');
  });
});

describe('user text on the print page', () => {
  const attack = '<script>alert(1)</script><img src=x onerror="alert(2)">';

  it('is escaped everywhere: lines, names, addresses, terms, title', () => {
    const quote = frenchQuote();
    quote.lines[0] = { ...quote.lines[0]!, description: attack, reference: '"><b>', unit: '</td><td>' };
    quote.seller.name = `ACME ${attack}`;
    quote.seller.addressLines = [attack];
    quote.client.companyName = attack;
    quote.quote.title = attack;
    quote.quote.number = `D-1 ${attack}`;
    quote.terms = attack;
    const html = quoteHtml(quote);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=&#34;alert(2)&#34;&#62;');
    expect(html).toContain('<td>&#34;&#62;&#60;b&#62;</td>');
    expect(html).toContain(`5${NBSP}&#60;/td&#62;&#60;td&#62;</td>`);
  });

  it('cannot close the style sheet from the page margins', () => {
    const quote = frenchQuote();
    quote.seller.name = '</style><script>alert(1)</script>';
    quote.quote.number = '"; } body { display: none } @page { content: "';
    const css = /<style>([\s\S]*)<\/style>/.exec(quoteHtml(quote))?.[1] ?? '';
    expect(css).not.toMatch(/<\/style|<script|display: none/);
    expect(css).toContain('@top-right { content: "Devis n\\b0  \\22 \\3b  \\7d  body \\7b  display\\3a  none \\7d ');
  });
});

describe('the escapes', () => {
  it('escape HTML’s five special characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>Hélène & Fils</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;Hélène &#38; Fils&#60;/a&#62;');
  });

  it('write CSS strings with letters, digits and spaces as they are, the rest as hex escapes', () => {
    expect(cssString('Page 1 sur 2')).toBe('"Page 1 sur 2"');
    expect(cssString('a"b\\c\n</style>')).toBe('"a\\22 b\\5c c\\a \\3c \\2f style\\3e "');
  });
});
