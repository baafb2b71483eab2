import { Packer, Paragraph } from 'docx';
import { a4Document, acceptanceBlock, clientBlock, heading, pageFooter, quoteTitle, sellerName } from './docx-sections';
import { paragraph, sideBySide, size } from './docx-style';
import { linesTableOf, vatSummaryTableOf } from './docx-tables';
import { pageCounterParts } from './quote-content';
import { quoteFormat } from './quote-format';

/** A row of the lines table made of placeholders, repeated once per quote line when filled. */
const lineRow = ['{{line.reference}}', '{{line.description}}', '{{line.quantity}} {{line.unit}}', '{{line.unit_price}}', '{{line.discount}}', '{{line.vat_rate}}', '{{line.total}}'];
const vatRow = ['{{vat.rate}}', '{{vat.base}}', '{{vat.amount}}'];

/**
 * The sample Word template shipped as resources/templates/quote-template.docx (written by
 * scripts/make-quote-template.ts): the French quote written with placeholders, for users to copy
 * and restyle in Word. Its lines and VAT summary are tables whose placeholder row repeats; the
 * totals are the generated block, which shows the global discount only when there is one.
 */
export async function buildSampleQuoteTemplate(): Promise<Uint8Array> {
  const words = quoteFormat({ language: 'fr', quote: { currency: 'EUR' } });
  const body = (text: string): Paragraph => paragraph(text, { size: size.body });
  const document = a4Document({
    title: 'Modèle de devis',
    creator: 'CRM',
    laterPagesHeading: 'Devis n° {{quote.number}}',
    footer: () => pageFooter('{{seller.legal}}', pageCounterParts(words)),
    children: [
      sideBySide(
        [body('{{seller.logo}}'), sellerName('{{seller.name}}'), body('{{seller.address}}'), body('Tél. {{seller.phone}}'), body('{{seller.email}}'), body('{{seller.website}}')],
        clientBlock('Client', '{{client.company}}', ['{{client.contact}}', '{{client.address}}']),
      ),
      quoteTitle('Devis n° {{quote.number}}'),
      body('Objet\u00a0: {{quote.title}}'),
      body('Date\u00a0: {{quote.date}}'),
      body('Valable jusqu’au\u00a0: {{quote.valid_until}}'),
      body('Votre interlocuteur\u00a0: {{quote.salesperson}}'),
      paragraph('', {}, 200),
      linesTableOf(words, [lineRow]),
      new Paragraph({ spacing: { after: 160 } }),
      body('{{totals}}'),
      heading('Récapitulatif de la TVA'),
      vatSummaryTableOf(words, [vatRow]),
      heading('Conditions'),
      body('{{terms}}'),
      heading('Remarques'),
      body('{{notes}}'),
      ...acceptanceBlock('Bon pour accord', 'Date, signature et cachet du client'),
    ],
  });
  return Packer.toBuffer(document);
}
