import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

let serverUrl: Promise<string> | undefined;

/** The server the tests create their databases on: TEST_DATABASE_URL, else the run's embedded PostgreSQL (started on first use). */
export function postgresServerUrl(): Promise<string> {
  serverUrl ??= (async () => {
    if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
    const broker = inject('postgresBroker');
    if (!broker) throw new Error('No PostgreSQL for this test: run it in the integration project (its global setup provides one), or set TEST_DATABASE_URL.');
    const answer = (await (await fetch(broker)).json()) as { url?: string; problem?: string };
    if (answer.url) return answer.url;
    throw new Error(`No PostgreSQL for the tests: ${answer.problem ?? 'unknown problem'}\nOr set TEST_DATABASE_URL=postgres://user:pass@host/db (a role allowed to CREATE DATABASE) to use a server of your own.`);
  })();
  return serverUrl;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: await postgresServerUrl(), application_name: 'crm-tests' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database of its own for the caller (named crm_test_<random>), dropped by `drop`
 * whoever is still connected to it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `crm_test_${randomBytes(6).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(await postgresServerUrl());
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    name,
    drop: () => {
      dropped ??= onServer(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
      return dropped;
    },
  };
}
