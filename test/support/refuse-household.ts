import type { TestDb } from './test-db.ts';

/** Makes the database itself refuse a household by name: a fault in the middle of a write, on either database. */
export async function refuseHousehold(t: TestDb, name: string) {
  if (t.db.provider === 'sqlite') {
    await t.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_household BEFORE INSERT ON "Household" WHEN NEW."headName" = '${name}' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
  } else {
    await t.db.prisma.$executeRawUnsafe(
      `CREATE FUNCTION refuse_household() RETURNS trigger AS $$ BEGIN IF NEW."headName" = '${name}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await t.db.prisma.$executeRawUnsafe(
      'CREATE TRIGGER refuse_household BEFORE INSERT ON "Household" FOR EACH ROW EXECUTE FUNCTION refuse_household()',
    );
  }
}
