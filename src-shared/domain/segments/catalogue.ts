/**
 * The field catalogue: every field a segment condition may name, per record kind, with its type
 * and label; and the related records each kind reaches. Only these names ever reach the core's
 * compiler, which maps each one to its SQL (src-main/domains/segments/columns.ts).
 */
import { consentValues } from '../../contract/inputs/common';
import { companySizes } from '../../contract/inputs/companies';
import { activityKinds, callOutcomes, directions, taskPriorities } from '../activities';
import { contactLanguages } from '../import-choices';
import type { FieldType, RecordKind, SegmentEntity } from './types';

export const dealStatusOptions = ['open', 'won', 'lost'] as const;

/** Fixed option lists of `enum` fields; each option's label is found by `optionLabelKey`. */
export const optionSets = {
  consent: consentValues,
  language: contactLanguages,
  companySize: companySizes,
  dealStatus: dealStatusOptions,
  activityKind: activityKinds,
  priority: taskPriorities,
  callOutcome: callOutcomes,
  direction: directions,
} as const;
export type OptionSet = keyof typeof optionSets;

export type FieldSpec = {
  key: string;
  type: FieldType;
  /** `enum` fields only: their option list. */
  options?: OptionSet;
};

const text = (key: string): FieldSpec => ({ key, type: 'text' });
const date = (key: string): FieldSpec => ({ key, type: 'date' });
const choice = (key: string, options: OptionSet): FieldSpec => ({ key, type: 'enum', options });

const contactFields = [
  text('firstName'),
  text('lastName'),
  text('jobTitle'),
  text('email'),
  text('phone'),
  text('city'),
  text('postcode'),
  text('country'),
  choice('language', 'language'),
  text('source'),
  text('notes'),
  date('birthday'),
  { key: 'owner', type: 'user' },
  { key: 'tags', type: 'tag' },
  choice('consentEmail', 'consent'),
  choice('consentPhone', 'consent'),
  choice('consentMail', 'consent'),
  date('createdAt'),
  date('updatedAt'),
] as const satisfies readonly FieldSpec[];

const companyFields = [
  text('name'),
  text('legalId'),
  text('industry'),
  choice('size', 'companySize'),
  text('website'),
  text('email'),
  text('phone'),
  text('city'),
  text('postcode'),
  text('country'),
  text('notes'),
  { key: 'owner', type: 'user' },
  { key: 'tags', type: 'tag' },
  date('createdAt'),
  date('updatedAt'),
] as const satisfies readonly FieldSpec[];

const dealFields = [
  text('title'),
  { key: 'amount', type: 'money' },
  text('currency'),
  { key: 'probability', type: 'number' },
  date('expectedClose'),
  { key: 'pipeline', type: 'pipeline' },
  { key: 'stage', type: 'stage' },
  choice('status', 'dealStatus'),
  { key: 'owner', type: 'user' },
  text('source'),
  text('nextStep'),
  text('notes'),
  { key: 'tags', type: 'tag' },
  date('closedAt'),
  date('stageEnteredAt'),
  date('createdAt'),
  date('updatedAt'),
] as const satisfies readonly FieldSpec[];

const activityFields = [
  choice('kind', 'activityKind'),
  text('subject'),
  text('notes'),
  date('date'),
  { key: 'done', type: 'boolean' },
  date('doneAt'),
  { key: 'owner', type: 'user' },
  choice('priority', 'priority'),
  choice('outcome', 'callOutcome'),
  choice('direction', 'direction'),
  { key: 'durationMinutes', type: 'number' },
  text('location'),
  date('createdAt'),
] as const satisfies readonly FieldSpec[];

/** Every field of each record kind, in the order the builder lists them. */
export const segmentFields = {
  contact: contactFields,
  company: companyFields,
  deal: dealFields,
  activity: activityFields,
} as const satisfies Record<RecordKind, readonly FieldSpec[]>;

export type FieldKey<K extends RecordKind> = (typeof segmentFields)[K][number]['key'];

export type RelationSpec = { key: string; target: RecordKind };

/**
 * The related records each kind reaches:
 * contact → its current companies (links not ended), the deals it takes part in, its activities;
 * company → its contacts (current links), its deals, its activities, its parent company;
 * deal → its company, its contacts, its activities.
 */
export const segmentRelations = {
  contact: [
    { key: 'companies', target: 'company' },
    { key: 'deals', target: 'deal' },
    { key: 'activities', target: 'activity' },
  ],
  company: [
    { key: 'contacts', target: 'contact' },
    { key: 'deals', target: 'deal' },
    { key: 'activities', target: 'activity' },
    { key: 'parent', target: 'company' },
  ],
  deal: [
    { key: 'company', target: 'company' },
    { key: 'contacts', target: 'contact' },
    { key: 'activities', target: 'activity' },
  ],
  activity: [],
} as const satisfies Record<RecordKind, readonly RelationSpec[]>;

export type RelationKey<K extends RecordKind> = (typeof segmentRelations)[K][number]['key'];

/** The field of that kind, or undefined for a name not in the catalogue. */
export function findField(kind: RecordKind, key: string): FieldSpec | undefined {
  return (segmentFields[kind] as readonly FieldSpec[]).find((field) => field.key === key);
}

/** The relation of that kind, or undefined for a name not in the catalogue. */
export function findRelation(kind: RecordKind, key: string): RelationSpec | undefined {
  return (segmentRelations[kind] as readonly RelationSpec[]).find((relation) => relation.key === key);
}

/** The i18n key of a field's label: `segments.fields.<kind>.<key>`. */
export const fieldLabelKey = (kind: RecordKind, key: string): string => `segments.fields.${kind}.${key}`;

/** The i18n key of a relation's label ("Has a deal where…"): `segments.relations.<kind>.<key>`. */
export const relationLabelKey = (kind: RecordKind, key: string): string => `segments.relations.${kind}.${key}`;

/** Where an option list is already named for the whole app, its labels are read there (one wording everywhere). */
const sharedOptionLabels: Partial<Record<OptionSet, string>> = {
  consent: 'enums.consent',
  language: 'enums.language',
  companySize: 'enums.companySize',
  activityKind: 'activities.kind',
  callOutcome: 'activities.outcome',
  direction: 'activities.direction',
};

/** The i18n key of an enum option's label: the app's own list when there is one, else `segments.options.<set>.<value>`. */
export const optionLabelKey = (set: OptionSet, value: string): string => `${sharedOptionLabels[set] ?? `segments.options.${set}`}.${value}`;

export const isSegmentEntity = (value: string): value is SegmentEntity => value === 'contact' || value === 'company' || value === 'deal';
