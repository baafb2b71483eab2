/*
 * Mail merge (letters and address labels) and the Word sheets of a contact or a company: the
 * merge fields a letter template may hold (documented in resources/templates/README.md), the
 * label sheets the CRM prints, and what a merge answers.
 */
import type { OutgoingFile } from './files';

/** The merge fields, by name: `{{contact.first_name}}`. The core fills them (src-main/documents/mail-merge-fields.ts). */
export const mergeFieldNames = [
  'contact.civility',
  'contact.salutation',
  'contact.first_name',
  'contact.last_name',
  'contact.full_name',
  'contact.job_title',
  'contact.email',
  'contact.phone',
  'contact.address',
  'contact.postcode',
  'contact.city',
  'contact.country',
  'contact.address_block',
  'company.name',
  'company.address',
  'company.postcode',
  'company.city',
  'company.country',
  'company.phone',
  'company.email',
  'company.website',
  'owner.name',
  'owner.email',
  'today',
  'letter.subject',
  'letter.body',
] as const;
export type MergeFieldName = (typeof mergeFieldNames)[number];

export function isMergeFieldName(name: string): name is MergeFieldName {
  return (mergeFieldNames as readonly string[]).includes(name);
}

/** Fields that are the same in every letter of a run: the only ones filled in a merged document's page header and footer. */
export const sharedMergeFieldNames = ['today', 'letter.subject'] as const satisfies readonly MergeFieldName[];

/**
 * A4 label sheets (Avery / Herma / Agipa share these formats): columns × rows, the label's size,
 * the gap between columns, in millimetres. Rows touch; the sheet's margins centre the labels.
 */
export const labelSizes = {
  L7160: { columns: 3, rows: 7, widthMm: 63.5, heightMm: 38.1, gapMm: 2.54 },
  L7161: { columns: 3, rows: 6, widthMm: 63.5, heightMm: 46.6, gapMm: 2.54 },
  L7162: { columns: 2, rows: 8, widthMm: 99.1, heightMm: 33.9, gapMm: 2.5 },
  L7163: { columns: 2, rows: 7, widthMm: 99.1, heightMm: 38.1, gapMm: 2.5 },
  L7165: { columns: 2, rows: 4, widthMm: 99.1, heightMm: 67.7, gapMm: 2.5 },
  L7173: { columns: 2, rows: 5, widthMm: 99.1, heightMm: 57, gapMm: 2.5 },
} as const satisfies Record<string, LabelSize>;

export type LabelSize = { columns: number; rows: number; widthMm: number; heightMm: number; gapMm: number };
export type LabelSizeId = keyof typeof labelSizes;
export const labelSizeIds = Object.keys(labelSizes) as LabelSizeId[];

/** Labels on one sheet. */
export const labelsPerSheet = (size: LabelSize): number => size.columns * size.rows;

/** Most letters one merge writes (one Word document of 10,000 pages is already more than Word likes). */
export const MAX_LETTERS = 10_000;
/** Most labels one merge prints. */
export const MAX_LABELS = 50_000;

/** Why a contact gets no letter or label. */
export const exclusionReasons = ['refusedMail', 'noAddress'] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export type ExcludedContact = { id: string; name: string; reason: ExclusionReason };

/** Who a merge writes to and who it leaves out. */
export type MailMergeRecipients = {
  /** Letters (or labels) written, or that would be. */
  letters: number;
  excluded: Record<ExclusionReason, number>;
  /** The excluded contacts, by name (the first `EXCLUDED_SHOWN`). */
  excludedContacts: ExcludedContact[];
};

/** How many excluded contacts an answer names (the counts cover them all). */
export const EXCLUDED_SHOWN = 200;

export type MailMergeResult = MailMergeRecipients & { file: OutgoingFile };

/** The fields a user's letter template holds. */
export type MergeTemplateFields = {
  /** Known fields, each once, in the order the template first holds them. */
  known: MergeFieldName[];
  /** `{{…}}` the CRM does not know: left as typed in the letters. */
  unknown: string[];
};
