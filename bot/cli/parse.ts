import { z } from 'zod';
import { parseMessage } from '../../commands/parse/parse-message.ts';
import type { ParsedIssue, ParsedVisit, ParseError, ParseWarning, Target } from '../../core/checkin.ts';
import { readStdin, stdinLines } from './read-stdin.ts';

const BatchLine = z.object({ text: z.string(), now: z.string().optional() });

/** Reads an ISO instant; a value that is not one is a usage error, not a silent "now". */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`--now 不是有效时间：${value}（例：2026-11-22T09:00:00+08:00）`);
  return d;
}

/**
 * The contract's shape: the scored fields in the documented order, then `warnings` (dates
 * the bot would ask about before storing: a deadline already past, a visit dated ahead).
 */
export function toContract(r: ContractSource) {
  return {
    kind: r.kind,
    ok: r.ok,
    errors: r.errors,
    visit: r.visit ?? null,
    issues: (r.issues ?? []).map(({ fromCheck: _f, ...i }) => i),
    target: r.target ?? null,
    warnings: r.warnings ?? [],
  };
}

/** Any command's parse: each has the fields of the contract its kind fills. */
interface ContractSource {
  kind: string;
  ok: boolean;
  errors: ParseError[];
  visit?: ParsedVisit | null;
  issues?: ParsedIssue[];
  target?: Target | null;
  warnings?: ParseWarning[];
}

export async function runParse(args: { json: boolean; batch: boolean; now?: string }, out: (line: string) => void): Promise<number> {
  if (args.batch) {
    for await (const line of stdinLines()) {
      if (!line.trim()) continue;
      let result: unknown;
      try {
        const input = BatchLine.parse(JSON.parse(line));
        result = toContract(parseMessage(input.text, parseNow(input.now ?? args.now)));
      } catch (err) {
        // One bad line must not shift every later answer: it gets its own line.
        result = {
          kind: 'none',
          ok: false,
          errors: [{ field: 'input', message: `无法读取这一行：${(err as Error).message}` }],
          visit: null,
          issues: [],
          target: null,
          warnings: [],
        };
      }
      out(JSON.stringify(result));
    }
    return 0;
  }
  const text = await readStdin();
  const result = toContract(parseMessage(text.replace(/\r?\n$/, ''), parseNow(args.now)));
  out(args.json ? JSON.stringify(result) : JSON.stringify(result, null, 2));
  return 0;
}
