/**
 * How sure a duplicate is: each piece of evidence has a weight, and independent pieces add up as
 * 1 − Π(1 − weight) — two weak clues make a strong one, and the score stays below 1. Names alone
 * never make a duplicate ("Marie Martin" is common): they count in the same company or city, or
 * with an exact key.
 */
import type { DuplicateEntity, DuplicateEvidence, DuplicateReason } from './duplicates';
import { SIMILAR_NAME_THRESHOLD } from './duplicate-similarity';

export const reasonWeights: Record<DuplicateReason, number> = {
  same_legal_id: 0.95,
  same_email: 0.9,
  same_phone: 0.8,
  same_website: 0.7,
  same_siren: 0.6,
  same_name: 0.5,
  same_company: 0.5,
  similar_name: 0.35,
  same_city: 0.3,
};

/** Below this score a pair is not shown. */
export const MIN_DUPLICATE_SCORE = 0.5;

/**
 * An exact key shared by two clearly different names (a shared switchboard number, a mailbox
 * passed on to a successor) says less: the score is multiplied by this.
 */
const DIFFERENT_NAMES_FACTOR = 0.6;
const DIFFERENT_NAMES_BELOW = 0.7;

/** What two records were found to share. */
export type PairFacts = {
  emails: readonly string[];
  phones: readonly string[];
  legalId: string | null;
  siren: string | null;
  website: string | null;
  /** nameSimilarity of their name words; null when either has no name. */
  nameSimilarity: number | null;
  /** The name both hold (folded words, any order), when it is the same. */
  sameName: string | null;
  /** Contacts: the company both work for (its name). */
  company: string | null;
  /** The city both are in, as written. */
  city: string | null;
};

export const noFacts: PairFacts = {
  emails: [],
  phones: [],
  legalId: null,
  siren: null,
  website: null,
  nameSimilarity: null,
  sameName: null,
  company: null,
  city: null,
};

export type PairScore = { score: number; reasons: DuplicateReason[]; evidence: DuplicateEvidence[] };

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The score of a pair and why, or null when the facts do not make it a possible duplicate.
 * `names` is the display form of the similar names ("Jean Dupont ≈ Jean Dupond"). `nameAlone`:
 * a name counts without a place (a company typed before its city: "Acme" already exists).
 */
export function scorePair(entity: DuplicateEntity, facts: PairFacts, names = '', options: { nameAlone?: boolean } = {}): PairScore | null {
  const evidence: DuplicateEvidence[] = [];
  for (const email of facts.emails) evidence.push({ reason: 'same_email', value: email });
  for (const phone of facts.phones) evidence.push({ reason: 'same_phone', value: phone });
  if (facts.legalId) evidence.push({ reason: 'same_legal_id', value: facts.legalId });
  // A SIREN says less than the whole legal id it is part of.
  else if (facts.siren) evidence.push({ reason: 'same_siren', value: facts.siren });
  if (facts.website) evidence.push({ reason: 'same_website', value: facts.website });
  const exact = evidence.length > 0;

  const similarity = facts.nameSimilarity ?? 0;
  const nameEvidence: DuplicateEvidence | null = facts.sameName
    ? { reason: 'same_name', value: facts.sameName }
    : similarity >= SIMILAR_NAME_THRESHOLD
      ? { reason: 'similar_name', value: names }
      : null;
  const context: DuplicateEvidence[] = [];
  if (entity === 'contact' && facts.company) context.push({ reason: 'same_company', value: facts.company });
  if (facts.city) context.push({ reason: 'same_city', value: facts.city });
  // A name counts with an exact key or in the same company or city; the place counts only with a name.
  if (nameEvidence && (exact || context.length > 0 || (options.nameAlone && nameEvidence.reason === 'same_name'))) evidence.push(nameEvidence, ...context);
  if (evidence.length === 0) return null;

  let remaining = 1;
  for (const item of evidence) {
    let weight = reasonWeights[item.reason];
    // A similar name counts more the closer it is (0.35 at the threshold, 0.45 when nearly the same).
    if (item.reason === 'similar_name') weight += ((similarity - SIMILAR_NAME_THRESHOLD) / (1 - SIMILAR_NAME_THRESHOLD)) * 0.1;
    remaining *= 1 - weight;
  }
  let score = 1 - remaining;
  if (exact && facts.nameSimilarity !== null && facts.nameSimilarity < DIFFERENT_NAMES_BELOW) score *= DIFFERENT_NAMES_FACTOR;
  score = round(score);
  if (score < MIN_DUPLICATE_SCORE) return null;
  const reasons = [...new Set(evidence.map((item) => item.reason))].sort((a, b) => reasonWeights[b] - reasonWeights[a]);
  return { score, reasons, evidence };
}
