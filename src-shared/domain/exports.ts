import type { OutgoingFile } from './files';

/**
 * Lists to files: contacts, companies, deals and activities as filtered, sorted and with the
 * columns the screen shows (or a selection of them, or a saved view), to Excel (.xlsx), CSV, and
 * for contacts vCard. No row cap: the rows are read page by page and the file is streamed.
 *
 * The first column always carries the record id under `recordIdHeaders` (round-trip.ts), so a
 * list edited in Excel can be imported back as updates of the same records.
 *
 * Excel: the header row bold, frozen and filterable, widths fitted from the first rows, dates as
 * real dates, amounts as numbers in their currency's format (a deal in its own currency),
 * percentages and counts as numbers; every text the users typed is a text cell, never a formula.
 *
 * CSV: UTF-8 with a BOM (Excel then reads the accents right), CRLF line ends, fields quoted when
 * they hold the separator, a quote or a line break. In French `;` separates the fields and `,`
 * the decimals (what French Excel opens), dates read 31/12/2026 14:30; in English `,` and `.`,
 * dates 2026-12-31 14:30. An amount is a plain number followed by a column with its currency.
 * Formula injection is neutralised: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is written with an apostrophe before it ("'=1+1", "'+33 6 12 34 56 78"), so a
 * spreadsheet shows it as text and never runs it.
 *
 * vCard (contacts): 4.0 (RFC 6350), or 3.0 (RFC 2426) for older phones; UTF-8, CRLF, lines
 * folded at 75 octets, values escaped.
 */
export const exportEntities = ['contact', 'company', 'deal', 'activity'] as const;
export type ExportEntity = (typeof exportEntities)[number];

export const exportFormats = ['xlsx', 'csv', 'vcard'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const vcardVersions = ['4.0', '3.0'] as const;
export type VcardVersion = (typeof vcardVersions)[number];

/** The columns of each list, by the ids its table uses (src-renderer/stores/*-list-store.ts). */
export const contactExportColumns = ['name', 'firstName', 'company', 'jobTitle', 'email', 'phone', 'city', 'postcode', 'country', 'owner', 'tags', 'createdAt', 'updatedAt'] as const;
export const companyExportColumns = ['name', 'industry', 'size', 'city', 'phone', 'website', 'legalId', 'contactCount', 'owner', 'tags', 'createdAt', 'updatedAt'] as const;
export const dealExportColumns = ['title', 'company', 'stage', 'amount', 'probability', 'expectedClose', 'owner', 'tags', 'nextStep', 'createdAt', 'updatedAt'] as const;
/** Activities have no table of their own: the agenda's list view, as a spreadsheet. */
export const activityExportColumns = ['at', 'kind', 'subject', 'contact', 'company', 'deal', 'owner', 'status', 'priority', 'outcome', 'createdAt'] as const;

export const exportColumns = {
  contact: contactExportColumns,
  company: companyExportColumns,
  deal: dealExportColumns,
  activity: activityExportColumns,
} as const;

export type ExportColumnId<E extends ExportEntity> = (typeof exportColumns)[E][number];

/** The columns a list shows until the user changes them: what an export without a view or columns holds. */
export const defaultExportColumns: { [E in ExportEntity]: readonly ExportColumnId<E>[] } = {
  contact: ['name', 'company', 'jobTitle', 'email', 'phone', 'city', 'owner', 'tags', 'updatedAt'],
  company: ['name', 'industry', 'size', 'city', 'phone', 'website', 'contactCount', 'owner', 'tags', 'updatedAt'],
  deal: ['title', 'company', 'stage', 'amount', 'probability', 'expectedClose', 'owner', 'tags', 'updatedAt'],
  activity: ['at', 'kind', 'subject', 'contact', 'company', 'deal', 'owner', 'status', 'priority', 'outcome'],
};

/** The formats each list exports to: vCard is for people. */
export const exportFormatsOf: { [E in ExportEntity]: readonly ExportFormat[] } = {
  contact: ['xlsx', 'csv', 'vcard'],
  company: ['xlsx', 'csv'],
  deal: ['xlsx', 'csv'],
  activity: ['xlsx', 'csv'],
};

export const exportExtensions: Record<ExportFormat, string> = { xlsx: 'xlsx', csv: 'csv', vcard: 'vcf' };

export const exportMimeTypes: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  vcard: 'text/vcard;charset=utf-8',
};

/** Most rows a selection may name (a larger set is exported as the filtered list). */
export const MAX_EXPORT_SELECTION = 10_000;

/** The file made, and how many records it holds. */
export type ExportedFile = OutgoingFile & { rows: number };

export function isExportColumn<E extends ExportEntity>(entity: E, id: string): id is ExportColumnId<E> {
  return (exportColumns[entity] as readonly string[]).includes(id);
}

/** A saved view's columns that this list still has, in the view's order, each once; the defaults when none is left. */
export function exportColumnsOfView<E extends ExportEntity>(entity: E, viewColumns: readonly string[]): ExportColumnId<E>[] {
  const known = viewColumns.filter((id, index): id is ExportColumnId<E> => isExportColumn(entity, id) && viewColumns.indexOf(id) === index);
  return known.length > 0 ? known : [...defaultExportColumns[entity]];
}
