import Database from 'better-sqlite3';

/** Pages done and pages in all, as the copy goes. */
export type CopyProgress = (done: number, total: number) => void;

/** About twenty steps per copy: progress a person can follow, few chances for a writer to restart it. */
const STEPS = 20;

/**
 * Copies a live SQLite database with SQLite's online backup API (better-sqlite3's `backup`):
 * the copy is one consistent state of the database, whatever the bot writes meanwhile
 * (a plain file copy of a database in WAL mode can be torn). A write from another connection
 * between two steps makes SQLite start the copy again; after one such restart the rest is
 * copied in a single step, so a busy bot cannot keep a backup from ever finishing.
 */
export async function copySqlite(source: string, destination: string, onProgress?: CopyProgress): Promise<{ pages: number }> {
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    let lastDone = -1;
    let restarted = false;
    const result = await db.backup(destination, {
      progress({ totalPages, remainingPages }) {
        const done = totalPages - remainingPages;
        // Every step asks for at least 100 pages: a step that gained none was a restart.
        if (lastDone > 0 && done <= lastDone) restarted = true;
        lastDone = done;
        onProgress?.(done, totalPages);
        return restarted ? 0x7fffffff : Math.max(100, Math.ceil(totalPages / STEPS));
      },
    });
    onProgress?.(result.totalPages, result.totalPages);
    return { pages: result.totalPages };
  } finally {
    db.close();
  }
}
