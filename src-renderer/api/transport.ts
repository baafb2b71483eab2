import type { ApiResult } from '../../src-shared/contract/errors';
import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';

export type EventCallback<E extends ApiEventName> = (payload: ApiEvents[E]) => void;

/** How the typed client reaches the core: the Electron bridge or browser mode's HTTP. */
export type Transport = {
  kind: 'bridge' | 'http';
  invoke: (name: string, input: unknown) => Promise<ApiResult<unknown>>;
  on: <E extends ApiEventName>(event: E, callback: EventCallback<E>) => () => void;
};

/** The state of the link to the local host; only browser mode can lose it. */
export type ConnectionStatus = 'connected' | 'lost' | 'unauthorized';
