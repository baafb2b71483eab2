import type { ApiEventName, ApiEvents } from '../../src-shared/contract/events';

export type EventListener = <E extends ApiEventName>(name: E, payload: ApiEvents[E]) => void;

/** Fan-out of core events to the hosts (Electron windows, browser-mode streams). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends ApiEventName>(name: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(name, payload);
  }
}
