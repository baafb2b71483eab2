/** What deals are about, in the client's language: the title of the deal (and of its quotes). */
export const dealTopics = {
  fr: [
    'Renouvellement du parc informatique',
    'Équipement des nouveaux bureaux',
    'Contrat de maintenance annuel',
    'Migration vers Microsoft 365',
    'Mise en place du télétravail',
    'Remplacement des copieurs',
    'Sécurisation du réseau',
    'Déploiement Wi-Fi',
    'Formation bureautique des équipes',
    'Infogérance du parc',
    'Nouveau standard téléphonique',
    'Aménagement de l’open space',
    'Vidéosurveillance du site',
    'Salle de réunion connectée',
    'Sauvegarde et plan de reprise',
    'Postes de travail CAO',
    'Séminaire annuel',
    'Audit de sécurité',
    'Location de matériel',
    'Cadeaux de fin d’année',
    'Extension de garantie',
    'Logiciel de gestion commerciale',
  ],
  en: [
    'Laptop refresh',
    'New office fit-out',
    'Annual maintenance contract',
    'Microsoft 365 migration',
    'Remote working set-up',
    'Printer fleet replacement',
    'Network security upgrade',
    'Wi-Fi roll-out',
    'Staff IT training',
    'Managed IT services',
    'New phone system',
    'Meeting room equipment',
    'CCTV installation',
    'Backup and disaster recovery',
    'CAD workstations',
    'Security audit',
    'Equipment rental',
  ],
} as const;

/** How a title is finished: nothing, the year, a phase, a site. */
export const titleSuffixes = {
  fr: ['', '', '', ' {year}', ' – phase 2', ' – site de {city}', ' – siège', ' (renouvellement)'],
  en: ['', '', '', ' {year}', ' – phase 2', ' – {city} office', ' – head office'],
} as const;

export const nextSteps = {
  fr: [
    'Rappeler pour fixer un rendez-vous',
    'Envoyer la proposition commerciale',
    'Relancer par téléphone',
    'Démonstration sur site',
    'Visite technique des locaux',
    'Présenter le devis au comité de direction',
    'Attendre le retour des achats',
    'Organiser un essai de deux semaines',
    'Envoyer les références clients',
    'Valider le planning d’installation',
    'Négocier les conditions de paiement',
    'Relancer par e-mail',
  ],
  en: [
    'Call back to book a meeting',
    'Send the proposal',
    'Follow up by phone',
    'On-site demo',
    'Site survey',
    'Present the quote to the board',
    'Waiting for procurement',
    'Set up a two-week trial',
    'Send customer references',
    'Follow up by e-mail',
  ],
} as const;

/** A contact's part in a deal (free text in the app; these are the usual words). */
export const dealRoles = {
  fr: { decisionMaker: 'Décideur', others: ['Acheteur', 'Prescripteur', 'Utilisateur', 'Signataire', 'Responsable technique'] },
  en: { decisionMaker: 'Decision maker', others: ['Buyer', 'Influencer', 'User', 'Signatory', 'Technical lead'] },
} as const;

export const dealSources = [
  ['Site web', 20],
  ['Client existant', 25],
  ['Recommandation', 15],
  ['Salon professionnel', 10],
  ['Prospection téléphonique', 10],
  ['Appel d’offres', 6],
  ['Partenaire', 8],
  ['LinkedIn', 6],
] as const;

export const dealNotes = {
  fr: [
    'Budget voté en conseil d’administration, décision attendue avant la fin du trimestre.',
    'Concurrent bien placé sur le prix : mettre en avant la maintenance sur site.',
    'Le client souhaite une installation pendant les congés d’été.',
    'Interlocuteur très réactif, préfère être contacté le matin.',
    'Projet lié au déménagement dans de nouveaux locaux.',
    'Demande un paiement en trois fois.',
  ],
  en: [
    'Budget approved by the board, decision expected before the end of the quarter.',
    'A competitor is cheaper: stress on-site maintenance.',
    'They want the installation done over the summer break.',
    'Very responsive contact, prefers morning calls.',
    'Linked to their move to new premises.',
  ],
} as const;

/** Lines typed by hand on a quote (no product): description, unit, price excl. VAT in euro cents, VAT rate. */
export const freeQuoteLines = [
  ['Frais de livraison et d’installation hors zone', 'forfait', 15_000, 2000],
  ['Reprise et recyclage de l’ancien matériel', 'forfait', 9_000, 2000],
  ['Déplacement exceptionnel en Corse', 'forfait', 45_000, 2000],
  ['Remise en état du mobilier existant', 'forfait', 32_000, 2000],
] as const;
