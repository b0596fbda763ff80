// Read-only people queries for the cadence: who is nudged, who is @-mentioned. Each person
// comes with their platform accounts, so a message picks the account of its own platform.
import { accountsOfMembers, type Account } from './accounts.ts';
import { client, type Queryable } from './client.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

export interface Person {
  id: number;
  name: string;
  role: string;
  villageId: number | null;
  townshipId: number | null;
  accounts: Account[];
}

const select = { id: true, name: true, role: true, villageId: true, townshipId: true } as const;

async function withAccounts(db: Queryable, rows: Array<Omit<Person, 'accounts'>>): Promise<Person[]> {
  const accounts = await accountsOfMembers(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, accounts: accounts.get(r.id) ?? [] }));
}

/** The village's team leaders (第一书记, 队长): role 'leader' bound to the village. */
export async function villageLeaders(db: Queryable, villageId: number): Promise<Person[]> {
  return withAccounts(db, await client(db).member.findMany({ where: { role: 'leader', villageId }, select, orderBy: { id: 'asc' } }));
}

/** The village's cadres, who visit households and are listed in the weekly inspection. */
export async function villageCadres(db: Queryable, villageId: number): Promise<Person[]> {
  return withAccounts(db, await client(db).member.findMany({ where: { role: 'cadre', villageId }, select, orderBy: { id: 'asc' } }));
}

export async function peopleByIds(db: Queryable, ids: number[]): Promise<Person[]> {
  if (!ids.length) return [];
  return withAccounts(db, await client(db).member.findMany({ where: { id: { in: ids } }, select }));
}

/**
 * Roster members with these names (ledger assignees are names), for @-mentions. Villager
 * members are left out: an account that only shows an assignee's name is not them.
 */
export async function peopleNamed(db: Queryable, names: string[]): Promise<Person[]> {
  if (!names.length) return [];
  return withAccounts(
    db,
    await client(db).member.findMany({ where: { name: { in: names }, role: { in: ROSTER_ROLES } }, select, orderBy: { id: 'asc' } }),
  );
}
