import type { TagColor } from '../../../../src-shared/contract/inputs/misc';

/** Job titles, masculine and feminine (French titles agree with the person). */
export const frenchJobTitles: readonly (readonly [string, string])[] = [
  ['Directeur commercial', 'Directrice commerciale'],
  ['Responsable des achats', 'Responsable des achats'],
  ['Gérant', 'Gérante'],
  ['Chargé de clientèle', 'Chargée de clientèle'],
  ['Assistant de direction', 'Assistante de direction'],
  ['Président-directeur général', 'Présidente-directrice générale'],
  ['Comptable', 'Comptable'],
  ['Ingénieur commercial', 'Ingénieure commerciale'],
  ['Chef de projet', 'Cheffe de projet'],
  ['Responsable marketing', 'Responsable marketing'],
  ['Directeur administratif et financier', 'Directrice administrative et financière'],
  ['Technicien de maintenance', 'Technicienne de maintenance'],
  ['Acheteur', 'Acheteuse'],
  ['Responsable logistique', 'Responsable logistique'],
  ['Directeur des ressources humaines', 'Directrice des ressources humaines'],
  ['Secrétaire général', 'Secrétaire générale'],
  ['Conseiller en patrimoine', 'Conseillère en patrimoine'],
  ['Architecte', 'Architecte'],
  ['Pharmacien', 'Pharmacienne'],
  ['Expert-comptable', 'Experte-comptable'],
  ['Juriste', 'Juriste'],
  ['Responsable qualité', 'Responsable qualité'],
  ['Développeur', 'Développeuse'],
  ['Directeur technique', 'Directrice technique'],
  ['Office manager', 'Office manager'],
  ['Commercial sédentaire', 'Commerciale sédentaire'],
  ["Chef d'atelier", "Cheffe d'atelier"],
  ['Responsable des opérations', 'Responsable des opérations'],
  ['Délégué régional', 'Déléguée régionale'],
  ['Médecin', 'Médecin'],
  ['Avocat', 'Avocate'],
  ['Notaire', 'Notaire'],
  ['Gestionnaire de paie', 'Gestionnaire de paie'],
  ['Chargé de communication', 'Chargée de communication'],
  ["Directeur d'agence", "Directrice d'agence"],
];

export const englishJobTitles = [
  'Sales Director', 'Procurement Manager', 'Managing Director', 'Account Manager', 'Office Manager',
  'Finance Director', 'Operations Manager', 'Head of Marketing', 'Chief Executive Officer', 'Project Manager',
  'Buyer', 'HR Manager', 'Software Engineer', 'Accountant', 'Solicitor', 'Business Development Manager',
  'IT Manager', 'Facilities Manager', 'Customer Success Manager', 'Partner',
] as const;

/** A trade word that starts a French company name, with the industry it implies. */
export const frenchTrades: readonly (readonly [string, string])[] = [
  ['Boulangerie', 'Agroalimentaire'],
  ['Transports', 'Transport et logistique'],
  ['Garage', 'Automobile'],
  ['Menuiserie', 'Bâtiment'],
  ['Plomberie', 'Bâtiment'],
  ['Électricité', 'Bâtiment'],
  ['Maçonnerie', 'Bâtiment'],
  ['Charpente', 'Bâtiment'],
  ['Cabinet', 'Conseil'],
  ['Imprimerie', 'Industrie'],
  ['Pharmacie', 'Santé'],
  ['Agence immobilière', 'Immobilier'],
  ['Hôtel', 'Hôtellerie et restauration'],
  ['Restaurant', 'Hôtellerie et restauration'],
  ['Brasserie', 'Hôtellerie et restauration'],
  ['Fromagerie', 'Agroalimentaire'],
  ['Domaine', 'Viticulture'],
  ['Ateliers', 'Industrie'],
  ['Laboratoires', 'Santé'],
  ['Auto-école', 'Éducation'],
  ['Librairie', 'Commerce de détail'],
  ['Quincaillerie', 'Commerce de détail'],
  ['Fonderie', 'Industrie'],
  ['Scierie', 'Industrie'],
  ["Bureau d'études", 'Ingénierie'],
  ['Étude notariale', 'Juridique'],
  ['Cave', 'Commerce de détail'],
  ['Fiduciaire', 'Comptabilité'],
];

/** Invented brand names, and the sector word that follows them. */
export const frenchBrandRoots = [
  'Novatech', 'Altéo', 'Axéa', 'Synergie', 'Optimum', 'Proxima', 'Veritas', 'Horizon', 'Arkéa', 'Némésis',
  'Orféo', 'Solaris', 'Kéops', 'Azur', 'Équinoxe', 'Cristal', 'Méridien', 'Boréal', 'Hélios', 'Altitude',
] as const;

export const frenchSectorWords: readonly (readonly [string, string])[] = [
  ['Conseil', 'Conseil'],
  ['Informatique', 'Informatique'],
  ['Solutions', 'Informatique'],
  ['Digital', 'Informatique'],
  ['Énergies', 'Énergie'],
  ['Logistique', 'Transport et logistique'],
  ['Immobilier', 'Immobilier'],
  ['Habitat', 'Bâtiment'],
  ['Ingénierie', 'Ingénierie'],
  ['Distribution', 'Commerce de gros'],
  ['Santé', 'Santé'],
  ['Finance', 'Banque et assurance'],
  ['Formation', 'Éducation'],
  ['Services', 'Services aux entreprises'],
];

export const frenchPlaceNames = [
  'du Centre', 'des Halles', 'du Port', 'de la Gare', 'du Rhône', 'de la Loire', 'de Bretagne', 'de Provence',
  "d'Alsace", 'du Midi', 'des Alpes', 'de Normandie', 'du Vieux-Port', "de l'Ouest", 'du Sud-Ouest', 'de Savoie',
] as const;

/** Legal forms, weighted by how common they are among small French businesses. */
export const frenchLegalForms = [
  ['SARL', 35],
  ['SAS', 35],
  ['SASU', 10],
  ['SA', 8],
  ['EURL', 7],
  ['SNC', 3],
  ['SCOP', 2],
] as const;

export const englishTrades: readonly (readonly [string, string])[] = [
  ['Engineering', 'Engineering'],
  ['Logistics', 'Transport and logistics'],
  ['Consulting', 'Consulting'],
  ['Builders', 'Construction'],
  ['Accountants', 'Accounting'],
  ['Software', 'Information technology'],
  ['Foods', 'Food and beverage'],
  ['Property', 'Real estate'],
  ['Print', 'Manufacturing'],
  ['Healthcare', 'Healthcare'],
];

export const englishBrandWords = [
  'Bright Path', 'Northwind', 'Redbrick', 'Blue Harbour', 'Oakfield', 'Kingsway', 'Riverside', 'Greenleaf',
  'Silverline', 'Ironbridge', 'Highgate', 'Westbury', 'Foxglove', 'Meridian', 'Stonebridge', 'Ashdown',
] as const;

export const companySizes = [
  ['1-9', 45],
  ['10-49', 30],
  ['50-249', 15],
  ['250-999', 7],
  ['1000+', 3],
] as const;

export const tagDefinitions: readonly { name: string; color: TagColor }[] = [
  { name: 'Client', color: 'green' },
  { name: 'Prospect', color: 'blue' },
  { name: 'VIP', color: 'purple' },
  { name: 'Partenaire', color: 'teal' },
  { name: 'Fournisseur', color: 'orange' },
  { name: 'À relancer', color: 'red' },
  { name: 'Grand compte', color: 'purple' },
  { name: 'Newsletter', color: 'grey' },
  { name: 'Ancien client', color: 'grey' },
  { name: 'Salon 2025', color: 'yellow' },
  { name: 'Revendeur', color: 'teal' },
  { name: 'Presse', color: 'pink' },
];

export const contactSources = [
  ['Site web', 25],
  ['Salon professionnel', 15],
  ['Recommandation', 15],
  ['Prospection téléphonique', 10],
  ['LinkedIn', 10],
  ['Campagne e-mailing', 8],
  ['Partenaire', 6],
  ['Import fichier', 6],
  ['Bouche-à-oreille', 5],
] as const;

export const personalEmailDomains = {
  fr: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net', 'wanadoo.fr', 'sfr.fr', 'hotmail.fr', 'yahoo.fr', 'outlook.fr'],
  en: ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'btinternet.com', 'yahoo.co.uk', 'icloud.com'],
} as const;

/** Short notes a salesperson writes; `{city}` and `{month}` are filled in. */
export const contactNotes = {
  fr: [
    'Rencontré au salon de {city}.',
    'Préfère être contacté le matin.',
    'Intéressé par l’offre premium, à relancer en {month}.',
    'Ancien client, a changé de société.',
    'Décide des achats informatiques.',
    'Ne pas appeler le vendredi après-midi.',
    'Demande un devis pour une dizaine de postes.',
    'Très satisfait du dernier déploiement.',
  ],
  en: [
    'Met at the {city} trade show.',
    'Prefers e-mail to phone calls.',
    'Interested in the premium plan, follow up in {month}.',
    'Former customer, moved to a new company.',
    'Signs off IT purchases.',
  ],
} as const;

export const months = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** Extra sales reps, so owner filters have something to filter. */
export const extraUsers = [
  { displayName: 'Camille Rousseau', email: 'camille.rousseau@exemple-crm.fr' },
  { displayName: 'Julien Lefèvre', email: 'julien.lefevre@exemple-crm.fr' },
  { displayName: 'Sophie Girard', email: 'sophie.girard@exemple-crm.fr' },
  { displayName: 'Thomas Bérard', email: 'thomas.berard@exemple-crm.fr' },
  { displayName: 'Élodie Marchand', email: 'elodie.marchand@exemple-crm.fr' },
  { displayName: 'Nicolas Fabre', email: 'nicolas.fabre@exemple-crm.fr' },
  { displayName: 'Amandine Caron', email: 'amandine.caron@exemple-crm.fr' },
  { displayName: 'Karim Benali', email: 'karim.benali@exemple-crm.fr' },
  { displayName: 'Laure Chevalier', email: 'laure.chevalier@exemple-crm.fr' },
  { displayName: 'Oliver Hughes', email: 'oliver.hughes@exemple-crm.co.uk' },
  { displayName: 'Hannah Price', email: 'hannah.price@exemple-crm.co.uk' },
] as const;
