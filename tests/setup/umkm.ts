import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { seedKbli } from "@/prisma/seed/kbli";
import { ensureRegency } from "@/prisma/seed/regions";
import { clearRegionReferenceCache } from "@/lib/dal/umkm/umkm-reference";

/** Kota Medan, Kab. Deli Serdang, Kab. Batu Bara: enough reference data for the UMKM tests. */
export const TEST_REGENCIES = ["12.71", "12.07", "12.19"] as const;

/** Reference rows the UMKM dal needs on the per-run test database (kept: reference tables are shared). */
export async function ensureUmkmReference(): Promise<void> {
  for (const code of TEST_REGENCIES) await ensureRegency(db, code);
  await seedKbli(db); // the whole curated list: the schema accepts any of its codes
  clearRegionReferenceCache();
}

/** A signed-in user of `role` as the dal sees it (an UMKM for UMKM_OWNER, a firm-less staff otherwise). */
export async function sessionUser(
  role: Role,
  options: { umkmId?: string; companyId?: string } = {},
): Promise<SessionUser> {
  const umkmId = role === "UMKM_OWNER" ? (options.umkmId ?? (await createTestUmkm(db)).id) : undefined;
  let companyId = options.companyId;
  if (role === "COMPANY_STAFF" && !companyId) {
    const { createTestCompany } = await import("@/prisma/seed/factories");
    companyId = (await createTestCompany(db)).id;
  }
  const user = await createTestUser(db, role, { umkmId, companyId });
  return {
    id: user.id,
    email: user.email,
    name: `Uji ${role}`,
    role,
    companyId: user.companyId,
    umkmId: user.umkmId,
    mustChangePassword: false,
  };
}

/** A fresh temporary STORAGE_DIR for import staging files. */
export const tempStorageDir = () => mkdtempSync(path.join(os.tmpdir(), "umkm-import-"));

let nibCounter = 0;
/** A unique 13-digit NIB (tests share one database per run). */
export function uniqueNib(): string {
  nibCounter += 1;
  return `9${String(process.pid % 1000).padStart(3, "0")}${String(Date.now() % 100_000).padStart(5, "0")}${String(nibCounter).padStart(4, "0")}`;
}
