/**
 * The words of a quote document (Word, PDF, user templates), French: the reference catalogue for
 * en.ts. Numbers, amounts and dates are formatted by the document builders, not here.
 */
export const quoteDocumentFr = {
  fileName: 'Devis {{number}}',
  fileNameFor: 'Devis {{number}} – {{client}}',
  heading: 'Devis n° {{number}}',
  pageTitle: 'Devis {{number}} — {{seller}}',
  labelled: '{{label}}\u00a0: {{value}}',
  subject: 'Objet',
  issueDate: 'Date',
  validUntil: 'Valable jusqu’au',
  salesperson: 'Votre interlocuteur',
  client: 'Client',
  phone: 'Tél. {{phone}}',
  columns: {
    reference: 'Réf.',
    description: 'Désignation',
    quantity: 'Qté',
    unitPrice: 'PU HT',
    discount: 'Remise',
    vatRate: 'TVA',
    totalExcl: 'Total HT',
  },
  totals: {
    lines: 'Total des lignes HT',
    globalDiscount: 'Remise globale {{rate}}',
    totalExcl: 'Total HT',
    vat: 'TVA',
    totalIncl: 'Total TTC',
  },
  vatSummary: {
    title: 'Récapitulatif de la TVA',
    rate: 'Taux',
    base: 'Base HT',
    vat: 'Montant TVA',
  },
  terms: 'Conditions',
  notes: 'Remarques',
  acceptance: 'Bon pour accord',
  acceptanceHint: 'Date, signature et cachet du client',
  footer: {
    siret: 'SIRET {{siret}}',
    vatNumber: 'N° TVA intracommunautaire {{vatNumber}}',
    page: 'Page {{page}} sur {{pages}}',
  },
  templateErrors: {
    not_docx: 'Ce fichier n’est pas un document Word (.docx). Enregistrez votre modèle au format Word (.docx) puis réessayez.',
    no_placeholders:
      'Ce modèle ne contient aucun champ de devis, comme {{example}}. Ajoutez les champs voulus (voir la liste des champs) puis réessayez.',
    too_large: 'Ce modèle est trop volumineux ({{size}} Mo, {{max}} Mo au plus). Réduisez la taille de ses images puis réessayez.',
  },
} as const;
