import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { campaignText as t } from '../prompts/campaign.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { campaignManual } from '../prompts/manual/campaign.ts';
import { campaignHouseholds, createCampaign } from '../storage/campaigns.ts';
import { campaignLines, campaignProgress } from '../cadence/campaign-progress.ts';
import { defineCommand, type Parsed } from './define-command.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { resolveScope } from './ledger/resolve-scope.ts';
import { parseCampaign, type CampaignFields } from './parse/parse-campaign.ts';

export interface CampaignParsed extends Parsed<'campaign'>, Omit<CampaignFields, 'errors'> {}

/**
 * `#专项 走访全覆盖 脱贫户,监测户 12月31日前`: a coverage campaign for the group's village (in a
 * township group: each village of the township; or the village named). Visits from today on
 * count; the weekly inspection and the visit day show its progress by 户类 and 组 and who still
 * has whom to visit.
 */
export const campaign = defineCommand({
  kind: 'campaign',
  words: ['专项'],
  roles: ['leader', 'admin'],
  label: commandLabels.campaign,
  help: helpLines.campaign,
  manual: campaignManual,
  refused: (name) => t.refused(name),
  parse(body, today): CampaignParsed {
    const { errors, ...fields } = parseCampaign(body, today);
    return { kind: 'campaign', ok: errors.length === 0, errors, ...fields };
  },
  async handle(ctx) {
    const { parsed, tx, now, sender } = ctx;
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
