import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../src-shared/contract/errors';
import { IMPORT_SESSION_TTL_MS, type CsvSeparator, type ImportEncoding, type ImportFormat } from '../../../src-shared/domain/imports';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import type { ImportPlan } from './plan-types';
import { CELL_SEPARATOR } from '../../jobs/parse/messages';

/**
 * The rows of the files being imported, kept in the core between the wizard's steps (inspect,
 * preview, run): the file is read once. Sessions are dropped an hour after their last use, and
 * only the latest few are kept (each can hold a million rows).
 */
export type ImportSession = {
  importId: string;
  fileName: string;
  format: ImportFormat;
  encoding: ImportEncoding | null;
  separator: CsvSeparator | null;
  sheetName: string | null;
  headers: string[];
  /** vCard: the field each fixed column fills. */
  vcardFields: (string | null)[] | null;
  /** `lines[i]` is the line of `rows[i]` in the file; a row's cells are joined by `CELL_SEPARATOR` (see `cellsOf`). */
  lines: number[];
  rows: string[];
  lastUsed: number;
  /** The last check of the rows (a preview), kept for the run that usually follows it (see plan.ts). */
  checked?: { key: string; logSeq: number; plan: ImportPlan };
};

const MAX_SESSIONS = 3;

/** The cells of row `index`, aligned with the headers. */
export function cellsOf(session: ImportSession, index: number): string[] {
  return (session.rows[index] ?? '').split(CELL_SEPARATOR);
}

const sessionsByCore = new WeakMap<Core, Map<string, ImportSession>>();

function sessionsOf(core: Core): Map<string, ImportSession> {
  let sessions = sessionsByCore.get(core);
  if (!sessions) {
    sessions = new Map();
    sessionsByCore.set(core, sessions);
  }
  return sessions;
}

function sweep(sessions: Map<string, ImportSession>, now: number): void {
  for (const [id, session] of sessions) if (now - session.lastUsed > IMPORT_SESSION_TTL_MS) sessions.delete(id);
  while (sessions.size > MAX_SESSIONS) {
    const oldest = [...sessions.values()].sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (!oldest) break;
    sessions.delete(oldest.importId);
  }
}

export function keepSession(core: Core, session: Omit<ImportSession, 'importId' | 'lastUsed'>): ImportSession {
  const sessions = sessionsOf(core);
  const kept: ImportSession = { ...session, importId: uuidv7(), lastUsed: Date.now() };
  sessions.set(kept.importId, kept);
  sweep(sessions, kept.lastUsed);
  return kept;
}

/** The session behind an id, or a clear refusal when it expired or the app restarted. */
export function findSession(core: Core, importId: string, language: Language): ImportSession {
  const sessions = sessionsOf(core);
  const now = Date.now();
  sweep(sessions, now);
  const session = sessions.get(importId);
  if (!session) {
    throw new ApiError({
      code: 'validation',
      field: 'importId',
      message: translate(language, 'imports.refusal.sessionGone'),
      issues: [{ path: 'importId', code: 'not_found', message: 'unknown or expired import' }],
    });
  }
  session.lastUsed = now;
  return session;
}
