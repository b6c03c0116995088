import type { Database } from '../client.ts';
import { members, roleGrants, unions, users } from '../tables.ts';
import { demoUnions } from './unions.ts';
import { seedCompetitions } from './competitions.ts';
import { seedGrants } from './grants.ts';
import { seedHardship } from './hardship.ts';
import { seedRights } from './rights.ts';
import { seedCongress } from './congress.ts';
import { seedMutualAid } from './mutual_aid.ts';
import { seedClasses } from './classes.ts';
import { seedJobs } from './jobs.ts';
import { demoMembers, demoStaff } from './people.ts';
import { seedOffers } from './offers.ts';
import { seedStations } from './stations.ts';
import { seedConsents } from './consents.ts';

export { DEMO_PASSWORD, demoMembers, demoStaff } from './people.ts';
export { demoUnions } from './unions.ts';

/**
 * Fills an empty database with the demo data, in one transaction: a half-seeded database is
 * never left behind. Returns false when data is already there.
 * `passwordHash` is the hash of DEMO_PASSWORD, computed by the caller (hashing is the schema layer's).
 */
export async function seedDemoData(db: Database, passwordHash: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialises concurrent first starts against one Postgres.
    await tx.execute('select pg_advisory_xact_lock(7355608)');
    const existing = await tx.query.unions.findFirst({ columns: { id: true } });
    if (existing) return false;

    const unionIds = new Map<string, { id: string; path: string }>();
    for (const union of demoUnions) {
      const parent = union.parent ? unionIds.get(union.parent) : undefined;
      if (union.parent && !parent) throw new Error(`seed union ${union.code} listed before its parent`);
      const path = `${parent?.path ?? '/'}${union.code}/`;
      const [row] = await tx
        .insert(unions)
        .values({ code: union.code, name: union.name, level: union.level, parentId: parent?.id ?? null, path })
        .returning({ id: unions.id });
      unionIds.set(union.code, { id: row!.id, path });
    }
    const unionId = (code: string) => {
      const found = unionIds.get(code);
      if (!found) throw new Error(`seed refers to unknown union ${code}`);
      return found.id;
    };

    for (const person of demoMembers) {
      const [user] = await tx
        .insert(users)
        .values({ phone: person.phone, displayName: person.name, passwordHash })
        .returning({ id: users.id });
      await tx.insert(members).values({
        userId: user!.id,
        cardNumber: person.cardNumber,
        unionId: unionId(person.union),
        realName: person.name,
        birthDate: person.birthDate,
        isModelWorker: person.isModelWorker ?? false,
        craftsmanTitle: person.craftsmanTitle ?? null,
      });
    }

    for (const staff of demoStaff) {
      const [user] = await tx
        .insert(users)
        .values({ phone: staff.phone, displayName: staff.name, passwordHash })
        .returning({ id: users.id });
      await tx.insert(roleGrants).values({
        userId: user!.id,
        role: staff.role,
        unionId: staff.union ? unionId(staff.union) : null,
      });
    }

    // Each domain seeds its own demo data after the accounts (one line per domain, in this order).
    await seedCompetitions(tx);
    await seedJobs(tx);
    await seedGrants(tx);
    await seedOffers(tx, passwordHash);
    await seedHardship(tx, passwordHash);
    await seedStations(tx);
    await seedRights(tx, passwordHash);
    await seedCongress(tx, passwordHash);
    await seedMutualAid(tx);
    await seedClasses(tx);
    // Last: every demo account above accepted the user agreement and privacy policy in force.
    await seedConsents(tx);
    return true;
  });
}
