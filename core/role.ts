// Who may do what: villagers ask and report; cadres check in and close items of their own
// village; leaders see the villages they lead; admins bind groups and vouch for people.

export const ROLES = ['villager', 'cadre', 'leader', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** A stored role; anything unknown is the least trusted one. */
export function asRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : 'villager';
}
