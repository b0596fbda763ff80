import path from 'node:path';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** `bot-20261202-183000.db`: the database's name and the Shanghai time, so a listing sorts by age. */
export function backupName(base: string, now: Date, extension: string): string {
  const stamp = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
    .toISOString()
    .slice(0, 19)
    .replace(/-/g, '')
    .replace('T', '-')
    .replace(/:/g, '');
  return `${base}-${stamp}${extension}`;
}

/** The files of `dir` that are backups of `base` (by their name), oldest first. */
export function isBackupOf(base: string, file: string): boolean {
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}-\\d{8}-\\d{6}\\.(?:db|dump)$`).test(path.basename(file));
}
