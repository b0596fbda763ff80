import type { Attachment } from '../../../core/message.ts';

/** A mention as the event lists it: the placeholder key in the content, and who it is. */
export interface EventMention {
  key: string;
  id?: { open_id?: string | null } | null;
  name?: string | null;
}

/** What a message says, who it @-mentions, and the pictures and files that came with it. */
export interface ReadContent {
  text: string;
  mentionsBot: boolean;
  attachments: Attachment[];
}

type PostElement = {
  tag?: string;
  text?: string;
  user_id?: string;
  user_name?: string;
  image_key?: string;
  file_key?: string;
  file_name?: string;
  href?: string;
};
type Post = { title?: string; content?: PostElement[][] };

/**
 * Reads a Lark message's `content` the same way for `text` and `post`: the words come from
 * text, link and @ elements (a post's title on a line of its own), styles are dropped, and
 * pictures, files, voice and video become attachments, never text. The SDK's `normalize`
 * renders a post as markdown (`**bold**`, `[image](img_…)`), which the parser would read as
 * part of a problem's description, so it is not used here.
 *
 * The bot's own @ is removed and flagged by its open_id, so an @ whose name is empty (as
 * Lark sends for some clients) still counts.
 */
export function readContent(
  messageType: string,
  rawContent: string,
  mentions: readonly EventMention[] | undefined,
  botOpenId: string | null,
): ReadContent {
  const content = parseJson(rawContent);
  const byKey = new Map((mentions ?? []).map((m) => [m.key, m]));
  let mentionsBot = false;
  const isBot = (openId: string | null | undefined) => Boolean(botOpenId && openId === botOpenId);
  /** `@name`, or '' for the bot itself, for a placeholder key or an open_id. */
  const atText = (ref: string, nameHint?: string): string => {
    if (ref === '@_all' || ref === 'all') return '@所有人';
    const mention = byKey.get(ref);
    const openId = mention?.id?.open_id ?? (ref.startsWith('ou_') ? ref : null);
    if (isBot(openId)) {
      mentionsBot = true;
      return '';
    }
    const name = nameHint || mention?.name;
    return name ? `@${name}` : ref;
  };

  const attachments: Attachment[] = [];
  let text = '';
  switch (messageType) {
    case 'text':
      text = String(content?.text ?? '').replace(/@_user_\d+|@_all/g, (key) => atText(key));
      break;
    case 'post':
      text = readPost(asPost(content), atText, attachments);
      break;
    case 'image':
      if (content?.image_key) attachments.push({ kind: 'image', key: String(content.image_key), name: null });
      break;
    case 'file':
      if (content?.file_key) attachments.push({ kind: 'file', key: String(content.file_key), name: nameOf(content.file_name) });
      break;
    case 'audio':
      if (content?.file_key) attachments.push({ kind: 'audio', key: String(content.file_key), name: null });
      break;
    case 'media':
      if (content?.file_key) attachments.push({ kind: 'video', key: String(content.file_key), name: nameOf(content.file_name) });
      break;
    default:
      break;
  }
  return { text: tidy(text), mentionsBot, attachments };
}

function readPost(post: Post, atText: (ref: string, name?: string) => string, attachments: Attachment[]): string {
  const lines: string[] = [];
  for (const paragraph of post.content ?? []) {
    if (!Array.isArray(paragraph)) continue;
    let line = '';
    for (const el of paragraph) {
      switch (el.tag) {
        case 'text':
        case 'a':
        case 'code_block':
          line += el.text ?? '';
          break;
        case 'at':
          line += atText(el.user_id ?? '', el.user_name);
          break;
        case 'img':
          if (el.image_key) attachments.push({ kind: 'image', key: el.image_key, name: null });
          break;
        case 'media':
          if (el.file_key) attachments.push({ kind: 'video', key: el.file_key, name: nameOf(el.file_name) });
          break;
        default:
          // emotion, hr and the like carry nothing the bot reads.
          break;
      }
    }
    if (line.trim()) lines.push(line);
  }
  // The title is a line of its own in front, unless the body opens with a command: a heading
  // like 走访记录 above `#走访 …` is the client's decoration, and in front it would hide the
  // command from the parser (a command is read from the start of the message).
  const title = post.title?.trim();
  const opensWithCommand = /^\s*(@\S+\s+)*[#＃]/.test(lines[0] ?? '');
  if (title && !opensWithCommand) lines.unshift(title);
  return lines.join('\n');
}

/** Lark wraps an outgoing post per language; a received one is usually bare. */
function asPost(content: Record<string, unknown> | null): Post {
  if (!content) return {};
  if (Array.isArray(content.content)) return content as Post;
  for (const value of Object.values(content)) {
    if (value && typeof value === 'object' && Array.isArray((value as Post).content)) return value as Post;
  }
  return {};
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function nameOf(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

function parseJson(raw: string): Record<string, unknown> | null {
  try {
    const parsed = JSON.parse(raw) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
