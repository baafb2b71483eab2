import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { roles } from '../../src-shared/sync/protocol';
import { ServerError } from './errors';
import { listen } from './http';
import { serverLog } from './log';
import { createSyncService, type SyncService } from './service';
import { openPostgresStore } from './store/postgres';
import { openSqliteStore } from './store/sqlite';
import type { ServerStore } from './store/types';

const root = fileURLToPath(new URL('../../', import.meta.url));

const usage = `usage: npm run server -- [--data-dir DIR] [--port N] [--host ADDR] [--tls-cert FILE --tls-key FILE]
                         [--admin-email E --admin-name N]   (first start; password from CRM_ADMIN_PASSWORD)
The data folder defaults to ./server-data (SQLite). DATABASE_URL=postgres://user:pass@host/db selects PostgreSQL
(the data folder is then not used; several server processes may share the database).`;

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n${usage}\n`);
  process.exit(2);
}

/** A failure that is not a usage mistake: one line, exit 1. */
function die(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

/** Where a DATABASE_URL points, without its user or password: "host:port/database". */
function databaseLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname.length > 1 ? parsed.pathname : ''}`;
  } catch {
    return '(DATABASE_URL)';
  }
}

/** An error's message with anything of the URL (it carries the password) blanked out. */
function withoutSecrets(error: unknown, url: string): string {
  const messageOf = (value: unknown): string => {
    if (value instanceof AggregateError && !value.message) return value.errors.map(messageOf).join('; ');
    if (value instanceof Error) return value.message || ((value as { code?: string }).code ?? value.name);
    return String(value);
  };
  let message = messageOf(error);
  const secrets = [url];
  try {
    const { password } = new URL(url);
    if (password) secrets.push(password, decodeURIComponent(password));
  } catch {
    // not a URL: only the whole string is hidden
  }
  for (const secret of secrets) if (secret) message = message.split(secret).join('***');
  return message;
}

/** The PostgreSQL store when DATABASE_URL is set, else the SQLite one in the data folder. */
async function openStore(dataDir: string): Promise<{ store: ServerStore; where: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { store: openSqliteStore(dataDir, root), where: `data in ${dataDir}` };
  if (!/^postgres(ql)?:\/\//i.test(url)) fail('DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to keep the data in --data-dir with SQLite)');
  const label = databaseLabel(url);
  try {
    return { store: await openPostgresStore(url, root), where: `PostgreSQL database ${label}` };
  } catch (error) {
    die(`cannot open the PostgreSQL database ${label}: ${withoutSecrets(error, url)}`);
  }
}

/** The first start creates the first administrator: from flags and environment, else asked on the terminal. */
async function ensureAdministrator(service: SyncService, given: { email?: string; name?: string }): Promise<void> {
  if ((await service.store.accountCount()) > 0) return;
  let email = given.email ?? process.env.CRM_ADMIN_EMAIL;
  let name = given.name ?? process.env.CRM_ADMIN_NAME;
  let password = process.env.CRM_ADMIN_PASSWORD;
  if (!email || !password) {
    if (!process.stdin.isTTY) fail('no account exists yet: give the first administrator with --admin-email and CRM_ADMIN_PASSWORD');
    const terminal = createInterface({ input: process.stdin, output: process.stderr });
    process.stderr.write('No account exists yet: create the first administrator.\n');
    email ??= (await terminal.question('E-mail: ')).trim();
    name ??= (await terminal.question('Name: ')).trim();
    password ??= await terminal.question('Password (10 characters or more): ');
    terminal.close();
  }
  try {
    await service.createAccount({ email, displayName: name || email, role: 'administrator', password });
  } catch (error) {
    // Another server process on the same database may have created it at the same moment.
    if (await service.store.accountByEmail(email)) return;
    if (error instanceof ServerError) fail(error.message);
    throw error;
  }
  process.stderr.write(`First administrator created: ${email}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: 'server-data' },
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '0.0.0.0' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\nRoles: ${roles.join(', ')}.\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`"--port" must be a port number (got "${values.port}")`);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) fail('TLS needs both --tls-cert and --tls-key');
  const tls = values['tls-cert'] && values['tls-key'] ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']) } : undefined;
  const { store, where } = await openStore(resolve(values['data-dir']));
  const service = createSyncService(store);
  await ensureAdministrator(service, { ...(values['admin-email'] ? { email: values['admin-email'] } : {}), ...(values['admin-name'] ? { name: values['admin-name'] } : {}) });
  const running = await listen(service, { port, host: values.host, ...(tls ? { tls } : {}) });
  serverLog.info({ event: 'listening', backend: store.kind, tls: Boolean(tls), port: running.server.address() }, 'office server ready');
  process.stdout.write(`Office server ready: ${running.url} (${where})\n`);
  const stop = async () => {
    await running.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

await main();
