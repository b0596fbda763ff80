// `npm run bench`: every benchmark, one after the other (they share two cores), with the
// machine they ran on. Each bench module is also runnable on its own with tsx.
import os from 'node:os';

type Result = object;
const benches: Array<[string, () => Promise<Result | Result[]>]> = [
  ['npm start to the console prompt, and idle RSS', async () => (await import('./start-time.ts')).runStartTimeBench()],
  ['parser', async () => (await import('./parse-throughput.ts')).runParseBench()],
  ['faq', async () => (await import('./faq-latency.ts')).runFaqBench()],
  ['masking', async () => (await import('./mask-throughput.ts')).runMaskBench()],
  ['charts', async () => (await import('./chart-render.ts')).runChartBench()],
  ['prisma query cost', async () => (await import('./prisma-query-cost.ts')).runQueryCostBench()],
  [
    'check-ins end to end (SQLite), beside the durable-write limit of the same run',
    async () => {
      const e2e = await (await import('./checkin-e2e.ts')).runCheckinE2eBench({ provider: 'sqlite' });
      const { runDurableLimit, ratioToLimit } = await import('./durable-limit.ts');
      const limit = await runDurableLimit();
      return 'skipped' in limit ? [e2e, limit] : [e2e, limit, { name: 'project ÷ limit', ...ratioToLimit(e2e.perSecond, limit) }];
    },
  ],
  ['check-ins end to end (PostgreSQL)', async () => (await import('./checkin-e2e.ts')).runCheckinE2eBench({ provider: 'postgresql' })],
  [
    'receipts under WeChat pacing, one send each and merged per chat',
    async () => (await import('./receipt-burst.ts')).runReceiptBurstBench(),
  ],
  ['PostgreSQL outage under load', async () => (await import('./faults.ts')).runOutageBench()],
  ['kill -9 in a burst', async () => (await import('./faults.ts')).runKillBench()],
  ['roster import', async () => (await import('./roster-import.ts')).runRosterImportBench()],
];

const only = process.argv.slice(2);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`,
);
for (const [name, run] of benches) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  try {
    const result = await run();
    console.log(`\n## ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(JSON.stringify(result, null, 2));
  } catch (err) {
    console.log(`\n## ${name}: failed — ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
