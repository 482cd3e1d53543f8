import type { DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/password";

/**
 * Password of every demo account (≥ 12 characters, not on common-password lists). Demo
 * accounts are never created when NODE_ENV=production (see prisma/seed.ts).
 */
export const DEMO_PASSWORD = "Demo#2026portal";

export type DemoUser = {
  email: string;
  role: Role;
  name: string;
  /** Key of the demo firm (prisma/seed/demo-firms.ts) for COMPANY_STAFF. */
  companyKey?: string;
  /** True for the UMKM_OWNER of the demo caterer (prisma/seed/demo-flagships.ts). */
  ownsDemoUmkm?: boolean;
};

/** One demo account per role; the single source for tests, e2e journeys and the README. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@demo.kemitraan.id", role: "ADMIN", name: "Admin Portal (Demo)" },
  { email: "petugas@demo.kemitraan.id", role: "PMPTSP_OFFICER", name: "Rina Siregar (Petugas DPMPTSP)" },
  { email: "diskop@demo.kemitraan.id", role: "DISKOP_STAFF", name: "Dedi Lubis (Diskop UKM)" },
  { email: "inalum@demo.kemitraan.id", role: "COMPANY_STAFF", name: "Fitri Nasution (PT Inalum)", companyKey: "inalum" },
  { email: "agincourt@demo.kemitraan.id", role: "COMPANY_STAFF", name: "Johannes Simanjuntak (PT Agincourt Resources)", companyKey: "agincourt" },
  { email: "umkm@demo.kemitraan.id", role: "UMKM_OWNER", name: "Rosmawati Siregar (Katering Nauli)", ownsDemoUmkm: true },
];

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
