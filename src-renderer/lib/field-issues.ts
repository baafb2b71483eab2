import type { z } from 'zod';
import { fieldIssuesFromZod, type FieldIssue, type FieldIssueCode } from '../../src-shared/contract/errors';

/** The first problem of each field, by path ("lastName", "emails.0.address"). */
export type IssueMap = Readonly<Record<string, FieldIssueCode>>;

export function issueMap(issues: readonly FieldIssue[]): IssueMap {
  const map: Record<string, FieldIssueCode> = {};
  for (const issue of issues) {
    const path = issue.path || '_';
    if (!(path in map)) map[path] = issue.code;
  }
  return map;
}

/** Validates an input with a contract schema, exactly as the host will. */
export function schemaIssues(schema: z.ZodType, input: unknown): FieldIssue[] {
  const result = schema.safeParse(input);
  return result.success ? [] : fieldIssuesFromZod(result.error);
}

/**
 * Blank rows of a repeated field (an empty phone line) are not sent. The kept rows' positions
 * are remembered so that an issue on "phones.0.number" lands on the right line of the form.
 */
export function compactRows<T>(rows: readonly T[], isBlank: (row: T) => boolean): { rows: T[]; draftIndex: number[] } {
  const kept: T[] = [];
  const draftIndex: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    kept.push(row);
    draftIndex.push(index);
  });
  return { rows: kept, draftIndex };
}

/** Rewrites "emails.1.address" (index in what was sent) to the index of that row in the form. */
export function remapIssuePaths(issues: readonly FieldIssue[], lists: Record<string, number[]>): FieldIssue[] {
  return issues.map((issue) => {
    const [list, index, ...rest] = issue.path.split('.');
    const mapping = list === undefined ? undefined : lists[list];
    if (!mapping || index === undefined || !/^\d+$/.test(index)) return issue;
    const draftIndex = mapping[Number(index)];
    if (draftIndex === undefined) return issue;
    return { ...issue, path: [list, String(draftIndex), ...rest].join('.') };
  });
}

/** Server paths that name a form field differently ("patch.lastName" → "lastName"). */
export function stripPrefix(issues: readonly FieldIssue[], prefix: string): FieldIssue[] {
  return issues.map((issue) => (issue.path.startsWith(`${prefix}.`) ? { ...issue, path: issue.path.slice(prefix.length + 1) } : issue));
}

let nextKey = 0;
/** A key that identifies a row of a repeated field while it is edited. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}
