/**
 * The mapping offered for a file: each column's name compared with the words of every field
 * (import-fields.ts), the fields' own labels in French and English (what this app's exports
 * write) and the record-id column of an export (round-trip.ts).
 */
import { languages, translate } from '../i18n';
import { importsEn } from '../i18n/imports/en';
import { importsFr } from '../i18n/imports/fr';
import { foldWords } from './import-choices';
import { importFields, type ImportField, type ImportFieldKey } from './import-fields';
import type { ImportEntity, ImportMapping } from './imports';
import { isRecordIdHeader } from './round-trip';

type Candidate = { field: ImportField; words: string[] };

const cache = new Map<ImportEntity, { exact: Map<string, ImportField>; phrases: Candidate[] }>();

function vocabulary(entity: ImportEntity) {
  const known = cache.get(entity);
  if (known) return known;
  const exact = new Map<string, ImportField>();
  const phrases: Candidate[] = [];
  const fields = importFields[entity] as readonly ImportField[];
  const add = (phrase: string, field: ImportField) => {
    const folded = foldWords(phrase);
    if (folded === '') return;
    if (!exact.has(folded)) exact.set(folded, field);
    phrases.push({ field, words: folded.split(' ') });
  };
  // Labels first: this app's own exports use them, and they are the most precise.
  for (const field of fields) for (const labels of [importsFr.field, importsEn.field]) add(labels[field.key], field);
  for (const field of fields) for (const header of field.headers) add(header, field);
  const entry = { exact, phrases };
  cache.set(entity, entry);
  return entry;
}

/**
 * The columns of this app's list exports (their labels in the main catalogue, `fields.<entity>.*`,
 * in both languages) and what they hold: a contact's "Nom" there is the whole name, and
 * "E-mail" / "Téléphone" the main ones. Used when the file carries record ids.
 */
const exportColumns: Record<ImportEntity, Record<string, ImportFieldKey>> = {
  contact: { name: 'fullName', firstName: 'firstName', company: 'company', jobTitle: 'jobTitle', email: 'email', phone: 'phone', city: 'city', postcode: 'postcode', country: 'country', owner: 'owner' },
  company: { name: 'name', legalId: 'legalId', industry: 'industry', size: 'size', city: 'city', phone: 'phone', website: 'website', owner: 'owner' },
  // The deals export's column names are the deal fields' own labels (and their headers).
  deal: {},
};

const exportCache = new Map<ImportEntity, Map<string, ImportFieldKey>>();

function exportVocabulary(entity: ImportEntity): Map<string, ImportFieldKey> {
  let vocabulary = exportCache.get(entity);
  if (!vocabulary) {
    vocabulary = new Map();
    for (const language of languages) {
      for (const [column, key] of Object.entries(exportColumns[entity])) vocabulary.set(foldWords(translate(language, `fields.${entity}.${column}`)), key);
    }
    exportCache.set(entity, vocabulary);
  }
  return vocabulary;
}

/** The field a column name means on its own, or null. */
function fieldOfHeader(entity: ImportEntity, header: string): ImportField | null {
  if (isRecordIdHeader(header)) return (importFields[entity] as readonly ImportField[]).find((field) => field.key === 'recordId') ?? null;
  const folded = foldWords(header);
  if (folded === '') return null;
  const { exact, phrases } = vocabulary(entity);
  const direct = exact.get(folded) ?? exact.get(folded.replace(/\s*\d+$/, ''));
  if (direct) return direct;
  // "Adresse e-mail du contact", "Code postal (livraison)": the longest known phrase inside the name.
  const words = folded.split(' ');
  let best: Candidate | null = null;
  let tie = false;
  for (const candidate of phrases) {
    if (!containsRun(words, candidate.words)) continue;
    if (!best || candidate.words.length > best.words.length) {
      best = candidate;
      tie = false;
    } else if (candidate.words.length === best.words.length && candidate.field.key !== best.field.key) {
      tie = true;
    }
  }
  return best && !tie ? best.field : null;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/**
 * The guessed field of each column (null: left out). A field that takes one column goes to the
 * first column that names it; e-mails, phones and notes may take several.
 */
export function guessMapping(entity: ImportEntity, headers: readonly string[]): ImportMapping {
  const taken = new Set<ImportFieldKey>();
  const exported = headers.some(isRecordIdHeader) ? exportVocabulary(entity) : null;
  const fields = importFields[entity] as readonly ImportField[];
  return headers.map((header) => {
    const exportKey = exported?.get(foldWords(header));
    const field = (exportKey ? fields.find((candidate) => candidate.key === exportKey) : undefined) ?? fieldOfHeader(entity, header);
    if (!field) return null;
    if (!field.repeatable && taken.has(field.key)) return null;
    taken.add(field.key);
    return field.key;
  });
}
