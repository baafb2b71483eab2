import { ApiError, type FieldIssue } from '../../../src-shared/contract/errors';
import type { PhoneEntry } from '../../../src-shared/contract/inputs/common';
import { toE164, type PhoneNumber } from '../../../src-shared/domain/phone';
import type { ReadDb } from '../../db/handles';
import { recordExists, userExists } from './refs';

/** Collects field problems found by the core (beyond the schema) and throws them together. */
export class IssueList {
  readonly issues: FieldIssue[] = [];

  add(path: string, code: FieldIssue['code'], message: string): void {
    this.issues.push({ path, code, message });
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw ApiError.validation(this.issues);
  }
}

/** Validates phones for the record's country and adds their E.164 form. */
export function normalizePhones(entries: PhoneEntry[], country: string | null | undefined, issues: IssueList): PhoneNumber[] {
  return entries.map((entry, index) => {
    const e164 = toE164(entry.number, country);
    if (!e164) issues.add(`phones.${index}.number`, 'invalid_phone', `"${entry.number}" is not a valid phone number`);
    return { label: entry.label, raw: entry.number, e164: e164 ?? '' };
  });
}

export function checkOwner(db: ReadDb, ownerId: string | undefined, issues: IssueList): void {
  if (ownerId !== undefined && !userExists(db, ownerId)) issues.add('ownerId', 'not_found', 'this user does not exist');
}

export function checkTags(db: ReadDb, tagIds: string[] | undefined, issues: IssueList): void {
  (tagIds ?? []).forEach((id, index) => {
    if (!recordExists(db, 'tags', id)) issues.add(`tagIds.${index}`, 'not_found', 'this tag does not exist');
  });
}
