import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/core';

const HEARTBEAT_MS = 25_000;

/** Server-Sent Events: every core event goes to the page as `{ name, payload }`. */
export function openEventStream(core: Core, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = core.events.subscribe((name, payload) => {
    res.write(`data: ${JSON.stringify({ name, payload })}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
