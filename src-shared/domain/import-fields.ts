/**
 * The fields a file can fill, per kind of record, as data: each with the type of value it takes
 * (which says how a cell is read and checked) and the column names it is guessed from. Adding a
 * field or an entity is a line here (plus its label in the imports catalogue, `imports.field.<key>`)
 * and its column in the core's writer for that entity.
 *
 * Header words are compared folded (lower case, no accents, punctuation as spaces): "E-mail",
 * "e mail", "Email" and "EMAIL" are the same word.
 */

/** How a cell is read. */
export type ImportFieldType =
  /** Trimmed text, at most `max` characters. */
  | 'text'
  /** A CRM record id (the first column of an export): the row updates that record. */
  | 'recordId'
  /** "Hélène Dupont", "DUPONT Hélène" or "Dupont, Hélène": split into first and last names when those are not mapped. */
  | 'fullName'
  /** M., Mme, Monsieur, Madame, Mr, Mrs, Ms, Dr, Pr… */
  | 'civility'
  /** One or several addresses (separated by , ; or new lines). */
  | 'email'
  /** One or several numbers (separated by ; / or new lines), validated for the record's country. */
  | 'phone'
  /** 31/12/2026, 31.12.2026, 2026-12-31, 31 décembre 2026, December 31, 2026, an Excel date. */
  | 'date'
  /** FR, France, Allemagne, Germany, Royaume-Uni… */
  | 'country'
  /** fr, français, French… */
  | 'language'
  /** oui / non, yes / no, accepté / refusé… */
  | 'consent'
  /** 1-9, 10-49, 50-249, 250-999, 1000+ (or a head count). */
  | 'companySize'
  /** acme.fr, https://www.acme.fr */
  | 'url'
  /** SIREN, SIRET or another registration number; a SIREN/SIRET must pass its checksum. */
  | 'legalId'
  /** A company, found by its name (accents and case aside); created when missing if asked. */
  | 'companyName'
  /** A user of the CRM, by name or e-mail. */
  | 'user'
  /** An amount, with or without its currency: "12 500,50 €", "EUR 12500.50", "1,234.50 $", an Excel number. */
  | 'amount'
  /** EUR, €, euros, USD, $, dollars, GBP, £, CHF… */
  | 'currency'
  /** A deal's status: open (ouvert, en cours…), won (gagné, signé…) or lost (perdu, abandonné…). */
  | 'dealStatus'
  /** A percent: 30, 30 %, 0,3 (Excel's 30 %). */
  | 'probability';

/*
 * `email` and `phone` are a record's MAIN e-mail and phone (its first, whatever its label), as
 * this app's list exports write them ("E-mail", "Téléphone" beside the record id): imported back,
 * a changed value replaces the main one (same label), an emptied cell removes it, an equal one
 * (the same address, the same E.164 number however written) changes nothing. They are offered
 * for files that carry record ids; other files fill the labelled fields.
 */

export type ImportField = {
  key: ImportFieldKey;
  type: ImportFieldType;
  /** Text fields: the longest value kept. */
  max?: number;
  /** Several columns may fill it (their values add up). */
  repeatable?: boolean;
  /** Folded column names it is guessed from (French and English, and common exports: Outlook, Google). */
  headers: readonly string[];
};

export const importFieldKeys = [
  'recordId',
  'civility',
  'firstName',
  'lastName',
  'fullName',
  'jobTitle',
  'company',
  'name',
  'legalId',
  'industry',
  'size',
  'website',
  'email',
  'phone',
  'emailWork',
  'emailHome',
  'emailOther',
  'phoneMobile',
  'phoneWork',
  'phoneHome',
  'phoneFax',
  'phoneOther',
  'address',
  'postcode',
  'city',
  'country',
  'language',
  'birthday',
  'source',
  'notes',
  'owner',
  'consentEmail',
  'consentPhone',
  'consentMail',
  'title',
  'pipeline',
  'stage',
  'status',
  'amount',
  'currency',
  'probability',
  'expectedClose',
  'contact',
  'nextStep',
  'lostReason',
] as const;
export type ImportFieldKey = (typeof importFieldKeys)[number];

const mainEmail: ImportField = { key: 'email', type: 'email', headers: [] };
const mainPhone: ImportField = { key: 'phone', type: 'phone', headers: [] };
const recordId: ImportField = { key: 'recordId', type: 'recordId', headers: ['identifiant crm', 'crm id', 'id crm', 'identifiant', 'record id'] };
const emailWork: ImportField = {
  key: 'emailWork',
  type: 'email',
  repeatable: true,
  headers: ['e mail', 'email', 'courriel', 'mail', 'adresse e mail', 'adresse email', 'adresse mail', 'e mail professionnel', 'email professionnel', 'e mail pro', 'work email', 'email address', 'e mail address', 'e mail 1 value', 'e mail 1', 'email 1', 'business email'],
};
const emailOther: ImportField = {
  key: 'emailOther',
  type: 'email',
  repeatable: true,
  headers: ['autre e mail', 'autre email', 'e mail 2', 'email 2', 'e mail 3', 'email 3', 'other email', 'e mail 2 address', 'e mail 3 address', 'e mail 2 value', 'e mail 3 value', 'emails'],
};
const phoneWork: ImportField = {
  key: 'phoneWork',
  type: 'phone',
  repeatable: true,
  headers: ['telephone', 'tel', 'tel fixe', 'telephone fixe', 'telephone professionnel', 'tel pro', 'telephone bureau', 'phone', 'work phone', 'business phone', 'office phone', 'telephone number', 'phone number', 'phone 1 value', 'standard'],
};
const phoneMobile: ImportField = {
  key: 'phoneMobile',
  type: 'phone',
  repeatable: true,
  headers: ['portable', 'mobile', 'telephone portable', 'tel portable', 'tel mobile', 'telephone mobile', 'gsm', 'cell', 'cellphone', 'cell phone', 'mobile phone'],
};
const phoneFax: ImportField = { key: 'phoneFax', type: 'phone', repeatable: true, headers: ['fax', 'telecopie', 'business fax', 'fax professionnel'] };
const phoneOther: ImportField = { key: 'phoneOther', type: 'phone', repeatable: true, headers: ['autre telephone', 'other phone', 'phone 2 value', 'phone 3 value', 'telephones', 'phones'] };
const address: ImportField = {
  key: 'address',
  type: 'text',
  max: 300,
  headers: ['adresse', 'rue', 'adresse postale', 'adresse 1', 'voie', 'address', 'street', 'street address', 'address 1', 'address line 1', 'business street', 'home street', 'address 1 street'],
};
const postcode: ImportField = {
  key: 'postcode',
  type: 'text',
  max: 20,
  headers: ['code postal', 'cp', 'postcode', 'post code', 'postal code', 'zip', 'zip code', 'zipcode', 'business postal code', 'home postal code', 'address 1 postal code'],
};
const city: ImportField = { key: 'city', type: 'text', max: 100, headers: ['ville', 'commune', 'localite', 'city', 'town', 'business city', 'home city', 'address 1 city'] };
const country: ImportField = {
  key: 'country',
  type: 'country',
  headers: ['pays', 'country', 'country region', 'business country region', 'home country region', 'address 1 country', 'code pays', 'country code'],
};
const notes: ImportField = { key: 'notes', type: 'text', max: 20_000, repeatable: true, headers: ['notes', 'note', 'remarques', 'remarque', 'commentaire', 'commentaires', 'observations', 'comments', 'comment', 'description'] };
const companyField: ImportField = {
  key: 'company',
  type: 'companyName',
  headers: ['societe', 'entreprise', 'organisation', 'organisme', 'raison sociale', 'employeur', 'nom de la societe', 'nom societe', 'nom de l entreprise', 'nom entreprise', 'company', 'company name', 'organization', 'organisation name', 'organization 1 name', 'employer', 'account', 'account name'],
};
const owner: ImportField = { key: 'owner', type: 'user', headers: ['proprietaire', 'responsable', 'commercial', 'suivi par', 'owner', 'account owner', 'sales rep'] };

/** The fields of each kind of record, in the order the wizard lists them. */
export const importFields = {
  contact: [
    recordId,
    { key: 'civility', type: 'civility', headers: ['civilite', 'titre de civilite', 'civ', 'salutation', 'title prefix', 'prefix', 'name prefix', 'mr mrs'] },
    { key: 'firstName', type: 'text', max: 100, headers: ['prenom', 'prenoms', 'first name', 'firstname', 'given name', 'forename'] },
    { key: 'lastName', type: 'text', max: 100, headers: ['nom', 'nom de famille', 'nom du contact', 'last name', 'lastname', 'surname', 'family name', 'name family'] },
    { key: 'fullName', type: 'fullName', headers: ['nom complet', 'nom et prenom', 'prenom nom', 'nom prenom', 'contact', 'full name', 'fullname', 'display name', 'name'] },
    { key: 'jobTitle', type: 'text', max: 150, headers: ['fonction', 'poste', 'titre', 'intitule de poste', 'metier', 'job title', 'title', 'position', 'role', 'job'] },
    companyField,
    mainEmail,
    mainPhone,
    emailWork,
    { key: 'emailHome', type: 'email', repeatable: true, headers: ['e mail personnel', 'email personnel', 'e mail perso', 'email perso', 'home email', 'personal email'] },
    emailOther,
    phoneMobile,
    phoneWork,
    { key: 'phoneHome', type: 'phone', repeatable: true, headers: ['telephone domicile', 'tel domicile', 'telephone personnel', 'tel perso', 'home phone', 'personal phone'] },
    phoneFax,
    phoneOther,
    address,
    postcode,
    city,
    country,
    { key: 'language', type: 'language', headers: ['langue', 'language', 'langue preferee', 'preferred language'] },
    { key: 'birthday', type: 'date', headers: ['date de naissance', 'anniversaire', 'naissance', 'ne le', 'birthday', 'birth date', 'date of birth', 'birthdate', 'dob'] },
    { key: 'source', type: 'text', max: 100, headers: ['source', 'origine', 'provenance', 'lead source', 'origin'] },
    notes,
    owner,
    { key: 'consentEmail', type: 'consent', headers: ['consentement e mail', 'consentement email', 'accepte les e mails', 'optin e mail', 'opt in email', 'email consent', 'email opt in'] },
    { key: 'consentPhone', type: 'consent', headers: ['consentement telephone', 'accepte les appels', 'phone consent', 'phone opt in'] },
    { key: 'consentMail', type: 'consent', headers: ['consentement courrier', 'accepte les courriers', 'mail consent', 'postal mail consent', 'mail opt in'] },
  ],
  company: [
    recordId,
    { key: 'name', type: 'text', max: 200, headers: ['nom', 'societe', 'entreprise', 'raison sociale', 'nom de la societe', 'denomination', 'organisation', 'name', 'company', 'company name', 'organization', 'account name', 'account'] },
    { key: 'legalId', type: 'legalId', headers: ['siret', 'siren', 'n siret', 'numero siret', 'siren siret', 'identifiant legal', 'immatriculation', 'legal id', 'registration number', 'company number'] },
    { key: 'industry', type: 'text', max: 100, headers: ['secteur', 'secteur d activite', 'activite', 'code naf', 'industrie', 'industry', 'sector'] },
    { key: 'size', type: 'companySize', headers: ['taille', 'effectif', 'effectifs', 'tranche d effectif', 'nombre de salaries', 'size', 'employees', 'headcount', 'company size'] },
    { key: 'website', type: 'url', headers: ['site web', 'site internet', 'site', 'web', 'url', 'website', 'web site', 'web page', 'homepage'] },
    mainEmail,
    mainPhone,
    { ...emailWork, headers: [...emailWork.headers, 'e mail de la societe', 'company email'] },
    emailOther,
    { ...phoneWork, headers: [...phoneWork.headers, 'telephone standard', 'main phone', 'company phone'] },
    phoneMobile,
    phoneFax,
    phoneOther,
    address,
    postcode,
    city,
    country,
    notes,
    owner,
  ],
  /*
   * A deal's stage, pipeline, contact and lost reason are named as the CRM names them (accents
   * and case aside; a stage of the default pipeline in French or English): the core finds them.
   */
  deal: [
    recordId,
    {
      key: 'title',
      type: 'text',
      max: 200,
      headers: ['affaire', 'intitule', 'nom de l affaire', 'titre de l affaire', 'intitule de l affaire', 'opportunite', 'nom de l opportunite', 'titre', 'objet', 'deal', 'deal name', 'deal title', 'opportunity', 'opportunity name', 'title', 'name', 'nom'],
    },
    { key: 'pipeline', type: 'text', max: 80, headers: ['pipeline', 'pipe', 'tunnel de vente', 'tunnel', 'processus de vente', 'sales pipeline'] },
    { key: 'stage', type: 'text', max: 80, headers: ['etape', 'etape de vente', 'etape du pipeline', 'phase', 'stade', 'stage', 'deal stage', 'sales stage', 'pipeline stage'] },
    { key: 'status', type: 'dealStatus', headers: ['statut', 'etat', 'statut de l affaire', 'resultat', 'status', 'deal status', 'state', 'outcome', 'won lost'] },
    { key: 'amount', type: 'amount', headers: ['montant', 'montant ht', 'montant de l affaire', 'valeur', 'chiffre d affaires', 'ca', 'prix', 'amount', 'deal amount', 'value', 'deal value', 'revenue', 'expected revenue'] },
    { key: 'currency', type: 'currency', headers: ['devise', 'monnaie', 'montant devise', 'currency', 'amount currency', 'currency code'] },
    { key: 'probability', type: 'probability', headers: ['probabilite', 'probabilite de succes', 'probabilite de gain', 'chance', 'chances', 'pourcentage', 'probability', 'win probability', 'probability of winning', 'likelihood', 'confidence'] },
    {
      key: 'expectedClose',
      type: 'date',
      headers: ['date de cloture prevue', 'date de cloture', 'cloture prevue', 'cloture', 'date de signature prevue', 'date de signature', 'echeance', 'date prevue', 'expected close', 'expected close date', 'close date', 'closing date', 'expected closing date', 'due date'],
    },
    { ...companyField, headers: [...companyField.headers, 'client', 'compte client', 'customer', 'client name'] },
    { key: 'contact', type: 'text', max: 200, headers: ['contact', 'contact principal', 'interlocuteur', 'nom du contact', 'e mail du contact', 'email du contact', 'primary contact', 'contact name', 'contact email', 'contact person'] },
    { ...owner, headers: [...owner.headers, 'proprietaire de l affaire', 'responsable de l affaire', 'deal owner', 'opportunity owner'] },
    { key: 'source', type: 'text', max: 120, headers: ['source', 'origine', 'provenance', 'canal', 'lead source', 'origin', 'deal source', 'channel'] },
    { key: 'nextStep', type: 'text', max: 200, headers: ['prochaine etape', 'prochaine action', 'action suivante', 'next step', 'next action', 'next steps'] },
    notes,
    { key: 'lostReason', type: 'text', max: 200, headers: ['motif de perte', 'raison de la perte', 'cause de perte', 'motif', 'raison', 'lost reason', 'loss reason', 'reason lost', 'closed lost reason'] },
  ],
} as const satisfies Record<string, readonly ImportField[]>;

type EntityWithFields = keyof typeof importFields;

/** The field `key` of `entity`, or undefined when that entity has no such field. */
export function fieldOf(entity: EntityWithFields, key: string): ImportField | undefined {
  return (importFields[entity] as readonly ImportField[]).find((field) => field.key === key);
}

export function isFieldOf(entity: EntityWithFields, key: string): key is ImportFieldKey {
  return fieldOf(entity, key) !== undefined;
}
