import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh SQLite file in its own temporary folder, removed with `remove()`. */
export function temporaryDatabase(): { url: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'village-bot-chat-'));
  return { url: `file:${path.join(dir, 'bot.db')}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
