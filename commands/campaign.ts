import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { campaignText as t } from '../prompts/campaign.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { campaignManual } from '../prompts/manual/campaign.ts';
import { activeCampaigns, campaignById, campaignHouseholds, cancelCampaign, createCampaign } from '../storage/campaigns.ts';
import { villageById } from '../storage/villages.ts';
import { common } from '../prompts/common.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { mayActOnVillage } from './ledger/may-act-on-village.ts';
import { campaignLines, campaignProgress } from '../cadence/campaign-progress.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveScope } from './ledger/resolve-scope.ts';
import { parseCampaign, type CampaignFields } from './parse/parse-campaign.ts';

export interface CampaignParsed extends Parsed<'campaign'>, Omit<CampaignFields, 'errors'> {
  /** `#专项` (or `#专项 三星村`): the running campaigns; `#专项 取消 7`: end one; else set one. */
  mode: 'set' | 'list' | 'cancel';
  /** The campaign's number (as the list shows it) for `取消`; null when none was written. */
  cancelNo: number | null;
}

const LIST = /^(?:(?:查看|列表|清单|进度)\s*)?([\u4e00-\u9fa5]{1,8}村)?\s*(?:查看|列表|清单|进度)?$/;
const CANCEL = /^(?:取消|撤销|结束|停止)\s*(?:专项)?\s*(?:第|#|＃)?\s*(\d{1,6})?\s*号?\s*(.*)$/;

/**
 * `#专项 走访全覆盖 脱贫户,监测户 12月31日前`: a coverage campaign for the group's village (in a
 * township group: each village of the township; or the village named). Visits from today on
 * count; the weekly inspection and the visit day show its progress by 户类 and 组 and who still
 * has whom to visit.
 */
export const campaign = defineCommand({
  kind: 'campaign',
  words: ['专项'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.campaign,
  help: helpLines.campaign,
  manual: campaignManual,
  refused: (name) => t.refused(name),
  parse(body, today): CampaignParsed {
    const text = body.trim();
    const none = { campaignKind: null, categories: [], dueOn: null, village: null, remoteCounts: false, cancelNo: null };
    const list = LIST.exec(text);
    if (list) return { kind: 'campaign', ok: true, errors: [], ...none, mode: 'list', village: list[1] ?? null };
    const cancel = CANCEL.exec(text);
    if (cancel) {
      const cancelNo = cancel[1] ? Number(cancel[1]) : null;
      const errors = cancelNo ? [] : [{ field: 'campaign', message: t.needCancelNo }];
      return { kind: 'campaign', ok: errors.length === 0, errors, ...none, mode: 'cancel', cancelNo };
    }
    const { errors, ...fields } = parseCampaign(body, today);
    return { kind: 'campaign', ok: errors.length === 0, errors, ...fields, mode: 'set', cancelNo: null };
  },
  async handle(ctx) {
    const { parsed, tx, now, sender } = ctx;
    if (parsed.mode === 'list') return listCampaigns(ctx);
    // Anyone who reads the ledger sees the campaigns; setting and ending one is the leaders'.
    if (sender.role === 'cadre') return { replies: [{ text: t.refused(sender.name) }], status: 'rejected', reason: 'campaign: cadre' };
    if (parsed.mode === 'cancel') return endCampaign(ctx);
    if (!parsed.ok) {
      return {
        replies: [{ text: t.fix(parsed.errors.map((e) => e.message)) }],
        status: 'rejected',
        reason: `campaign: ${parsed.errors.map((e) => e.field).join(',')} invalid`,
      };
    }
    const scope = await resolveScope(ctx, '#专项 走访全覆盖 脱贫户,监测户 12月31日前 三星村');
    if (scope.result) return scope.result;
    const today = shanghaiDay(now);
    const dueOn = parsed.dueOn ?? today;
    const lines: string[] = [];
    for (const village of scope.villages) {
      const made = await createCampaign(
        tx,
        {
          villageId: village.id,
          kind: t.kinds.coverage,
          categories: parsed.categories,
          startsOn: today,
          dueOn,
          remoteCounts: parsed.remoteCounts,
          createdById: sender.id,
        },
        now,
      );
      if (scope.villages.length === 1) {
        lines.push(t.set(village.name, parsed.categories, dueOn, parsed.remoteCounts));
        lines.push(...campaignLines(made, campaignProgress(made, await campaignHouseholds(tx, made)), today));
      }
    }
    if (scope.villages.length > 1) {
      lines.push(t.set(scope.label, parsed.categories, dueOn, parsed.remoteCounts));
      lines.push(t.setMany(scope.villages.map((v) => v.name)));
    }
    return { replies: [maskedReply(lines.join('\n'))] };
  },
});

/** `#专项`: the scope's running campaigns, each with its number and where it stands. */
async function listCampaigns(ctx: HandlerContext<CampaignParsed>): Promise<HandlerResult> {
  const scope = await resolveScope(ctx, '#专项 三星村');
  if (scope.result) return scope.result;
  const today = shanghaiDay(ctx.now);
  const lines: string[] = [];
  for (const village of scope.villages)
    for (const c of await activeCampaigns(ctx.tx, village.id, today)) {
      const progress = campaignProgress(c, await campaignHouseholds(ctx.tx, c));
      lines.push(t.listLine(c.id, scope.villages.length > 1 ? village.name : null, c.categories, c.dueOn, progress.done, progress.total));
    }
  if (!lines.length) return { replies: [{ text: t.listNone(scope.label) }] };
  const shown = lines.slice(0, LIST_MAX);
  const more = lines.length - shown.length;
  return {
    replies: [maskedReply([t.listHead(scope.label, lines.length), ...shown, ...(more ? [t.listMore(more)] : []), t.listFooter].join('\n'))],
  };
}

/** Lines of campaigns a list reply shows: with its head, the tail and the footer, one phone screen. */
const LIST_MAX = 12;

/** `#专项 取消 7`: a leader of its village (or an admin) ends a campaign before its deadline. */
async function endCampaign(ctx: HandlerContext<CampaignParsed>): Promise<HandlerResult> {
  const { parsed, tx, now, sender } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (!parsed.ok || parsed.cancelNo === null) return reject(t.needCancelNo, 'campaign cancel: no number');
  const no = parsed.cancelNo;
  const found = await campaignById(tx, no);
  const village = found ? await villageById(tx, found.villageId) : null;
  if (!found || !village) return reject(t.unknownNo(no), `campaign cancel: no campaign ${no}`);
  if (!mayActOnVillage(sender, village))
    return reject(common.otherVillage(sender.name, village.name), `campaign cancel: ${village.name} outside scope`);
  if (found.cancelledAt) return reject(t.alreadyCancelled(no), `campaign cancel: ${no} already cancelled`);
  const today = shanghaiDay(now);
  if (found.dueOn < today) return reject(t.alreadyEnded(no, found.dueOn), `campaign cancel: ${no} ended`);
  if (!(await cancelCampaign(tx, no, { memberId: sender.id, at: now })))
    return reject(t.alreadyCancelled(no), `campaign cancel: ${no} cancelled meanwhile`);
  return { replies: [{ text: t.cancelled(no, village.name, found.categories, found.dueOn) }] };
}
