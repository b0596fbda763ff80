import type { Platform } from './platform.ts';

/** The one shape a reply has before its adapter: what handlers and jobs return, what the outbox sends. */

export interface Mention {
  /** Platform user id when known; a name-only mention is rendered as text. */
  id: string | null;
  name: string;
}

/** A platform-neutral card; the Lark adapter renders it, others fall back to `text`. */
export interface Card {
  title: string;
  template?: 'blue' | 'green' | 'orange' | 'red' | 'grey';
  rows: CardRow[];
  footer?: string;
}

export interface CardRow {
  text: string;
  /** A button that sends this action back to the bot (e.g. close a ledger item). */
  action?: { label: string; value: Record<string, string | number> };
}

/** A chat: a group, or one person's private chat with the bot. */
export interface Destination {
  platform: Platform;
  chatId: string;
  private?: boolean;
}

/** A picture that follows a message's text (a digest's chart), as PNG bytes with words for it. */
export interface ReplyImage {
  png: Uint8Array;
  /** What the picture shows, in words: its caption where a platform has one, the console's line. */
  alt: string;
}

/** A file sent after the text (the dispatch pack's xlsx): where it is on disk, and its name in the chat. */
export interface ReplyFile {
  path: string;
  name: string;
}

export interface Reply {
  /** Where it goes; handlers leave it out to answer in the chat the message came from. */
  to?: Destination;
  text: string;
  mentions?: Mention[];
  card?: Card;
  /** Sent after the text, as its own outbox row: a failed upload never holds the text back. */
  image?: ReplyImage;
  file?: ReplyFile;
}

/** A reply ready for an adapter: the outbox row it came from. */
export interface OutgoingMessage {
  id: number;
  platform: Platform;
  chatId: string;
  private: boolean;
  text: string;
  mentions: Mention[];
  card: Card | null;
  /** Set on an image row: the adapter sends the picture (`text` is then its alt text). */
  image?: ReplyImage | null;
  file?: ReplyFile | null;
  /** Set when several outbox rows go as this one message: their ids in order, `id` first. */
  mergedIds?: number[];
}
