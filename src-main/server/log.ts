import pino from 'pino';

/**
 * The server's structured log (JSON lines on stdout). It records ids, counts and codes — never
 * passwords, tokens, names, e-mails or record values.
 */
export const serverLog = pino({ level: process.env.CRM_SERVER_LOG_LEVEL ?? 'info', base: { service: 'crm-server' } });
