import type { CatalogueShape } from '../shape';
import type { quoteDocumentFr } from './fr';

export const quoteDocumentEn: CatalogueShape<typeof quoteDocumentFr> = {
  fileName: 'Quote {{number}}',
  fileNameFor: 'Quote {{number}} – {{client}}',
  heading: 'Quote No. {{number}}',
  pageTitle: 'Quote {{number}} — {{seller}}',
  labelled: '{{label}}: {{value}}',
  subject: 'Subject',
  issueDate: 'Date',
  validUntil: 'Valid until',
  salesperson: 'Your contact',
  client: 'Client',
  phone: 'Tel. {{phone}}',
  columns: {
    reference: 'Ref.',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    discount: 'Discount',
    vatRate: 'VAT',
    totalExcl: 'Total excl. VAT',
  },
  totals: {
    lines: 'Lines total excl. VAT',
    globalDiscount: 'Overall discount {{rate}}',
    totalExcl: 'Total excl. VAT',
    vat: 'VAT',
    totalIncl: 'Total incl. VAT',
  },
  vatSummary: {
    title: 'VAT summary',
    rate: 'Rate',
    base: 'Taxable amount',
    vat: 'VAT amount',
  },
  terms: 'Terms',
  notes: 'Notes',
  acceptance: 'Accepted',
  acceptanceHint: 'Date, signature and company stamp',
  footer: {
    siret: 'SIRET {{siret}}',
    vatNumber: 'VAT No. {{vatNumber}}',
    page: 'Page {{page}} of {{pages}}',
  },
  templateErrors: {
    not_docx: 'This file is not a Word document (.docx). Save your template in Word format (.docx) and try again.',
    no_placeholders:
      'This template has no quote fields, such as {{example}}. Add the fields you want (see the list of fields) and try again.',
    too_large: 'This template is too large ({{size}} MB, {{max}} MB at most). Make its pictures smaller and try again.',
  },
};
