import { copyFile } from 'node:fs/promises';
import type { ApiResult } from '../../src-shared/contract/errors';
import { MAX_UPLOAD_BYTES, type IncomingFile } from '../../src-shared/domain/files';
import { errorBody } from '../core/dispatch';
import { findFile, receiveFile } from '../files/store';
import { checkSender, type SenderFrame } from './ipc-sender';

/**
 * The desktop's side of files (`crm:upload`, `crm:save-file`), without Electron: the sender is
 * checked like `crm:invoke`, the payload is checked by hand (it is not a contract call), and the
 * save dialog is given by main.ts.
 */
export type FileTransferDeps = {
  dataDir: string;
  /** Shows the save dialog with a suggested name; the chosen path, or null when cancelled. */
  askSavePath: (suggestedName: string) => Promise<string | null>;
  allowedOrigin?: string;
  maxUploadBytes?: number;
};

const refused: ApiResult<never> = { ok: false, error: { code: 'forbidden', message: 'This request did not come from the CRM window; it was refused.' } };
const malformed = (message: string): ApiResult<never> => ({ ok: false, error: { code: 'validation', message } });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function bytesOf(value: unknown): Uint8Array | null {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

export async function handleUpload(deps: FileTransferDeps, frame: SenderFrame | null | undefined, payload: unknown): Promise<ApiResult<IncomingFile>> {
  if (!checkSender(frame, deps.allowedOrigin).ok) return refused;
  if (!isRecord(payload) || typeof payload.fileName !== 'string' || payload.fileName.length > 1024) return malformed('Malformed upload: expected { fileName, bytes }.');
  const bytes = bytesOf(payload.bytes);
  if (!bytes) return malformed('Malformed upload: the bytes are missing.');
  try {
    return { ok: true, value: await receiveFile(deps.dataDir, payload.fileName, bytes, deps.maxUploadBytes ?? MAX_UPLOAD_BYTES) };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  }
}

export async function handleSaveFile(deps: FileTransferDeps, frame: SenderFrame | null | undefined, payload: unknown): Promise<ApiResult<{ saved: boolean }>> {
  if (!checkSender(frame, deps.allowedOrigin).ok) return refused;
  if (!isRecord(payload) || typeof payload.fileId !== 'string') return malformed('Malformed request: expected { fileId }.');
  const file = await findFile(deps.dataDir, 'outgoing', payload.fileId);
  if (!file) return { ok: false, error: { code: 'not_found', message: 'This file is no longer available: make it again.' } };
  try {
    const target = await deps.askSavePath(file.fileName);
    if (target === null) return { ok: true, value: { saved: false } };
    await copyFile(file.path, target);
    return { ok: true, value: { saved: true } };
  } catch (error) {
    return { ok: false, error: errorBody(error) };
  }
}
