import type { Actor } from "@/lib/actor";
import type { Db } from "@/lib/db";
import { addDays } from "@/prisma/seed/random";
import { createTestCompany, createTestUser } from "@/prisma/seed/factories";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { ensureKbliCodes } from "@/prisma/seed/kbli";
import { ensureRegency } from "@/prisma/seed/regions";
import type { NeedInput } from "@/lib/validation/needs";

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A valid catering need input, dates relative to today. */
export function needInput(overrides: Partial<NeedInput> = {}): NeedInput {
  const today = new Date();
  return {
    title: "Katering tim investor asing di site",
    description: "Makan siang dan malam 150 porsi per hari, menu halal, dapur higienis.",
    kbliCodes: ["56210"],
    deliveryRegencyCode: "12.71",
    quantity: "150",
    unit: "porsi per hari",
    frequency: "DAILY",
    estimatedValueRp: "1350000000",
    periodStart: iso(addDays(today, 60)),
    periodEnd: iso(addDays(today, 240)),
    responseDeadline: iso(addDays(today, 30)),
    slots: 1,
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    documentCodes: ["NIB", "HALAL", "SLHS"],
    ...overrides,
  };
}

/** Two firms, one staff member each, and one user of every other role, as dal actors. */
export async function createNeedWorld(db: Db) {
  await ensureRegency(db, "12.71");
  await ensureRegency(db, "12.03");
  await ensureKbliCodes(db, ["56210", "56290", "49422"]);
  await ensureDocumentTypes(db, ["NIB", "HALAL", "SLHS"]);
  const firmA = await createTestCompany(db, { name: "PT Alfa Uji" });
  const firmB = await createTestCompany(db, { name: "PT Beta Uji", regencyCode: "12.03" });
  const users = {
    staffA: await createTestUser(db, "COMPANY_STAFF", { companyId: firmA.id }),
    staffB: await createTestUser(db, "COMPANY_STAFF", { companyId: firmB.id }),
    officer: await createTestUser(db, "PMPTSP_OFFICER"),
    admin: await createTestUser(db, "ADMIN"),
    diskop: await createTestUser(db, "DISKOP_STAFF"),
  };
  const actor = (u: { id: string; role: Actor["role"]; companyId: string | null }): Actor => ({
    id: u.id,
    role: u.role,
    companyId: u.companyId,
  });
  return {
    firmA,
    firmB,
    users,
    staffA: actor(users.staffA),
    staffB: actor(users.staffB),
    officer: actor(users.officer),
    admin: actor(users.admin),
    diskop: actor(users.diskop),
    umkmOwner: { id: null, role: "UMKM_OWNER", companyId: null } satisfies Actor,
  };
}
