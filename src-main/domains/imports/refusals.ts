import { ApiError, type FieldIssueCode } from '../../../src-shared/contract/errors';
import type { ImportFileProblem } from '../../../src-shared/domain/imports';
import { localeOf, translate, type Language } from '../../../src-shared/i18n';

/** Details a refusal's message needs. */
export type ProblemDetail = { size?: number; limit?: number; ratio?: number; name?: string; detail?: string };

const issueCodes: Partial<Record<ImportFileProblem, FieldIssueCode>> = {
  too_large: 'too_long',
  too_many_rows: 'too_many',
  too_many_columns: 'too_many',
  zip_too_large: 'too_long',
  zip_ratio: 'too_long',
  empty: 'required',
  headers_only: 'required',
};

const megabytes = (language: Language, bytes: number) => new Intl.NumberFormat(localeOf[language], { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/**
 * A whole file refused, said in the user's language with what to do; the issue keeps a stable
 * English reason (`problem`) for programs and tests.
 */
export function fileRefused(problem: ImportFileProblem, language: Language, detail: ProblemDetail = {}): ApiError {
  const params: Record<string, string | number> = {};
  if (detail.size !== undefined) params.size = megabytes(language, detail.size);
  if (detail.limit !== undefined) params.limit = problem === 'too_many_rows' || problem === 'too_many_columns' ? detail.limit : megabytes(language, detail.limit);
  if (detail.ratio !== undefined) params.ratio = detail.ratio;
  if (detail.name !== undefined) params.name = detail.name;
  params.detail = detail.detail ?? '';
  return new ApiError({
    code: 'validation',
    field: 'fileId',
    message: translate(language, `imports.problem.${problem}`, params),
    issues: [{ path: 'fileId', code: issueCodes[problem] ?? 'invalid_value', message: problem }],
  });
}

/** A mapping the core cannot use, said in the user's language. */
export function mappingRefused(language: Language, key: string, params: Record<string, string | number>, path = 'mapping', code: FieldIssueCode = 'invalid_value'): ApiError {
  return new ApiError({
    code: 'validation',
    field: path,
    message: translate(language, `imports.refusal.${key}`, params),
    issues: [{ path, code, message: key }],
  });
}
