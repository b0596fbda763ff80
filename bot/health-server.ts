import { createServer } from 'node:http';

/** GET /health: database, platform connections and outbox depth, for a load balancer or systemd. */
export async function startHealthServer(port: number, report: () => Promise<{ ok: boolean }>): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    report().then(
      (body) => res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (err: Error) => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: err.message })),
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '0.0.0.0', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
