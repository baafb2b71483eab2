import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where tests ask for the run's PostgreSQL (tests/helpers/postgres.ts); '' with TEST_DATABASE_URL. */
    postgresBroker: string;
  }
}

/*
 * Global setup of the integration project: one PostgreSQL for the whole run, for the tests of the
 * server's PostgreSQL back end (tests/helpers/postgres.ts makes a fresh database per caller).
 * TEST_DATABASE_URL, when set, is used instead. Otherwise the embedded PostgreSQL is started on
 * the first request from a test (so runs without PostgreSQL tests do not pay for it), through a
 * small loopback endpoint, and stopped at the end of the run. If it cannot start, every test
 * needing it fails with the reason; nothing is skipped.
 */
let broker: Server | undefined;
let postgres: Promise<RunningPostgres> | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresBroker', '');
    return;
  }
  const path = `/postgres/${randomBytes(16).toString('hex')}`;
  broker = createServer((request, response) => {
    if (request.url !== path) {
      response.writeHead(404).end();
      return;
    }
    postgres ??= startEmbeddedPostgres();
    postgres.then(
      (running) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url: running.url })),
      (error: unknown) => response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ problem: error instanceof Error ? error.message : String(error) })),
    );
  });
  await new Promise<void>((resolve) => broker?.listen(0, '127.0.0.1', resolve));
  project.provide('postgresBroker', `http://127.0.0.1:${(broker.address() as AddressInfo).port}${path}`);
}

export async function teardown(): Promise<void> {
  await new Promise((resolve) => (broker ? broker.close(resolve) : resolve(undefined)));
  const running = await postgres?.catch(() => undefined);
  await running?.stop();
  broker = undefined;
  postgres = undefined;
}
