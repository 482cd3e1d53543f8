import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hasRole, NEED_PROGRESS_READERS } from "@/lib/access/roles";
import { getNeedProgress } from "@/lib/dal/needs/need-progress";
import { nominateUmkm } from "@/lib/dal/umkm/nominations";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { nominationInputSchema } from "@/lib/validation/nomination";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

let firmId: string;
let needId: string;

/** A match of the need in `status` with a fresh UMKM. */
async function match(status: MatchStatus) {
  const umkm = await createTestUmkm(db);
  await db.match.create({ data: { needId, umkmId: umkm.id, status, score: 60, scoreBreakdown: {} } });
}

beforeAll(async () => {
  await ensureUmkmReference();
  firmId = (await createTestCompany(db)).id;
  needId = (await createTestNeed(db, firmId, { status: "MATCHING", slots: 3, documentCodes: [] })).id;
  for (const status of [
    "SUGGESTED",
    "SUGGESTED",
    "SHORTLISTED",
    "SHORTLISTED",
    "APPROVED",
    "ACCEPTED",
    "DECLINED",
    "REJECTED",
  ] as const)
    await match(status);
});

describe("getNeedProgress (a need's page: candidates under review, introductions, slots left)", () => {
  it("shows the firm's own need its counts; PMPTSP sees the same", async () => {
    const expected = { underReview: 2, introduced: 1, accepted: 1, signed: 0, declined: 1, slots: 3, slotsLeft: 1 };
    const staff = await sessionUser("COMPANY_STAFF", { companyId: firmId });
    expect(await getNeedProgress(staff, needId)).toEqual(expected);
    expect(await getNeedProgress(await sessionUser("PMPTSP_OFFICER"), needId)).toEqual(expected);
    expect(await getNeedProgress(await sessionUser("ADMIN"), needId)).toEqual(expected);
  });

  it("slots left never drop below zero", async () => {
    const full = (await createTestNeed(db, firmId, { status: "MATCHING", slots: 1, documentCodes: [] })).id;
    for (const status of ["APPROVED", "AGREEMENT_SIGNED"] as const) {
      const umkm = await createTestUmkm(db);
      await db.match.create({ data: { needId: full, umkmId: umkm.id, status, score: 60, scoreBreakdown: {} } });
    }
    const staff = await sessionUser("COMPANY_STAFF", { companyId: firmId });
    expect(await getNeedProgress(staff, full)).toMatchObject({ introduced: 1, signed: 1, slots: 1, slotsLeft: 0 });
  });

  it("another firm's staff get NOT_FOUND, as for an unknown or malformed id", async () => {
    const other = await sessionUser("COMPANY_STAFF");
    await expect(getNeedProgress(other, needId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const staff = await sessionUser("COMPANY_STAFF", { companyId: firmId });
    await expect(getNeedProgress(staff, "00000000-0000-4000-8000-00000000abcd")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getNeedProgress(staff, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("Diskop staff and UMKM owners are refused (they never see a need's progress)", async () => {
    expect(hasRole("DISKOP_STAFF", NEED_PROGRESS_READERS)).toBe(false);
    for (const role of ["DISKOP_STAFF", "UMKM_OWNER"] as const)
      await expect(getNeedProgress(await sessionUser(role), needId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("nominating an UMKM from a need's page (the existing nomination)", () => {
  const input = (umkmId: string) =>
    nominationInputSchema.parse({
      umkmId,
      reason: "Cocok untuk kebutuhan katering perusahaan ini",
      targetKbli: "56210",
    });

  it("Diskop nominates with the need's KBLI as target sectors; a firm's staff cannot nominate and nothing is written", async () => {
    const umkm = await createTestUmkm(db);
    const staff = await sessionUser("COMPANY_STAFF", { companyId: firmId });
    await expect(nominateUmkm(staff, input(umkm.id))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.nomination.count({ where: { umkmId: umkm.id } })).toBe(0);
    const { id } = await nominateUmkm(await sessionUser("DISKOP_STAFF"), input(umkm.id));
    expect(await db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({
      umkmId: umkm.id,
      status: "PROPOSED",
      targetKbli: ["56210"],
    });
  });
});
