// The identity commands' bodies:
//   #认领 张华 [三星村]     ask to be the roster's 张华 (an admin confirms)
//   #认领 482913           a claim code handed over in person
//   #认领 确认 3           an admin confirms claim no. 3
//   #认领码 张华 [三星村]   an admin or team leader asks for a claim code for 张华
//   #解除 张华 [三星村] [微信|飞书|企业微信]   an admin unlinks 张华's accounts
import { identityText } from '../../prompts/identity.ts';
import type { IdentityRequest, ParseError } from '../../core/checkin.ts';

export const CLAIM_CODE_DIGITS = 6;

const WORD_BREAK = /[\s,，、:：;；()（）【】[\]]+/;
const CONFIRM = /^(?:确认|同意|通过|批准)\s*(?:第|#|No\.?)?\s*(\d{1,6})\s*号?$/;
const DIGITS = /^[\d\s-]+$/;
const VILLAGE = /^\S{1,20}(?:村|社区)$/;
const NAME = /^[\p{Script=Han}·•A-Za-z]{1,20}$/u;
const PLATFORM_WORDS: Record<string, 'wechat' | 'lark' | 'wecom'> = {
  微信: 'wechat',
  飞书: 'lark',
  lark: 'lark',
  Lark: 'lark',
  企业微信: 'wecom',
  企微: 'wecom',
};

type Parsed = { identity: IdentityRequest | null; errors: ParseError[] };

const fail = (field: string, message: string): Parsed => ({ identity: null, errors: [{ field, message }] });

/** Name, optional village, optional platform word, in any order after the command. */
function person(body: string): { name: string | null; village: string | null; platform: 'wechat' | 'lark' | 'wecom' | null } {
  const words = body.split(WORD_BREAK).filter(Boolean);
  const platformWord = words.find((w) => PLATFORM_WORDS[w]);
  const rest = words.filter((w) => w !== platformWord);
  // A lone word is the name even when it ends in 村; beside another word it is the village.
  const village = rest.length > 1 ? (rest.find((w) => VILLAGE.test(w)) ?? null) : null;
  const name = rest.find((w) => w !== village && NAME.test(w)) ?? null;
  return { name, village, platform: platformWord ? PLATFORM_WORDS[platformWord] : null };
}

export function parseClaim(body: string): Parsed {
  const text = body.trim();
  const confirm = CONFIRM.exec(text);
  if (confirm) return { identity: { action: 'confirm', requestNo: Number(confirm[1]) }, errors: [] };
  if (/^(?:确认|同意|通过|批准)/.test(text)) return fail('requestNo', identityText.needConfirmNo);
  if (DIGITS.test(text) && /\d/.test(text)) {
    const code = text.replace(/[\s-]/g, '');
    if (code.length !== CLAIM_CODE_DIGITS) return fail('code', identityText.badCode(CLAIM_CODE_DIGITS));
    return { identity: { action: 'redeem', code }, errors: [] };
  }
  const { name, village } = person(text);
  if (!name) return fail('name', identityText.needName);
  return { identity: { action: 'request', name, village }, errors: [] };
}

export function parseClaimCode(body: string): Parsed {
  const { name, village } = person(body);
  if (!name) return fail('name', identityText.needCodeName);
  return { identity: { action: 'issue', name, village }, errors: [] };
}

export function parseUnlink(body: string): Parsed {
  const { name, village, platform } = person(body);
  if (!name) return fail('name', identityText.needUnlinkName);
  return { identity: { action: 'unlink', name, village, platform }, errors: [] };
}
