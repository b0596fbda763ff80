import { identityText } from '../prompts/identity.ts';
import { ROLES } from '../core/role.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { claimManual } from '../prompts/manual/claim.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { confirmClaimByAdmin } from './identity/confirm-claim.ts';
import { redeemCode } from './identity/redeem-code.ts';
import { requestClaim } from './identity/request-claim.ts';
import { readIdentity, type IdentityParsed } from './parse/read-identity.ts';

/** `#认领 张华` (ask), `#认领 482913` (a claim code), `#认领 确认 3` (an admin confirms). */
export const claim = defineCommand({
  kind: 'claim',
  words: ['认领'],
  // Anyone may ask to be a roster member or hand in a code; confirming is for admins (checked when confirming).
  roles: ROLES,
  label: commandLabels.claim,
  help: helpLines.claim,
  manual: claimManual,
  parse: (body) => readIdentity('claim', body),
  handle: claimIdentity,
});

async function claimIdentity(ctx: HandlerContext<IdentityParsed<'claim'>>): Promise<HandlerResult> {
  const request = ctx.parsed.identity;
  if (!ctx.parsed.ok || !request) {
    return {
      replies: [{ text: ctx.parsed.errors[0]?.message ?? identityText.needName }],
      status: 'rejected',
      reason: `claim: ${ctx.parsed.errors.map((e) => e.field).join(',') || 'unreadable'}`,
    };
  }
  if (request.action === 'confirm') return confirmClaimByAdmin(ctx, request.requestNo);
  if (request.action === 'redeem') return redeemCode(ctx, request.code);
  if (request.action === 'request') return requestClaim(ctx, request.name, request.village);
  return { replies: [{ text: identityText.needName }], status: 'rejected', reason: `claim: unexpected ${request.action}` };
}
