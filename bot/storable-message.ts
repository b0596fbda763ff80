import type { IncomingMessage } from '../core/message.ts';

/**
 * PostgreSQL text cannot hold U+0000, and a NUL typed or pasted into a chat would make the
 * inbox write fail there. It becomes U+FFFD (the replacement mark) at the door, on every
 * database alike, so the stored message stays readable and visibly marks where it was.
 */
export function storableMessage(msg: IncomingMessage): IncomingMessage {
  const fields = ['text', 'chatName', 'senderName'] as const;
  if (!fields.some((f) => msg[f]?.includes('\u0000'))) return msg;
  const copy = { ...msg };
  for (const f of fields) {
    const value = copy[f];
    if (value !== undefined && value !== null) (copy as Record<string, unknown>)[f] = value.replaceAll('\u0000', '\uFFFD');
  }
  return copy;
}
