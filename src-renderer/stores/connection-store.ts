import { create } from 'zustand';
import { connectionStatus, onConnectionChange, type ConnectionStatus } from '../api/client';

type ConnectionState = { status: ConnectionStatus };

/** Whether the local host answers (browser mode only can lose it). */
export const useConnectionStore = create<ConnectionState>()(() => ({ status: connectionStatus() }));

/** Mirrors the client's connection status; `onRestored` runs when a lost link comes back. */
export function watchConnection(onRestored: () => void): () => void {
  return onConnectionChange((status) => {
    const previous = useConnectionStore.getState().status;
    useConnectionStore.setState({ status });
    if (status === 'connected' && previous !== 'connected') onRestored();
  });
}
