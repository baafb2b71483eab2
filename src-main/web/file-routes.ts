import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webProtocol } from '../../src-shared/contract/bridge';
import type { ApiErrorBody, ApiResult } from '../../src-shared/contract/errors';
import { MAX_UPLOAD_BYTES, type IncomingFile } from '../../src-shared/domain/files';
import { errorBody } from '../core/dispatch';
import { findFile, receiveFile } from '../files/store';
import { contentDisposition } from '../files/disposition';

type Headers = Record<string, string>;

function sendJson(res: ServerResponse, headers: Headers, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

const fail = (res: ServerResponse, headers: Headers, status: number, error: ApiErrorBody) => sendJson(res, headers, status, { ok: false, error });

function fileNameOf(req: IncomingMessage): string | null {
  const raw = req.headers[webProtocol.fileNameHeader];
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 1024) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** POST /api/files: the raw bytes of a file the user picked, streamed to disk within the size limit. */
export async function uploadFile(dataDir: string, req: IncomingMessage, res: ServerResponse, headers: Headers): Promise<void> {
  const fileName = fileNameOf(req);
  if (fileName === null) {
    fail(res, headers, 400, { code: 'validation', field: 'file', message: `Name the file in the ${webProtocol.fileNameHeader} header (URI-encoded).` });
    return;
  }
  if (Number(req.headers['content-length'] ?? '0') > MAX_UPLOAD_BYTES) {
    // Refused before reading: the connection is closed after the answer.
    res.setHeader('Connection', 'close');
    fail(res, headers, 413, { code: 'validation', field: 'file', message: `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.` });
    return;
  }
  try {
    const file: IncomingFile = await receiveFile(dataDir, fileName, req, MAX_UPLOAD_BYTES);
    sendJson(res, headers, 200, { ok: true, value: file });
  } catch (error) {
    const body = errorBody(error);
    if (!res.headersSent) {
      res.setHeader('Connection', 'close');
      fail(res, headers, body.code === 'validation' ? 413 : 500, body);
    }
  }
}

/** GET /api/files/<id>: a document the core made, as an attachment under its own name. */
export async function downloadFile(dataDir: string, fileId: string, res: ServerResponse, headers: Headers): Promise<void> {
  const file = await findFile(dataDir, 'outgoing', fileId);
  if (!file) {
    fail(res, headers, 404, { code: 'not_found', message: 'This file is no longer available: make it again.' });
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': file.mimeType,
    'Content-Length': String(file.size),
    'Content-Disposition': contentDisposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  createReadStream(file.path).pipe(res);
}
