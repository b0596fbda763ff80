import type { Card, Reply } from '../core/reply.ts';
import { ledgerLine, ledgerText } from '../prompts/ledger.ts';
import { escalatedIssues, isWithdrawnNo, issueDetail, openIssues, type EscalatedIssue, type OpenIssue } from '../storage/issues.ts';
import { escalationText } from '../prompts/escalation.ts';
import { clipText } from '../core/clip-text.ts';
import { itemDetailLines } from './ledger/item-detail.ts';
import { countEvidence } from '../storage/evidence.ts';
import { resolveVillage } from './ledger/resolve-village.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { ledgerManual } from '../prompts/manual/ledger.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { startsWithPlace } from './parse/glued-text.ts';
import { readPlace, type PlaceParsed } from './parse/read-place.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveScope } from './ledger/resolve-scope.ts';
import { closeOutText } from '../prompts/close-out.ts';

/** Items per reply: with the title and the closing hint, a page stays within 15 lines. */
export const ITEMS_PER_REPLY = 13;

/**
 * `#台账 12` shows one item in full (commands/ledger/item-detail.ts).
 * `#台账`: the open items of this group's village (or a named one, or a township's villages),
 * overdue first, one line each, split into phone-sized replies. Each reply carries a card
 * with a 销号 button per row for Lark; other platforms show the text.
 */
export const ledger = defineCommand({
  kind: 'ledger',
  words: ['台账', '问题清单'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.ledger,
  help: helpLines.ledger,
  manual: ledgerManual,
  takesGlued: startsWithPlace,
  takesNoText: true,
  parse: readLedger,
  handle: listOpenItems,
});

export interface LedgerParsed extends PlaceParsed<'ledger'> {
  /** `#台账 12` (or `#台账 三星村 12`): one item in full instead of the list. */
  itemNo: number | null;
}

const ITEM_AT_END = /^(.*?)\s*(?:第|#|＃)?\s*(\d{1,6})\s*号?\s*$/;

function readLedger(body: string): LedgerParsed {
  const item = ITEM_AT_END.exec(body);
  const no = item ? Number(item[2]) : 0;
  if (item && no > 0) return { ...readPlace('ledger', item[1]), itemNo: no };
  return { ...readPlace('ledger', body), itemNo: null };
}

async function listOpenItems(ctx: HandlerContext<LedgerParsed>): Promise<HandlerResult> {
  if (ctx.parsed.itemNo !== null) return showItem(ctx, ctx.parsed.itemNo);
  const scope = await resolveScope(ctx, '#台账 三星村');
  if (scope.result) return scope.result;
  const today = shanghaiDay(ctx.now);
  const villageIds = scope.villages.map((v) => v.id);
  const [items, waiting] = await Promise.all([openIssues(ctx.tx, villageIds, today), openIssues(ctx.tx, villageIds, today, 'review')]);
  const withVillage = scope.villages.length > 1;
  // 待验收 items are neither open nor closed: listed apart, after the open ones.
  const review = waiting.length ? [reviewReply(waiting, today, withVillage)] : [];
  // Above the village (a township group, a township leader in private), what the villages passed up.
  const aboveVillage = withVillage || scope.townshipId !== undefined || ctx.group?.kind === 'township';
  const escalated = aboveVillage ? await escalatedIssues(ctx.tx, villageIds) : [];
  const passedUp = escalated.length ? [escalatedReply(escalated)] : [];
  if (!items.length) return { replies: [{ text: ledgerText.empty(scope.label) }, ...passedUp, ...review] };
  return { replies: [...ledgerPages(scope.label, items, today, withVillage), ...passedUp, ...review] };
}

/**
 * `已上报乡镇 N 项`: the township's list of items its villages could not solve, who took each.
 * On Feishu each row still waiting for the township has a 接办 button: a click is `#接办 村 编号`.
 */
function escalatedReply(items: EscalatedIssue[]): Reply {
  const t = escalationText;
  const shown = items.slice(0, ITEMS_PER_REPLY - 1);
  const lines = shown.map((i) =>
    t.listLine(i.villageName, i.no, clipText(i.description, 16), i.escalationReason && clipText(i.escalationReason, 16), i.takenBy),
  );
  const more = items.length > shown.length ? [t.more(items.length - shown.length)] : [];
  const card: Card = {
    title: t.listHead(items.length),
    template: 'orange',
    rows: [
      ...shown.map((i, k) =>
        // Taken, or its 销号 waiting for 验收: nothing left to take on, the line says who has it.
        i.takenBy || i.status !== 'open'
          ? { text: lines[k] }
          : {
              text: t.listItem(i.villageName, i.no, clipText(i.description, 16), i.escalationReason && clipText(i.escalationReason, 16)),
              action: { label: t.takeOverButton, value: { action: 'take-over', villageId: i.villageId, village: i.villageName, no: i.no } },
            },
      ),
      ...more.map((text) => ({ text })),
    ],
    footer: t.listFooter,
  };
  return maskedReply([t.listHead(items.length), ...lines, ...more, t.listFooter].join('\n'), card);
}

function reviewReply(items: OpenIssue[], today: string, withVillage: boolean): Reply {
  const lines = items.map((i) => ledgerLine(i, today, withVillage));
  // On Feishu each row has a 验收 button for the leaders; sending back is typed, with its reason.
  const card: Card = {
    title: closeOutText.reviewHead(items.length),
    template: 'orange',
    rows: items.map((i, k) => ({
      text: lines[k],
      action: { label: ledgerText.reviewButton, value: { action: 'review', villageId: i.villageId, village: i.villageName, no: i.no } },
    })),
    footer: closeOutText.reviewFooter,
  };
  return maskedReply([closeOutText.reviewHead(items.length), ...lines, closeOutText.reviewFooter].join('\n'), card);
}

export function ledgerPages(label: string, items: OpenIssue[], today: string, withVillage: boolean): Reply[] {
  const overdue = items.filter((i) => i.dueOn !== null && i.dueOn < today).length;
  const title = ledgerText.title(label, items.length, overdue);
  const pages = Math.ceil(items.length / ITEMS_PER_REPLY);
  const replies: Reply[] = [];
  for (let p = 0; p < pages; p++) {
    const chunk = items.slice(p * ITEMS_PER_REPLY, (p + 1) * ITEMS_PER_REPLY);
    const pageTitle = ledgerText.page(title, p + 1, pages);
    const lines = chunk.map((i) => ledgerLine(i, today, withVillage));
    const last = p === pages - 1;
    const card: Card = {
      title: pageTitle,
      template: overdue ? 'red' : 'blue',
      rows: chunk.map((i, k) => ({
        text: lines[k],
        action: { label: ledgerText.closeButton, value: { action: 'close', villageId: i.villageId, village: i.villageName, no: i.no } },
      })),
      ...(last ? { footer: ledgerText.footer } : {}),
    };
    replies.push(maskedReply([pageTitle, ...lines, ...(last ? [ledgerText.footer] : [])].join('\n'), card));
  }
  return replies;
}

async function showItem(ctx: HandlerContext<LedgerParsed>, no: number): Promise<HandlerResult> {
  const scope = await resolveVillage(ctx, ctx.parsed.village, { purpose: 'act', example: `#台账 三星村 ${no}` });
  if (scope.result) return scope.result;
  const item = await issueDetail(ctx.tx, scope.village.id, no);
  if (!item) {
    return {
      replies: [
        {
          text: (await isWithdrawnNo(ctx.tx, scope.village.id, no))
            ? ledgerText.withdrawnNo(scope.village.name, no)
            : ledgerText.unknownNo(scope.village.name, no),
        },
      ],
      status: 'rejected',
      reason: `unknown issue #${no} in ${scope.village.name}`,
    };
  }
  const photos = await countEvidence(ctx.tx, item.id);
  return { replies: [maskedReply(itemDetailLines(scope.village.name, item, photos).join('\n'))] };
}
