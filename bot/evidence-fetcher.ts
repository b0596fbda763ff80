import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from '../core/adapter.ts';
import { AttachmentTooLarge } from '../core/attachment-too-large.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../storage/client.ts';
import { dueEvidence, markEvidenceFetched, markEvidenceRetry, markEvidenceTooLarge, type EvidenceRecord } from '../storage/evidence.ts';

export interface EvidenceFetcherDeps {
  db: Db;
  adapters: readonly Adapter[];
  logger: Logger;
  /** Where files are kept: `<dir>/<platform>/<evidence id>-<key>`. */
  dir: string;
  maxBytes: number;
  /** How often pending rows are looked for. */
  everyMs?: number;
  now?: () => Date;
}

/** The longest wait between two tries of one file: an outage of a day still ends in a download. */
const MAX_RETRY_MS = 6 * 3600_000;

/**
 * Downloads linked evidence through the adapter that received it. The work list is the
 * database (pending rows whose retry time has come), not memory, so a failed or interrupted
 * download is tried again after a restart and nothing is given up on; the wait doubles from
 * 30 s up to six hours. The delay is a one-line formula on a stored counter, which is why no
 * retry library (p-retry keeps its state in memory) is used here.
 */
export function createEvidenceFetcher(deps: EvidenceFetcherDeps) {
  const now = deps.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;

  async function fetchOne(adapter: Adapter, row: EvidenceRecord): Promise<boolean> {
    const fetch = adapter.fetchAttachment?.bind(adapter);
    if (!fetch) return false;
    try {
      const bytes = await fetch({ messageId: row.messageId, key: row.key, kind: row.kind }, deps.maxBytes);
      const file = path.join(deps.dir, row.platform, `${row.id}-${safeName(row.key)}${extension(row)}`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
      await markEvidenceFetched(deps.db, row.id, { localPath: file, bytes: bytes.byteLength });
      return true;
    } catch (err) {
      if (err instanceof AttachmentTooLarge) {
        deps.logger.warn({ evidence: row.id, maxBytes: deps.maxBytes }, 'evidence over the size cap; kept as a record only');
        await markEvidenceTooLarge(deps.db, row.id, err.bytes);
        return false;
      }
      const waitMs = Math.min(30_000 * 2 ** row.tries, MAX_RETRY_MS);
      deps.logger.warn({ evidence: row.id, tries: row.tries + 1, retryInMs: waitMs, err: (err as Error).message }, 'evidence fetch failed');
      await markEvidenceRetry(deps.db, row.id, (err as Error).message ?? String(err), new Date(now().getTime() + waitMs));
      return false;
    }
  }

  /** One pass over every platform's due rows; resolves with how many files were saved. */
  function runOnce(): Promise<number> {
    running ??= (async () => {
      let saved = 0;
      try {
        for (const adapter of deps.adapters) {
          if (!adapter.fetchAttachment) continue;
          for (const row of await dueEvidence(deps.db, adapter.platform, now())) {
            if (await fetchOne(adapter, row)) saved++;
          }
        }
      } finally {
        running = null;
      }
      return saved;
    })();
    return running;
  }

  return {
    runOnce,
    start(): void {
      timer = setInterval(() => {
        runOnce().catch((err: unknown) => deps.logger.warn({ err: (err as Error).message }, 'evidence pass failed'));
      }, deps.everyMs ?? 15_000);
      timer.unref();
    },
    async stop(): Promise<void> {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}

function safeName(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
}

function extension(row: EvidenceRecord): string {
  const fromName = row.name ? path.extname(row.name).replace(/[^.A-Za-z0-9]/g, '') : '';
  if (fromName) return fromName;
  return row.kind === 'image' ? '.jpg' : '';
}
