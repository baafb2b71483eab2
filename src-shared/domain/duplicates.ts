/**
 * Duplicates: possible matches shown while typing a new contact or company, the whole-base scan
 * and its review list, the side-by-side comparison, the merge (field by field, every linked
 * record moved to the survivor) and its undo. Plain JSON-able shapes shared by the core, the
 * CLI and the renderer.
 */
import type { EmailEntry } from '../contract/inputs/common';
import type { AddressEntry } from '../contract/inputs/companies';
import type { PhoneNumber } from './phone';
import type { CompanyDetail, ContactDetail, UserRef } from './records';

export const duplicateEntities = ['contact', 'company'] as const;
export type DuplicateEntity = (typeof duplicateEntities)[number];

/**
 * Why two records look like the same one. Exact keys: e-mail (lowercased), phone (E.164), legal
 * id (SIRET, VAT or company number without spaces), SIREN (the first 9 digits of a SIRET: two
 * establishments of one firm), website domain. Names: the same once folded (accents, case,
 * order, legal forms of companies), or similar (a typo). Context, which only counts with a name:
 * the same company (contacts) or the same city.
 */
export const duplicateReasons = [
  'same_email',
  'same_phone',
  'same_legal_id',
  'same_siren',
  'same_website',
  'same_name',
  'similar_name',
  'same_company',
  'same_city',
] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** One piece of evidence and the value both records share ("jean.dupont@acme.fr", "+33612345678", "Lyon"). */
export type DuplicateEvidence = { reason: DuplicateReason; value: string };

/**
 * What tells two look-alike records apart in a review list: where they are, who they work for,
 * who owns them, when they were last worked on and created.
 */
export type DuplicateRecordSummary = {
  id: string;
  entity: DuplicateEntity;
  displayName: string;
  /** Contacts: their current company (primary link first). */
  companyName: string | null;
  city: string | null;
  email: string | null;
  /** E.164. */
  phone: string | null;
  /** Companies: SIRET, VAT or company number as written. */
  legalId: string | null;
  owner: UserRef | null;
  /** The latest activity (call, meeting, note…) about the record up to now: ISO instant, or null when none. */
  lastActivityAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A possible match for a record being typed (`duplicates.check`). */
export type DuplicateCandidate = {
  /** 0–1: how sure the match is (see duplicate-score.ts); candidates come best first. */
  score: number;
  reasons: DuplicateReason[];
  evidence: DuplicateEvidence[];
  record: DuplicateRecordSummary;
};

/** Two records of a scan group that look alike, and why. */
export type DuplicatePair = {
  /** The pair's key (`pairKey`): the two ids in order. */
  key: string;
  ids: [string, string];
  score: number;
  reasons: DuplicateReason[];
  evidence: DuplicateEvidence[];
};

/** Columns of the review list that differ between the records of a group (what to look at before merging). */
export const duplicateDifferences = ['city', 'company', 'owner', 'lastActivity', 'created'] as const;
export type DuplicateDifference = (typeof duplicateDifferences)[number];

/** Records of the base that look like one another (two or more), from `duplicates.scan`. */
export type DuplicateGroup = {
  /** Stable while the group's records stay the same: the sorted ids joined. */
  key: string;
  entity: DuplicateEntity;
  /** The best pair's score. */
  score: number;
  /** Every reason found between any two of its records. */
  reasons: DuplicateReason[];
  /** Best-connected first: the first record is the suggested survivor (most linked, then oldest). */
  records: DuplicateRecordSummary[];
  pairs: DuplicatePair[];
  differences: DuplicateDifference[];
};

export type DuplicateScanResult = {
  entity: DuplicateEntity;
  groups: DuplicateGroup[];
  /** Groups found in all (the list is cut at the requested limit). */
  totalGroups: number;
  /** Records looked at. */
  scanned: number;
  /** Pairs set aside by the user as "not duplicates" that the scan found again and left out. */
  dismissed: number;
  tookMs: number;
};

/** The fields a merge chooses, in the contract's names. */
export const contactMergeFields = [
  'civility',
  'firstName',
  'lastName',
  'jobTitle',
  'emails',
  'phones',
  'address',
  'city',
  'postcode',
  'country',
  'language',
  'birthday',
  'source',
  'notes',
  'ownerId',
  'consentEmail',
  'consentPhone',
  'consentMail',
  'scope',
] as const;
export type ContactMergeField = (typeof contactMergeFields)[number];

export const companyMergeFields = [
  'name',
  'legalId',
  'industry',
  'size',
  'website',
  'addresses',
  'phones',
  'emails',
  'parentCompanyId',
  'ownerId',
  'notes',
  'scope',
] as const;
export type CompanyMergeField = (typeof companyMergeFields)[number];

export type MergeField = ContactMergeField | CompanyMergeField;

/**
 * Which value the survivor keeps: its own, the merged record's, or both (lists — e-mails, phones,
 * addresses — joined without repeats; notes one after the other).
 */
export const mergeChoices = ['survivor', 'merged', 'both'] as const;
export type MergeChoice = (typeof mergeChoices)[number];

/** Fields whose values can be kept from both records. */
export const mergeableBothFields: readonly MergeField[] = ['emails', 'phones', 'addresses', 'notes'];

/** A field's value as stored, and as read by a person (the owner's name, a parent company's name, a list on one line). */
export type MergeFieldValue = {
  value: string | null | EmailEntry[] | PhoneNumber[] | AddressEntry[];
  text: string | null;
};

/** One field of the side-by-side comparison. `a` and `b` follow the order of the compared ids. */
export type ComparedField = {
  field: MergeField;
  a: MergeFieldValue;
  b: MergeFieldValue;
  same: boolean;
  /** What the merge keeps when the field is not chosen, with `a` as the survivor: see `defaultMergeChoice`. */
  suggested: MergeChoice;
  /** Whether 'both' may be chosen. */
  canKeepBoth: boolean;
};

/** How many records hang off a contact or a company: what a merge moves. */
export type LinkedCounts = {
  activities: number;
  deals: number;
  quotes: number;
  tags: number;
  /** Contacts: relations with other contacts. */
  relations: number;
  /** Contacts: their companies; companies: their people. */
  links: number;
  /** Companies: subsidiaries. */
  subsidiaries: number;
  /** Companies: price lists assigned to them. */
  priceLists: number;
};

export type ComparedRecord = DuplicateRecordSummary & { linked: LinkedCounts; deleted: boolean };

export type DuplicateComparison = {
  entity: DuplicateEntity;
  records: [ComparedRecord, ComparedRecord];
  fields: ComparedField[];
  /** The record suggested as survivor (most linked records, then the oldest). */
  suggestedSurvivorId: string;
};

/** What a merge moved from the merged record to the survivor, per kind of linked record. */
export type MergeMoved = LinkedCounts & {
  /** Links, relations or tags dropped because the survivor already had the same one (or a relation to itself). */
  dropped: number;
};

export type MergeSummary = {
  mergeId: string;
  survivorId: string;
  mergedId: string;
  moved: MergeMoved;
};

/** The answer of `duplicates.merge`: the survivor as it now is. */
export type MergeResult = MergeSummary & ({ entity: 'contact'; record: ContactDetail } | { entity: 'company'; record: CompanyDetail });

/** A merge made on this device (`duplicates.merges`), newest first: what undo would put back. */
export type MergeLogItem = {
  id: string;
  entity: DuplicateEntity;
  survivor: { id: string; displayName: string };
  merged: { id: string; displayName: string };
  at: string;
  user: UserRef | null;
  moved: MergeMoved;
  undoneAt: string | null;
  /** Undo is possible: not undone yet, and neither record was merged or deleted since. */
  canUndo: boolean;
};

export type UndoMergeResult = {
  mergeId: string;
  entity: DuplicateEntity;
  survivorId: string;
  mergedId: string;
  /** Linked records moved back to the restored record. */
  restored: number;
  /**
   * Fields and links left as they are because they changed since the merge (someone edited the
   * survivor's phone after merging: that edit is kept).
   */
  keptChanges: number;
};

/** The key of an unordered pair of records: the two ids, smaller first. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The key of a group: its sorted ids joined. */
export function groupKey(ids: readonly string[]): string {
  return [...ids].sort().join('|');
}
