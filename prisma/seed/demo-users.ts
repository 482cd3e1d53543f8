import type { DbClient } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-accounts";

/**
 * Creates the demo accounts that do not exist yet and returns every demo user's id by email.
 * Existing accounts are left untouched — no re-hash, no password reset — so re-seeding is
 * idempotent and fast, and a password changed during a demo stays changed.
 */
export async function seedDemoUsers(
  tx: DbClient,
  refs: { companyIds: ReadonlyMap<string, string>; ownerUmkmId: string },
): Promise<Map<string, string>> {
  const emails = DEMO_USERS.map((user) => user.email);
  const existing = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const ids = new Map(existing.map((user) => [user.email, user.id]));
  const missing = DEMO_USERS.filter((user) => !ids.has(user.email));
  for (const user of missing) {
    const companyId = user.companyKey ? refs.companyIds.get(user.companyKey) : undefined;
    if (user.companyKey && !companyId) throw new Error(`demo firm ${user.companyKey} is missing`);
    const created = await tx.user.create({
      data: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        // One hash per account (own salt), only for accounts being created.
        passwordHash: await hashPassword(DEMO_PASSWORD),
        companyId: companyId ?? null,
        umkmId: user.ownsDemoUmkm ? refs.ownerUmkmId : null,
      },
      select: { id: true },
    });
    ids.set(user.email, created.id);
  }
  return ids;
}
