import type { z } from 'zod';

export const apiErrorCodes = [
  'validation',
  'not_found',
  'conflict',
  'unknown_command',
  'unauthorized',
  'forbidden',
  'db_newer',
  'db_corrupt',
  'disk_full',
  'internal',
  /* The office server, seen from this device (sync, Settings, administration). */
  'not_connected',
  'server_unreachable',
  'login_failed',
  'account_disabled',
  'too_many_attempts',
  'session_expired',
  'version_mismatch',
  'server_refused',
  'port_in_use',
  /* Documents. */
  'printer_unavailable',
  /* Long work stopped by the user (nothing was changed). */
  'cancelled',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Why one field was refused; `code` is translated by the UI (errors.field.<code>). */
export type FieldIssueCode =
  | 'required'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'invalid_type'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_date'
  | 'invalid_url'
  | 'invalid_siret'
  | 'invalid_value'
  | 'unknown_field'
  | 'cycle'
  | 'in_use'
  | 'not_found'
  | 'duplicate'
  /* Products, price lists and quotes. */
  | 'overlap'
  | 'no_price'
  | 'inactive'
  | 'expired';

export type FieldIssue = { path: string; code: FieldIssueCode; message: string };

export type ApiErrorBody = {
  code: ApiErrorCode;
  message: string;
  /** The first field at fault, for forms that focus it. */
  field?: string;
  issues?: FieldIssue[];
};

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.body = body;
  }

  static validation(issues: FieldIssue[]): ApiError {
    const first = issues[0];
    return new ApiError({
      code: 'validation',
      message: issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`).join('; '),
      ...(first ? { field: first.path } : {}),
      issues,
    });
  }

  static notFound(what: string, id: string): ApiError {
    return new ApiError({ code: 'not_found', message: `${what} ${id} does not exist` });
  }
}

function issueCode(issue: z.core.$ZodIssue): FieldIssueCode {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array' ? 'too_many' : 'too_long';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'required' : 'too_short';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'url') return 'invalid_url';
      if (issue.format === 'date' || issue.format === 'datetime') return 'invalid_date';
      return 'invalid_value';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'custom': {
      const params = issue.params as { code?: FieldIssueCode } | undefined;
      return params?.code ?? 'invalid_value';
    }
    default:
      return 'invalid_value';
  }
}

/** Flattens a zod error into field issues that name the field ("emails.0.address"). */
export function fieldIssuesFromZod(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        issues.push({ path: base ? `${base}.${key}` : key, code: 'unknown_field', message: `unknown field "${key}"` });
      }
      continue;
    }
    issues.push({ path: base, code: issueCode(issue), message: issue.message });
  }
  return issues;
}
