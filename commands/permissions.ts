import type { Role } from '../core/role.ts';
import type { Kind } from './parse/types.ts';

/**
 * Who may run each command. Village scope — a cadre acting only on
 * their own village — is checked by the handler once it knows the village.
 */
const ALLOWED: Record<Kind, Role[]> = {
  visit: ['cadre', 'leader', 'admin'],
  issue: ['villager', 'cadre', 'leader', 'admin'],
  progress: ['cadre', 'leader', 'admin'],
  close: ['cadre', 'leader', 'admin'],
  ledger: ['cadre', 'leader', 'admin'],
  stats: ['cadre', 'leader', 'admin'],
  help: ['villager', 'cadre', 'leader', 'admin'],
  faq: ['villager', 'cadre', 'leader', 'admin'],
  none: ['villager', 'cadre', 'leader', 'admin'],
  bind: ['admin'],
  pending: ['cadre', 'leader', 'admin'],
  answer: ['cadre', 'leader', 'admin'],
  // Anyone may ask to be a roster member or hand in a code; confirming is checked by the handler (admins).
  claim: ['villager', 'cadre', 'leader', 'admin'],
  claimCode: ['leader', 'admin'],
  unlink: ['admin'],
};

export function mayRun(role: Role, kind: Kind): boolean {
  return ALLOWED[kind].includes(role);
}

/** Whether a member may act on a village's records: admins anywhere, leaders in their township, cadres in their village. */
export function mayActOnVillage(sender: { role: Role; villageId: number | null; townshipId: number | null }, village: { id: number; townshipId: number | null }): boolean {
  if (sender.role === 'admin') return true;
  if (sender.role === 'leader') return sender.townshipId === null || sender.townshipId === village.townshipId || sender.villageId === village.id;
  if (sender.role === 'cadre') return sender.villageId === null || sender.villageId === village.id;
  return false;
}
