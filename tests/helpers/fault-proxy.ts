import { EventEmitter } from 'node:events';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * What the proxy does to a request:
 * - `pass`: forwards both ways;
 * - `cut-replies`: forwards the request, lets the server answer (it has committed by then), then
 *   drops the answer and resets the client's connection — the "reply lost after the server
 *   committed" case;
 * - `reset`: resets the client's connection as the request arrives (the server never sees it);
 * - `reset-mid-reply`: forwards the request, the answer's headers and the first bytes of its body,
 *   then resets;
 * - `blackhole`: swallows the request and never answers (the client times out);
 * - `{ delayMs }`: forwards everything, each chunk late.
 */
export type FaultMode = 'pass' | 'cut-replies' | 'reset' | 'reset-mid-reply' | 'blackhole' | { delayMs: number };

/**
 * What happens to a new connection before any request: `accept` (then the request's mode), or
 * `close` / `reset` at once, as a port forwarder or load balancer without its back end does.
 */
export type ConnectMode = 'accept' | 'close' | 'reset';

/** A request seen by the proxy; `index` counts every request, `pathIndex` those to the same path (both from 1). */
export type SeenRequest = { method: string; path: string; index: number; pathIndex: number; mode: FaultMode };

export type FaultProxy = {
  /** What the devices connect to. */
  url: string;
  /** The fault of each request: one mode for all, or decided per request. */
  set(mode: FaultMode | ((request: Omit<SeenRequest, 'mode'>) => FaultMode)): void;
  /** What new connections get (`accept` unless told). */
  setConnect(mode: ConnectMode): void;
  /** Back to `pass` and `accept` (connections already held by a blackhole are reset). */
  heal(): void;
  /** Where new connections go (a restarted server may listen on another port). */
  retarget(url: string): void;
  /** Every request seen so far, with the mode it got. */
  requests: SeenRequest[];
  /** `request` (SeenRequest) when a request arrives, `cut` (SeenRequest) when an answer was dropped. */
  events: EventEmitter;
  close(): Promise<void>;
};

const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/;

/**
 * A small TCP proxy on 127.0.0.1 in front of an HTTP server, with faults decided per request. It
 * reads only the request line at the start of a chunk (devices do not pipeline), so it works for
 * any HTTP/1.1 client and server without parsing bodies. When the server is down, a client's
 * connection is reset once its request has arrived, as the client would see a refused one.
 */
export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  let target = new URL(targetUrl);
  let decide: (request: Omit<SeenRequest, 'mode'>) => FaultMode = () => 'pass';
  let onConnect: ConnectMode = 'accept';
  const requests: SeenRequest[] = [];
  const perPath = new Map<string, number>();
  const events = new EventEmitter();
  const sockets = new Set<Socket>();
  const held = new Set<Socket>();

  const reset = (socket: Socket) => {
    if (!socket.destroyed) socket.resetAndDestroy();
  };

  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (onConnect !== 'accept') {
      client.on('error', () => undefined);
      if (onConnect === 'close') client.end();
      else reset(client);
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    let upstreamFailed = false;
    let clientSent = false;
    // The mode of the request in flight on this connection (decided when its first line arrives).
    let current: SeenRequest | null = null;
    // The start of the answer (enough to find the end of its headers).
    let replyHead = Buffer.alloc(0);
    // Delayed chunks keep their order in each direction.
    let toServer = Promise.resolve();
    let toClient = Promise.resolve();
    const later = (queue: Promise<void>, ms: number, send: () => void) => queue.then(() => new Promise<void>((resolve) => setTimeout(() => (send(), resolve()), ms)));
    const closeBoth = () => {
      reset(client);
      upstream.destroy();
      held.delete(client);
    };
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => {
      upstreamFailed = true;
      if (clientSent) reset(client);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      sockets.delete(upstream);
      // A server that could not be reached: the client's connection is reset when its request arrives.
      if (upstreamFailed) return;
      // Whatever the server had sent is forwarded first (a delayed reply is not cut short).
      void toClient.then(() => client.end());
    });

    client.on('data', (chunk: Buffer) => {
      clientSent = true;
      if (upstreamFailed) return reset(client);
      const line = requestLine.exec(chunk.subarray(0, 2048).toString('latin1'));
      if (line) {
        const method = line[1] ?? '';
        const path = new URL(line[2] ?? '/', 'http://proxy').pathname;
        const pathIndex = (perPath.get(path) ?? 0) + 1;
        perPath.set(path, pathIndex);
        const seen = { method, path, index: requests.length + 1, pathIndex };
        current = { ...seen, mode: decide(seen) };
        replyHead = Buffer.alloc(0);
        requests.push(current);
        events.emit('request', current);
      }
      const mode = current?.mode ?? 'pass';
      if (mode === 'reset') return closeBoth();
      if (mode === 'blackhole') {
        held.add(client);
        return;
      }
      if (typeof mode === 'object') toServer = later(toServer, mode.delayMs, () => upstream.write(chunk));
      else upstream.write(chunk);
    });

    upstream.on('data', (chunk: Buffer) => {
      const mode = current?.mode ?? 'pass';
      if (mode === 'cut-replies') {
        // The server has answered, so it has done (and committed) the work: the client never learns it.
        const cut = current;
        closeBoth();
        events.emit('cut', cut);
        return;
      }
      if (mode === 'reset-mid-reply') {
        const before = replyHead.length;
        replyHead = Buffer.concat([replyHead, chunk]);
        const headersEnd = replyHead.indexOf('\r\n\r\n');
        if (headersEnd < 0) return;
        // The headers and 16 bytes of the body reach the client; the rest never does.
        const keep = headersEnd + 4 + 16;
        if (keep > before) client.write(replyHead.subarray(before, keep));
        // Let those bytes leave before the reset.
        setTimeout(closeBoth, 20);
        return;
      }
      if (typeof mode === 'object') toClient = later(toClient, mode.delayMs, () => client.write(chunk));
      else client.write(chunk);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    set(mode) {
      decide = typeof mode === 'function' ? mode : () => mode;
    },
    setConnect(mode) {
      onConnect = mode;
    },
    heal() {
      decide = () => 'pass';
      onConnect = 'accept';
      for (const socket of held) reset(socket);
      held.clear();
    },
    retarget(url) {
      target = new URL(url);
    },
    requests,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
