import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runMatchingForNeed } from "@/lib/dal/matching/matching-run";
import type { SessionUser } from "@/lib/session-user";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { seedMatchingWeights } from "@/prisma/seed/weights";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

let officer: SessionUser;
let companyId: string;

beforeAll(async () => {
  await ensureUmkmReference();
  await seedMatchingWeights(db);
  officer = await sessionUser("PMPTSP_OFFICER");
  companyId = (await createTestCompany(db)).id;
});

describe("runMatchingForNeed", () => {
  it("stores SUGGESTED matches with score, breakdown and weights; a re-run refreshes them and never touches acted-on matches", async () => {
    const need = await createTestNeed(db, companyId, {
      kbliCodes: ["10130"],
      deliveryRegencyCode: "12.19",
      documentCodes: [],
      title: "Zqrendang zqdaging olahan",
      description: "Zqrendang kemasan.",
    });
    // Made-up words: other test files write UMKM with the same KBLI at the same time.
    const [a, b] = [
      await createTestUmkm(db, {
        kbliCodes: ["10130"],
        regencyCode: "12.19",
        productsText: "zqrendang zqdaging kemasan",
      }),
      await createTestUmkm(db, { kbliCodes: ["10130"], regencyCode: "12.71", productsText: "abon zqdaging" }),
    ];
    const first = await runMatchingForNeed(officer, need.id);
    expect(first).toMatchObject({
      suggested: expect.any(Number),
      updated: 0,
      removed: 0,
      weightsVersion: expect.any(Number),
    });
    const rows = await db.match.findMany({ where: { needId: need.id }, orderBy: { score: "desc" } });
    const [rowA, rowB] = [rows.find((r) => r.umkmId === a.id)!, rows.find((r) => r.umkmId === b.id)!];
    expect(rowA.score.toNumber()).toBeGreaterThan(rowB.score.toNumber());
    expect(rows.every((r) => r.status === "SUGGESTED" && r.weightsId !== null)).toBe(true);
    expect(rowA.scoreBreakdown).toMatchObject({
      reasons: expect.arrayContaining([
        { key: "kbliSame5", params: { code: "10130" } },
        { key: "sameRegency", params: { regency: expect.any(String) } },
      ]),
    });

    await db.match.update({
      where: { needId_umkmId: { needId: need.id, umkmId: b.id } },
      data: { status: "APPROVED", version: { increment: 1 } },
    });
    const approvedBefore = await db.match.findUniqueOrThrow({
      where: { needId_umkmId: { needId: need.id, umkmId: b.id } },
    });
    const second = await runMatchingForNeed(officer, need.id);
    expect(second.updated).toBeGreaterThanOrEqual(1); // at least a, still SUGGESTED (other files may add UMKM meanwhile)
    expect(
      (await db.match.findUniqueOrThrow({ where: { needId_umkmId: { needId: need.id, umkmId: a.id } } })).version,
    ).toBe(2);
    const approvedAfter = await db.match.findUniqueOrThrow({
      where: { needId_umkmId: { needId: need.id, umkmId: b.id } },
    });
    expect(approvedAfter).toEqual(approvedBefore);
    expect(await db.auditEvent.count({ where: { action: "match.run", entityId: need.id } })).toBe(2);
  });

  it("refuses every role but PMPTSP officers and ADMIN, and writes nothing", async () => {
    const need = await createTestNeed(db, companyId, { kbliCodes: ["10130"], documentCodes: [] });
    for (const role of ["DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"] as const) {
      const user = await sessionUser(role, role === "COMPANY_STAFF" ? { companyId } : {});
      await expect(runMatchingForNeed(user, need.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.match.count({ where: { needId: need.id } })).toBe(0);
    expect(await runMatchingForNeed(await sessionUser("ADMIN"), need.id)).toMatchObject({ removed: 0 });
  });

  it("refuses a need that is not open, and an unknown need", async () => {
    const draft = await createTestNeed(db, companyId, { status: "DRAFT", documentCodes: [] });
    await expect(runMatchingForNeed(officer, draft.id)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(runMatchingForNeed(officer, "00000000-0000-4000-8000-00000000fff0")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.match.count({ where: { needId: draft.id } })).toBe(0);
  });
});
