import { runKillBench } from './faults.ts';
const t0 = Date.now();
const r = await runKillBench({ burst: 400, provider: (process.argv[2] as 'sqlite') ?? 'sqlite' });
console.log(JSON.stringify(r), (Date.now() - t0) / 1000);
