import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import {
  adminCreateUserSchema,
  adminUpdateUserSchema,
  loginRequestSchema,
  MAX_BODY_BYTES,
  PROTOCOL_VERSION,
  pullRequestSchema,
  pushRequestSchema,
  snapshotRequestSchema,
  SYNC_SCHEMA_VERSION,
  type ServerErrorBody,
} from '../../src-shared/sync/protocol';
import { ServerError } from './errors';
import { isWellFormedPush } from './push-shape';
import { serverLog } from './log';
import type { Auth, SyncService } from './service';

export type ListenOptions = { port: number; host: string; tls?: { cert: Buffer; key: Buffer } };
export type RunningServer = { url: string; server: Server; close: () => Promise<void> };

async function readBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new ServerError('payload_too_large', `Requests are limited to ${MAX_BODY_BYTES} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ServerError('payload_too_large', `Requests are limited to ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ServerError('bad_request', 'The request body is not JSON.');
  }
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ServerError('bad_request', `Invalid request${issue ? `: ${issue.path.join('.') || 'body'} ${issue.message}` : ''}.`);
  }
  return result.data;
}

function send(response: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}, json?: string): void {
  const text = json ?? JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
  });
  response.end(text);
}

function bearer(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/** The HTTP face of the sync service: JSON in, JSON out, under /v1; every answer says the server's time. */
export function createRequestHandler(service: SyncService) {
  const authed = async (request: IncomingMessage): Promise<Auth> => service.authenticate(bearer(request));

  /** `text`: the answer's JSON already written (then `body` is not used). */
  async function route(request: IncomingMessage): Promise<{ status: number; body: unknown; text?: string }> {
    const path = new URL(request.url ?? '/', 'http://server').pathname;
    const method = request.method ?? 'GET';
    if (method === 'GET' && path === '/v1/health') {
      await service.store.accountCount();
      return { status: 200, body: { status: 'ok', protocol: PROTOCOL_VERSION, schema: SYNC_SCHEMA_VERSION, backend: service.store.kind, serverTime: service.now() } };
    }
    if (method !== 'POST' && !(method === 'GET' && path === '/v1/me')) throw new ServerError('not_found', 'No such endpoint.');
    switch (path) {
      case '/v1/login': {
        const address = request.socket.remoteAddress ?? 'unknown';
        return { status: 200, body: await service.login(parse(loginRequestSchema, await readBody(request)), address) };
      }
      case '/v1/logout':
        await service.logout(await authed(request));
        return { status: 200, body: { serverTime: service.now() } };
      case '/v1/me':
        return { status: 200, body: { user: service.me(await authed(request)), serverTime: service.now() } };
      case '/v1/push': {
        const auth = await authed(request);
        const body = await readBody(request);
        return { status: 200, body: await service.push(auth, isWellFormedPush(body) ? body : parse(pushRequestSchema, body)) };
      }
      case '/v1/pull': {
        const auth = await authed(request);
        return { status: 200, body: await service.pull(auth, parse(pullRequestSchema, await readBody(request))) };
      }
      case '/v1/snapshot': {
        const auth = await authed(request);
        const snapshot = parse(snapshotRequestSchema, await readBody(request));
        if (snapshot.packed) return { status: 200, body: null, text: await service.snapshotText(auth, snapshot) };
        return { status: 200, body: await service.snapshot(auth, snapshot) };
      }
      case '/v1/admin/users/list': {
        service.requireAdministrator(await authed(request));
        return { status: 200, body: { users: await service.listAccounts(), serverTime: service.now() } };
      }
      case '/v1/admin/users/create': {
        service.requireAdministrator(await authed(request));
        const { passwordHash: _hash, ...user } = await service.createAccount(parse(adminCreateUserSchema, await readBody(request)));
        return { status: 200, body: { user, serverTime: service.now() } };
      }
      case '/v1/admin/users/update': {
        const auth = await authed(request);
        service.requireAdministrator(auth);
        await service.updateAccount(auth, parse(adminUpdateUserSchema, await readBody(request)));
        return { status: 200, body: { serverTime: service.now() } };
      }
      default:
        throw new ServerError('not_found', 'No such endpoint.');
    }
  }

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    try {
      const { status, body, text } = await route(request);
      send(response, status, body, {}, text);
    } catch (error) {
      const known = error instanceof ServerError ? error : new ServerError('internal', 'The server failed to answer; it has been logged.');
      if (!(error instanceof ServerError)) serverLog.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'request failed');
      const body: ServerErrorBody = { error: { code: known.code, message: known.message }, serverTime: service.now() };
      send(response, known.status, body, known.retryAfterMs ? { 'retry-after': String(Math.ceil(known.retryAfterMs / 1000)) } : {});
    } finally {
      serverLog.debug({ method: request.method, path: request.url?.split('?')[0], status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}

/** Starts listening; the URL is what devices connect to. */
export async function listen(service: SyncService, options: ListenOptions): Promise<RunningServer> {
  const handler = createRequestHandler(service);
  const onRequest = (request: IncomingMessage, response: ServerResponse) => void handler(request, response);
  const server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest) : createHttpServer(onRequest);
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
