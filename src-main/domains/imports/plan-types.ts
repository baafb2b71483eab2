import type { ImportFieldChange, ImportCounts, ImportEntity, ImportIssue, ImportMatchAction, ImportRecordChange } from '../../../src-shared/domain/imports';
import type { Row } from '../../db/synced-tables';
import type { Core } from '../../core/core';
import type { CellContext, RowFields } from './cells';
import type { CompiledMapping } from './mapping';
import type { CompanyNames } from './matches';

/** A company a contact row links to: one that exists, or one this import creates (by folded name). */
export type CompanyRef = { kind: 'existing'; id: string } | { kind: 'new'; key: string; name: string };

/**
 * A record to create: its columns as JSON text (a 100,000-row file's plan is held until it is
 * saved: one compact string a row weighs a fraction of an object of strings).
 */
export type PlannedCreate = { line: number; columns: string; company: CompanyRef | null };

export type PlannedUpdate = {
  line: number;
  id: string;
  /** The changed columns before and after (only those that change). */
  before: Row;
  patch: Row;
  /** A company to link the contact to (a new link, made its main company). */
  company: CompanyRef | null;
};

export type MatchedBy = ImportRecordChange['matchedBy'];

/** The record a row is, or the reason it cannot be matched. */
export type Match = { id: string; by: MatchedBy; row: Row } | { issue: ImportIssue } | null;

/** What a row becomes, for one entity. */
export type EntityRules = {
  /** The record a row matches (record id first, then the entity's natural keys). */
  match: (fields: RowFields) => Match;
  /** Keys that make two rows of the file the same record. */
  fileKeys: (fields: RowFields, match: Match) => string[];
  /** A new record's columns, checked as the create form's input is, or the row's issues. */
  create: (fields: RowFields) => { columns: Row; company: CompanyRef | null } | { issues: ImportIssue[] };
  /**
   * The changes to a matched record, checked as the edit form's input is. `clear`: an empty
   * cell clears its field (a file exported by this app, matched by record id).
   */
  update: (fields: RowFields, existing: Row, clear: boolean) => { before: Row; patch: Row; company: CompanyRef | null; changes: ImportFieldChange[] } | { issues: ImportIssue[] };
  /** The record's name, for the preview. */
  nameOf: (row: Row) => string;
};

export type PlanContext = {
  core: Core;
  entity: ImportEntity;
  mapping: CompiledMapping;
  onMatch: ImportMatchAction;
  createMissingCompanies: boolean;
  cells: CellContext;
  companies: CompanyNames;
  /** Companies this import creates, by folded name: the name as first written. */
  newCompanies: Map<string, string>;
};

export type ImportPlan = {
  entity: ImportEntity;
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  newCompanies: Map<string, string>;
  counts: ImportCounts;
  /** Every issue, in line order. */
  issues: ImportIssue[];
  warningRows: number;
  /** Every update with its changes, in line order. */
  changes: ImportRecordChange[];
};
