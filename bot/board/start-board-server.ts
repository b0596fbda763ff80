// Serves the ledger board on HTTP_PORT with @hono/node-server (Node's own http server under Hono).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createBoardApp, type BoardDeps } from './board-app.ts';

export interface BoardServer {
  port: number;
  close(): Promise<void>;
}

export async function startBoardServer(port: number, deps: BoardDeps, host = '0.0.0.0'): Promise<BoardServer> {
  const app = createBoardApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of a browser would hold the close open.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
