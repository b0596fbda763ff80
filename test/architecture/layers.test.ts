// The layers, bottom to top: core → storage → faq, sheets, prompts → commands, cadence → bot.
// Nothing imports upward, core imports nothing of the project, Prisma stays inside storage/,
// and a platform SDK stays inside its adapter.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from './import-rules.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(import.meta.dirname, 'fixtures/upside-down');
const show = (v: { file: string; line: number; rule: string; detail: string }) => `${v.file}:${v.line} ${v.rule}: ${v.detail}`;

describe('layers', () => {
  it('the tree keeps every rule', () => {
    expect(checkTree(root).map(show)).toEqual([]);
  });

  it('a tree that breaks each rule is caught, rule by rule', () => {
    const rules = checkTree(fixture).map((v) => `${v.file} ${v.rule}`);
    expect(rules).toEqual([
      'bot/adapters/console.ts a platform SDK only in its adapter',
      'commands/handler.ts Prisma only inside storage',
      'core/message.ts core imports nothing of the project',
      'prompts/help.ts prompts may not import upward',
      'storage/inbox.ts storage may not import upward',
    ]);
  });
});
