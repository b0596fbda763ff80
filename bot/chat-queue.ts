/**
 * Runs tasks one at a time per chat (a chat's messages are handled in the order they came)
 * while different chats run side by side.
 */
export function createChatQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(chat: string, task: () => Promise<T>): Promise<T> {
      const prev = tails.get(chat) ?? Promise.resolve();
      const next = prev.then(task, task);
      const tail = next.catch(() => {});
      tails.set(chat, tail);
      void tail.then(() => {
        if (tails.get(chat) === tail) tails.delete(chat);
      });
      return next;
    },
    /** Resolves when every queued task has finished (graceful shutdown). */
    async idle(): Promise<void> {
      while (tails.size) await Promise.allSettled([...tails.values()]);
    },
    get size() {
      return tails.size;
    },
  };
}
