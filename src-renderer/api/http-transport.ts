import { webProtocol } from '../../src-shared/contract/bridge';
import type { ApiResult } from '../../src-shared/contract/errors';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';
import type { IncomingFile, OutgoingFile } from '../../src-shared/domain/files';
import { ClientError } from './client-error';
import type { ConnectionStatus, Transport } from './transport';

type AnyCallback = (payload: unknown) => void;

function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const result = value as { ok: unknown; error?: unknown };
  return result.ok === true || (result.ok === false && typeof result.error === 'object' && result.error !== null);
}

function isEventMessage(value: unknown): value is { name: ApiEventName; payload: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}

const reconnectDelaysMs = [1000, 2000, 4000, 8000];

/**
 * Browser mode: calls are POSTed to the local host with the launch token; events arrive on one
 * Server-Sent Events stream. Connection trouble is reported, never thrown at the page.
 */
export function createHttpTransport(token: string | null, report: (status: ConnectionStatus) => void): Transport {
  const listeners = new Map<string, Set<AnyCallback>>();
  let stream: EventSource | null = null;
  let attempts = 0;

  function launchToken(): string {
    if (token) return token;
    report('unauthorized');
    throw new ClientError({ code: 'unauthorized', message: 'no launch token' });
  }

  async function post(path: string, headers: Record<string, string>, content: BodyInit): Promise<ApiResult<unknown>> {
    let response: Response;
    try {
      response = await fetch(path, { method: 'POST', headers: { ...headers, Authorization: `Bearer ${launchToken()}` }, body: content });
    } catch (error) {
      if (error instanceof ClientError) throw error;
      report('lost');
      throw ClientError.connection(error instanceof Error ? error.message : 'network error');
    }
    if (response.status === 401) report('unauthorized');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (response.status >= 500 || response.status === 0) report('lost');
      throw ClientError.connection(`HTTP ${response.status}`);
    }
    if (!isApiResult(body)) throw ClientError.connection(`unexpected answer (HTTP ${response.status})`);
    if (response.status !== 401) report('connected');
    return body;
  }

  const invoke = (name: string, input: unknown) => post(webProtocol.invokePath, { 'Content-Type': 'application/json' }, JSON.stringify({ name, input }));

  // The file goes as it is (streamed by the browser), its name in a header.
  const upload = (file: File) =>
    post(webProtocol.filesPath, { 'Content-Type': 'application/octet-stream', [webProtocol.fileNameHeader]: encodeURIComponent(file.name) }, file) as Promise<ApiResult<IncomingFile>>;

  /** A link the page clicks: the browser downloads the file under its own name. */
  async function saveFile(file: OutgoingFile): Promise<ApiResult<{ saved: boolean }>> {
    const link = document.createElement('a');
    link.href = `${webProtocol.filesPath}/${encodeURIComponent(file.fileId)}?token=${encodeURIComponent(launchToken())}`;
    link.download = file.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    return { ok: true, value: { saved: true } };
  }

  function dispatch(data: string): void {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (!isEventMessage(message)) return;
    for (const callback of listeners.get(message.name) ?? []) callback((message as { payload: unknown }).payload);
  }

  function connect(): void {
    if (!token || stream) return;
    const source = new EventSource(`${webProtocol.eventsPath}?token=${encodeURIComponent(token)}`);
    stream = source;
    source.onopen = () => {
      attempts = 0;
      report('connected');
    };
    source.onmessage = (event: MessageEvent<string>) => dispatch(event.data);
    source.onerror = () => {
      report('lost');
      if (source.readyState !== EventSource.CLOSED) return; // the browser retries by itself
      source.close();
      stream = null;
      const delay = reconnectDelaysMs[Math.min(attempts, reconnectDelaysMs.length - 1)] ?? 8000;
      attempts += 1;
      window.setTimeout(() => {
        // A probe tells a stopped host ("lost") from a refused token ("unauthorized").
        invoke('profile.get', {}).then(connect, connect);
      }, delay);
    };
  }

  return {
    kind: 'http',
    invoke,
    upload,
    saveFile,
    on: <E extends ApiEventName>(event: E, callback: (payload: ApiEvents[E]) => void) => {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const untyped = callback as AnyCallback;
      set.add(untyped);
      connect();
      return () => {
        set.delete(untyped);
      };
    },
  };
}
