/**
 * Event ids and message ids seen lately, so a redelivered event is acknowledged without
 * being handled again. Lark re-pushes an event it did not hear back about (at 15 s, 5 min,
 * 1 h and 6 h), so entries live a day. The SDK's Channel module has such a cache, but it is
 * not exported on its own; the inbox (unique on the message id) is the durable guard.
 */
export function createSeenCache<V = true>(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const ttl = options.ttlMs ?? 24 * 3600_000;
  const max = options.maxEntries ?? 20_000;
  const entries = new Map<string, { value: V; expires: number }>();

  function get(key: string): V | undefined {
    const hit = entries.get(key);
    if (!hit) return undefined;
    if (hit.expires <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return hit.value;
  }

  return {
    get,
    has: (key: string) => get(key) !== undefined,
    set(key: string, value: V, ttlMs = ttl) {
      entries.delete(key);
      entries.set(key, { value, expires: Date.now() + ttlMs });
      // Oldest first: a Map iterates in insertion order.
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
    delete: (key: string) => entries.delete(key),
    get size() {
      return entries.size;
    },
  };
}
