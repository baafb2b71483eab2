import pino from 'pino';

/**
 * The core's logger. Structured, to stderr; never given personal data (names, emails, phones,
 * notes) or secrets — log ids, counts and error codes instead.
 */
export const log = pino(
  { level: process.env.CRM_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'), base: null },
  pino.destination(2),
);
