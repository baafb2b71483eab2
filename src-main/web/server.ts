import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webProtocol } from '../../src-shared/contract/bridge';
import type { ApiErrorBody, ApiResult } from '../../src-shared/contract/errors';
import type { Core } from '../core/core';
import { dispatch, type ApiHandlers } from '../core/dispatch';
import { log } from '../log';
import { openEventStream } from './event-stream';
import { downloadFile, uploadFile } from './file-routes';
import { bearerToken, isAllowedHost, isAllowedOrigin, securityHeaders, tokenMatches } from './security';
import { resolveStaticFile, serveStaticFile } from './static-files';

export type WebServerOptions = {
  core: Core;
  handlers: ApiHandlers;
  rendererDir: string;
  token: string;
  port?: number;
};

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, error: ApiErrorBody): void {
  sendJson(res, status, { ok: false, error });
}

/** Reads a JSON body up to the limit; a larger body is refused before it is buffered. */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new Error('too_large'));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('too_large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleInvoke(options: WebServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!tokenMatches(options.token, bearerToken(req))) {
    sendError(res, 401, { code: 'unauthorized', message: 'Missing or wrong token: open the URL printed at start.' });
    return;
  }
  let text: string;
  try {
    text = await readBody(req, webProtocol.maxBodyBytes);
  } catch {
    sendError(res, 413, { code: 'validation', message: `Request body larger than ${webProtocol.maxBodyBytes} bytes.` });
    return;
  }
  let call: unknown;
  try {
    call = JSON.parse(text);
  } catch {
    sendError(res, 400, { code: 'validation', message: 'The request body is not valid JSON.' });
    return;
  }
  if (typeof call !== 'object' || call === null || Array.isArray(call)) {
    sendError(res, 400, { code: 'validation', message: 'The request body must be an object { name, input }.' });
    return;
  }
  const { name, input } = call as { name?: unknown; input?: unknown };
  const result = await dispatch(options.handlers, { core: options.core }, name, input);
  sendJson(res, 200, result);
}

/** Uploads (POST, Bearer token, same origin) and downloads (GET, `?token=`, as a link the page clicks). */
function routeFiles(options: WebServerOptions, port: () => number, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const dataDir = options.core.paths.dataDir;
  const failed = (error: unknown) => {
    log.error({ err: (error as Error).message }, 'file transfer failed');
    if (!res.headersSent) sendError(res, 500, { code: 'internal', message: 'Internal error.' });
  };
  if (req.method === 'POST' && url.pathname === webProtocol.filesPath) {
    if (!isAllowedOrigin(req.headers.origin, port())) {
      sendError(res, 403, { code: 'forbidden', message: 'Cross-origin requests are refused.' });
      return;
    }
    if (!tokenMatches(options.token, bearerToken(req))) {
      sendError(res, 401, { code: 'unauthorized', message: 'Missing or wrong token: open the URL printed at start.' });
      return;
    }
    uploadFile(dataDir, req, res, securityHeaders).catch(failed);
    return;
  }
  if (req.method === 'GET' && url.pathname.startsWith(`${webProtocol.filesPath}/`)) {
    if (!tokenMatches(options.token, url.searchParams.get('token'))) {
      sendError(res, 401, { code: 'unauthorized', message: 'Missing or wrong token.' });
      return;
    }
    downloadFile(dataDir, url.pathname.slice(webProtocol.filesPath.length + 1), res, securityHeaders).catch(failed);
    return;
  }
  sendError(res, 405, { code: 'validation', message: 'Use POST to upload, GET to download.' });
}

function route(options: WebServerOptions, port: () => number, req: IncomingMessage, res: ServerResponse): void {
  if (!isAllowedHost(req.headers.host, port())) {
    sendError(res, 403, { code: 'forbidden', message: 'This server only answers on its loopback address.' });
    return;
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port()}`);
  if (url.pathname === webProtocol.invokePath) {
    if (req.method !== 'POST') {
      sendError(res, 405, { code: 'validation', message: 'Use POST.' });
      return;
    }
    if (!isAllowedOrigin(req.headers.origin, port())) {
      sendError(res, 403, { code: 'forbidden', message: 'Cross-origin requests are refused.' });
      return;
    }
    handleInvoke(options, req, res).catch((error: unknown) => {
      log.error({ err: (error as Error).message }, 'invoke failed');
      if (!res.headersSent) sendError(res, 500, { code: 'internal', message: 'Internal error.' });
    });
    return;
  }
  if (url.pathname === webProtocol.filesPath || url.pathname.startsWith(`${webProtocol.filesPath}/`)) {
    routeFiles(options, port, url, req, res);
    return;
  }
  if (url.pathname === webProtocol.eventsPath) {
    if (!tokenMatches(options.token, url.searchParams.get('token'))) {
      sendError(res, 401, { code: 'unauthorized', message: 'Missing or wrong token.' });
      return;
    }
    openEventStream(options.core, req, res, securityHeaders);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405, { code: 'validation', message: 'Use GET.' });
    return;
  }
  const file = resolveStaticFile(options.rendererDir, url.pathname);
  if (!file) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  serveStaticFile(res, file, securityHeaders);
}

/** The browser-mode host: the same handlers over HTTP on 127.0.0.1, guarded by a per-launch token. */
export function startWebServer(options: WebServerOptions): Promise<{ server: Server; port: number }> {
  let boundPort = 0;
  const server = createServer((req, res) => route(options, () => boundPort, req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      boundPort = (server.address() as AddressInfo).port;
      resolve({ server, port: boundPort });
    });
  });
}
