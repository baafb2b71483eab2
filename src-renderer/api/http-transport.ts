import { webProtocol } from '../../src-shared/contract/bridge';
import type { ApiResult } from '../../src-shared/contract/errors';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';
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

  async function invoke(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!token) {
      report('unauthorized');
      throw new ClientError({ code: 'unauthorized', message: 'no launch token' });
    }
    let response: Response;
    try {
      response = await fetch(webProtocol.invokePath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ name, input }),
      });
    } catch (error) {
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
