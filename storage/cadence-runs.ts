import { client, type Queryable, type Tx } from './client.ts';

export interface NewCadenceRun {
  key: string;
  job: string;
  period: string;
  dueAt: Date;
  instance: string;
}

/**
 * Claims a run by inserting its unique key. On a second instance the insert waits for the
 * first one's transaction and then fails with a unique violation: only one runs the job.
 */
export async function insertCadenceRun(tx: Tx, run: NewCadenceRun, now: Date): Promise<void> {
  await client(tx).cadenceRun.create({ data: { ...run, status: 'running', startedAt: now } });
}

export async function finishCadenceRun(tx: Tx, key: string, messages: number, now: Date): Promise<void> {
  await client(tx).cadenceRun.update({ where: { key }, data: { status: 'done', finishedAt: now, messages } });
}

export async function findCadenceRun(db: Queryable, key: string) {
  return client(db).cadenceRun.findUnique({ where: { key } });
}
