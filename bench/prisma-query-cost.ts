// What one Prisma 7 call costs on this machine (SQLite file, WAL, synchronous=FULL), to read the
// end-to-end figures against: a check-in makes about ten of them.
//   npx tsx bench/prisma-query-cost.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../storage/db.ts';

export interface QueryCost {
  name: string;
  microsPerCall: Record<string, number>;
}

export async function runQueryCostBench(): Promise<QueryCost> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vbot-qcost-'));
  const db = await openDb(`file:${path.join(dir, 'q.db')}`);
  const p = db.prisma;
  const micros: Record<string, number> = {};
  async function time(name: string, n: number, call: (i: number) => Promise<unknown>) {
    for (let i = 0; i < 200; i++) await call(n + i); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await call(i);
    micros[name] = Math.round(((performance.now() - t0) / n) * 1000);
  }
  try {
    const village = await p.village.create({ data: { name: '基准村' } });
    const inbox = (i: number) => ({
      platform: 'bench',
      messageId: `m${i}`,
      chatId: 'c',
      senderId: 's',
      senderName: 'n',
      text: '#帮助',
      mentionsBot: false,
      sentAt: new Date(),
    });
    await time('findUnique by id', 3000, () => p.village.findUnique({ where: { id: village.id } }));
    await time('$queryRaw by id', 3000, () => p.$queryRaw`SELECT "id" FROM "Village" WHERE "id" = ${village.id}`);
    await time('create (one row, committed)', 2000, (i) => p.inboxMessage.create({ data: inbox(i + 10_000), select: { id: true } }));
    await time('updateMany by id', 2000, (i) => p.inboxMessage.updateMany({ where: { id: 1 + (i % 100) }, data: { status: 'handled' } }));
    await time('empty interactive transaction', 2000, () => p.$transaction(async () => {}));
    return { name: 'prisma query cost', microsPerCall: micros };
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(JSON.stringify(await runQueryCostBench(), null, 2));
}
