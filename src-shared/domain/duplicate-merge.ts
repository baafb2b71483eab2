/**
 * The merge's field rules, shared by the comparison (what it suggests), the merge (what a field
 * left unchosen keeps) and the screens: nothing is lost by default — an empty field takes the
 * other record's value, lists keep both, and a refusal of consent always wins.
 */
import type { MergeChoice, MergeField, MergeFieldValue } from './duplicates';
import { mergeableBothFields } from './duplicates';
import { foldText } from './text';

type Value = MergeFieldValue['value'];

const consentFields: readonly MergeField[] = ['consentEmail', 'consentPhone', 'consentMail'];

export function isEmptyValue(value: Value): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** What identifies an entry of a list field, so that the same e-mail, phone or address is kept once. */
function entryKey(entry: unknown): string {
  if (entry && typeof entry === 'object') {
    const record = entry as Record<string, unknown>;
    if (typeof record.address === 'string') return `e:${record.address.trim().toLowerCase()}`;
    if (typeof record.e164 === 'string') return `p:${record.e164}`;
    return `a:${foldText([record.street, record.postcode, record.city, record.country].map((part) => (typeof part === 'string' ? part : '')).join(' '))}`;
  }
  return JSON.stringify(entry);
}

/** The survivor's list followed by the merged record's entries it does not have. */
function joinLists<T>(survivor: readonly T[], merged: readonly T[]): T[] {
  const seen = new Set(survivor.map(entryKey));
  return [...survivor, ...merged.filter((entry) => !seen.has(entryKey(entry)))];
}

/** The value the survivor ends with for a field, given the choice. */
export function mergedValue(field: MergeField, choice: MergeChoice, survivor: Value, merged: Value): Value {
  if (choice === 'survivor') return survivor;
  if (choice === 'merged') return merged;
  if (Array.isArray(survivor) || Array.isArray(merged)) {
    return joinLists((Array.isArray(survivor) ? survivor : []) as unknown[], (Array.isArray(merged) ? merged : []) as unknown[]) as Value;
  }
  if (field === 'notes') {
    if (isEmptyValue(survivor)) return merged;
    if (isEmptyValue(merged) || survivor === merged) return survivor;
    return `${String(survivor)}\n\n${String(merged)}`;
  }
  return survivor;
}

function sameValue(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((entry, i) => entryKey(entry) === entryKey(b[i]));
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function sameFieldValue(a: Value, b: Value): boolean {
  return sameValue(a, b);
}

/**
 * What a field keeps when the user does not choose: the survivor's value, unless it is empty
 * (then the merged record's); both lists (or both notes) when the merged one adds something;
 * for consents, a refusal on either side, else a consent given on either side.
 */
export function defaultMergeChoice(field: MergeField, survivor: Value, merged: Value): MergeChoice {
  if (sameValue(survivor, merged) || isEmptyValue(merged)) return 'survivor';
  if (consentFields.includes(field)) {
    if (merged === 'refused') return 'merged';
    return survivor === 'unknown' && merged === 'granted' ? 'merged' : 'survivor';
  }
  if (isEmptyValue(survivor)) return 'merged';
  if (mergeableBothFields.includes(field)) {
    return sameValue(mergedValue(field, 'both', survivor, merged), survivor) ? 'survivor' : 'both';
  }
  return 'survivor';
}
