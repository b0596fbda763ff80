// `#专项 走访全覆盖 脱贫户,监测户 12月31日前 [三星村] [电话算]`: a coverage campaign, read
// piece by piece (pieces separated by spaces), in any order.
import { HOUSEHOLD_CATEGORIES, type HouseholdCategory, type ParseError } from '../../core/checkin.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { campaignText as t } from '../../prompts/campaign.ts';
import { parseDeadlineValue } from './parse-deadline.ts';

export interface CampaignFields {
  campaignKind: 'coverage' | null;
  categories: HouseholdCategory[];
  dueOn: string | null;
  village: string | null;
  /** Whether a phone or online contact counts as a visit (default: only 入户). */
  remoteCounts: boolean;
  errors: ParseError[];
}

const isCategory = (w: string): w is HouseholdCategory => (HOUSEHOLD_CATEGORIES as readonly string[]).includes(w);

export function parseCampaign(body: string, today: CivilDate): CampaignFields {
  const out: CampaignFields = { campaignKind: null, categories: [], dueOn: null, village: null, remoteCounts: false, errors: [] };
  for (const piece of body.trim().split(/\s+/).filter(Boolean)) {
    const parts = piece.split(/[,，、;；]/).filter(Boolean);
    if (t.coverageWords.includes(piece)) out.campaignKind = 'coverage';
    else if (t.allCategoriesWords.includes(piece)) out.categories = [...HOUSEHOLD_CATEGORIES];
    else if (parts.length && parts.every(isCategory)) out.categories = [...new Set([...out.categories, ...parts.filter(isCategory)])];
    else if (t.remoteYesWords.includes(piece)) out.remoteCounts = true;
    else if (t.remoteNoWords.includes(piece)) out.remoteCounts = false;
    else if (/^[\u4e00-\u9fa5]{1,8}村$/.test(piece)) out.village = piece;
    else {
      const found = parseDeadlineValue(piece, today);
      if (found?.dueOn) out.dueOn = found.dueOn;
      else if (found?.fault) out.errors.push({ field: 'dueOn', message: t.errors.badDeadline(piece, found.fault) });
      else out.errors.push({ field: 'campaign', message: t.errors.unknown(piece) });
    }
  }
  if (!out.campaignKind) out.errors.push({ field: 'kind', message: t.errors.kind });
  if (!out.categories.length) out.errors.push({ field: 'categories', message: t.errors.categories });
  if (!out.dueOn) out.errors.push({ field: 'dueOn', message: t.errors.deadline });
  return out;
}
