import type { Role } from '../../core/role.ts';

/**
 * Whether a member may act on a village's records: admins anywhere, leaders in their
 * township, a 联村领导 in their 联系村 only, cadres in their village.
 */
export function mayActOnVillage(
  sender: { role: Role; villageId: number | null; townshipId: number | null; leadVillageIds?: readonly number[] },
  village: { id: number; townshipId: number | null },
): boolean {
  if (sender.role === 'admin') return true;
  if (sender.role === 'leader' && sender.leadVillageIds?.length) return sender.leadVillageIds.includes(village.id);
  if (sender.role === 'leader')
    return sender.townshipId === null || sender.townshipId === village.townshipId || sender.villageId === village.id;
  if (sender.role === 'cadre') return sender.villageId === null || sender.villageId === village.id;
  return false;
}
