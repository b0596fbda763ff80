// The layering rules, as a function over source files, so the test can run it on the tree and
// on a fixture that breaks each rule (a check that cannot fail proves nothing).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Floors, bottom to top: a file may import from its own floor and the floors below it. */
export const FLOORS: Record<string, number> = {
  core: 0,
  storage: 1,
  faq: 2,
  sheets: 2,
  prompts: 2,
  charts: 2,
  commands: 3,
  cadence: 3,
  bot: 4,
};

/** Platform SDKs: imported only by their own adapter (bot/adapters/<name>.ts and bot/adapters/<name>/). */
export const SDKS: Record<string, string> = {
  wechaty: 'wechat',
  'wechaty-puppet-service': 'wechat',
  '@larksuiteoapi/node-sdk': 'lark',
  '@wecom/crypto': 'wecom',
  'file-box': 'wechat',
};

export interface Violation {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s+['"]([^'"]+)['"]/gm;
/** Prisma reached some other way than through a storage function. */
const PRISMA_USE =
  /\.prisma\b|\$transaction\b|\$queryRaw|\$executeRaw|\btx\.[a-zA-Z]+\.(?:find|create|update|delete|upsert|count|aggregate|groupBy)\w*\(/;

/** Source files of the layered folders under `root`, as paths relative to it. */
export function layeredFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel))) {
      if (name === 'generated' || name === 'node_modules') continue;
      const child = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else if (/\.(ts|mts)$/.test(name)) out.push(child);
    }
  };
  for (const floor of Object.keys(FLOORS)) {
    try {
      walk(floor);
    } catch {
      // A folder the tree (or a fixture) does not have.
    }
  }
  return out.sort();
}

export function checkFile(root: string, file: string): Violation[] {
  const source = readFileSync(path.join(root, file), 'utf8');
  const top = file.split('/')[0];
  const floor = FLOORS[top];
  const found: Violation[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  for (const m of source.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const line = lineOf(m.index ?? 0);
    if (spec.startsWith('.')) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const targetTop = target.split('/')[0];
      const targetFloor = FLOORS[targetTop];
      if (targetFloor === undefined) {
        found.push({ file, line, rule: 'outside the layers', detail: spec });
      } else if (top === 'core' && targetTop !== 'core') {
        found.push({ file, line, rule: 'core imports nothing of the project', detail: spec });
      } else if (targetFloor > floor) {
        found.push({ file, line, rule: `${top} may not import upward`, detail: spec });
      } else if (target.startsWith('storage/generated') && top !== 'storage') {
        found.push({ file, line, rule: 'Prisma only inside storage', detail: spec });
      }
    } else {
      if ((spec.startsWith('@prisma/') || spec === 'prisma') && top !== 'storage')
        found.push({ file, line, rule: 'Prisma only inside storage', detail: spec });
      const sdk = SDKS[spec];
      if (sdk && !(file === `bot/adapters/${sdk}.ts` || file.startsWith(`bot/adapters/${sdk}/`))) {
        found.push({ file, line, rule: 'a platform SDK only in its adapter', detail: spec });
      }
    }
  }
  if (top !== 'storage') {
    source.split('\n').forEach((text, i) => {
      if (PRISMA_USE.test(text.replace(/\/\/.*$/, '')))
        found.push({ file, line: i + 1, rule: 'Prisma only inside storage', detail: text.trim().slice(0, 120) });
    });
  }
  return found;
}

export function checkTree(root: string): Violation[] {
  return layeredFiles(root).flatMap((file) => checkFile(root, file));
}
