/**
 * Hybrid logical clock. A timestamp is wall-clock milliseconds, a counter for events within the
 * same millisecond, and the device id, encoded fixed-width so that string order is time order:
 *   "001732000000000-00000-0193f1c2a7b47e21"
 * It never goes backwards: the state is persisted, and a wall clock that jumps back only makes
 * the counter grow.
 */
export type HlcState = { wallMs: number; counter: number };

const WALL_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 99_999;

export function encodeHlc(state: HlcState, node: string): string {
  return `${String(state.wallMs).padStart(WALL_WIDTH, '0')}-${String(state.counter).padStart(COUNTER_WIDTH, '0')}-${node}`;
}

export function decodeHlc(hlc: string): HlcState & { node: string } {
  const [wall, counter, node] = hlc.split('-');
  if (wall === undefined || counter === undefined || node === undefined) {
    throw new Error(`Malformed HLC: ${hlc}`);
  }
  return { wallMs: Number(wall), counter: Number(counter), node };
}

/** The next local timestamp after `last`, given the (possibly wrong) wall clock `nowMs`. */
export function tickHlc(last: HlcState, nowMs: number): HlcState {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0 };
  if (last.counter >= MAX_COUNTER) return { wallMs: last.wallMs + 1, counter: 0 };
  return { wallMs: last.wallMs, counter: last.counter + 1 };
}

/** Advances the local clock past a timestamp received from elsewhere. */
export function receiveHlc(last: HlcState, remote: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(last.wallMs, remote.wallMs, nowMs);
  if (wallMs === last.wallMs && wallMs === remote.wallMs) {
    return tickHlc({ wallMs, counter: Math.max(last.counter, remote.counter) }, nowMs);
  }
  if (wallMs === last.wallMs) return tickHlc(last, nowMs);
  if (wallMs === remote.wallMs) return { wallMs, counter: remote.counter + 1 };
  return { wallMs, counter: 0 };
}

export function hlcWallTime(hlc: string): string {
  return new Date(decodeHlc(hlc).wallMs).toISOString();
}
