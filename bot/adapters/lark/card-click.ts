import { normalizeCardAction } from '@larksuiteoapi/node-sdk';
import type { CardAction, IncomingMessage } from '../../../core/message.ts';
import type { UserProfile } from './create-directory.ts';

/** A button click on one of the bot's cards, from either callback format. */
export interface CardClick {
  /** Same for a redelivery of this click: the event id (v2) or the callback token (legacy). */
  key: string;
  messageId: string;
  chatId: string;
  operatorId: string;
  operatorName?: string;
  value: Record<string, unknown>;
  /** The legacy message-card callback answers with a bare card and cannot show a toast. */
  legacy: boolean;
}

type RawClick = Parameters<typeof normalizeCardAction>[0] & {
  schema?: string;
  event_id?: string;
  open_id?: string;
  open_chat_id?: string;
};

/**
 * Reads a click as the SDK's dispatcher hands it over. `card.action.trigger` (schema 2.0)
 * goes through the SDK's `normalizeCardAction`; the legacy callback keeps the operator at
 * the top level, which that function does not read, so it is picked up here.
 */
export function readCardClick(data: RawClick): CardClick | null {
  const legacy = data.schema === undefined;
  const normalized = normalizeCardAction(data);
  const messageId = normalized?.messageId ?? data.open_message_id;
  const chatId = normalized?.chatId ?? data.open_chat_id;
  const operatorId = normalized?.operator.openId ?? data.open_id;
  const key = data.event_id ?? data.token;
  if (!messageId || !chatId || !operatorId || !key) return null;
  return {
    key,
    messageId,
    chatId,
    operatorId,
    operatorName: normalized?.operator.name,
    value: asObject(normalized?.action.value ?? data.action?.value),
    legacy,
  };
}

function asObject(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (typeof value === 'string') {
    try {
      const parsed = JSON.parse(value) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // Not JSON: a plain string value carries no action we know.
    }
  }
  return {};
}

/** What a 销号, 验收 or 接办 button acts on: the ledger number and the row's village; null for any other button. */
export interface CloseTarget {
  action: CardAction['action'];
  no: number;
  villageId: number | null;
  /** The village's name when the card wrote it on the button (recorded on the inbox row). */
  village: string | null;
}

const ACTIONS: ReadonlySet<unknown> = new Set<CardAction['action']>(['close', 'review', 'take-over']);

/** The command a button stands for, as a cadre would type it (the inbox row's text). */
const TYPED: Record<CardAction['action'], string> = { close: '销号', review: '验收', 'take-over': '接办' };

export function closeTarget(click: CardClick): CloseTarget | null {
  const action = click.value.action;
  if (!ACTIONS.has(action)) return null;
  const no = Number(click.value.no);
  if (!Number.isInteger(no) || no <= 0) return null;
  const villageId = Number(click.value.villageId);
  const village = typeof click.value.village === 'string' && click.value.village.trim() ? click.value.village.trim() : null;
  return {
    action: action as CardAction['action'],
    no,
    villageId: Number.isInteger(villageId) && villageId > 0 ? villageId : null,
    village,
  };
}

/**
 * A 销号, 验收 or 接办 click as the bot's typed card action (core/message.ts `CardAction`): the router
 * gives it to its command with the row's village and number, and checks who may do what as
 * for the typed command. The text only records the click on the inbox row, in the
 * form a cadre would type. The message id comes from the click, so a redelivered click is
 * stored and handled once.
 */
export function clickToIncoming(
  click: CardClick,
  target: CloseTarget,
  names: { senderName: string | null; chatName: string | null; sender?: UserProfile | null },
  clickedAt: Date = new Date(),
): IncomingMessage {
  return {
    platform: 'lark',
    messageId: `card-${click.key}`,
    chatId: click.chatId,
    chatName: names.chatName,
    senderId: click.operatorId,
    senderName: names.senderName || click.operatorId,
    text: `#${TYPED[target.action]} ${target.village ? `${target.village} ` : ''}${target.no}`,
    cardAction: { action: target.action, issueNo: target.no, villageId: target.villageId, cardMessageId: click.messageId },
    mentionsBot: false,
    sentAt: clickedAt,
    isPrivate: false,
    senderTenantId: names.sender?.userId ?? null,
    senderMobile: names.sender?.mobile ?? null,
  };
}
