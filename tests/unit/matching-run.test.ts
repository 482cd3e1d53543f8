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

  it("a re-run keeps a shortlisted match as it was, deletes only SUGGESTED matches that dropped out, and counts exactly", async () => {
    const need = await createTestNeed(db, companyId, {
      kbliCodes: ["10794"],
      deliveryRegencyCode: "12.19",
      documentCodes: [],
      title: "Zqkeripik zqsingkong pedas",
      description: "Zqkeripik kemasan.",
    });
    const umkm = (productsText: string) =>
      createTestUmkm(db, { kbliCodes: ["10794"], regencyCode: "12.19", productsText });
    const [kept, shortlisted, dropped] = [
      await umkm("zqkeripik zqsingkong pedas"),
      await umkm("zqkeripik zqsingkong"),
      await umkm("zqkeripik"),
    ];
    const first = await runMatchingForNeed(officer, need.id);
    const afterFirst = await db.match.findMany({ where: { needId: need.id } });
    expect(first.suggested).toBe(afterFirst.length);
    expect(first).toMatchObject({ updated: 0, removed: 0 });
    const mine = new Set([kept.id, shortlisted.id, dropped.id]);
    expect(afterFirst.filter((m) => mine.has(m.umkmId))).toHaveLength(3);

    const key = (umkmId: string) => ({ needId_umkmId: { needId: need.id, umkmId } });
    await db.match.update({ where: key(shortlisted.id), data: { status: "SHORTLISTED", version: { increment: 1 } } });
    const shortlistedBefore = await db.match.findUniqueOrThrow({ where: key(shortlisted.id) });
    // Both fall out of the candidates (inactive UMKM fail the hard filter).
    await db.umkm.updateMany({ where: { id: { in: [shortlisted.id, dropped.id] } }, data: { isActive: false } });
    const suggestedBefore = await db.match.findMany({ where: { needId: need.id, status: "SUGGESTED" } });

    const second = await runMatchingForNeed(officer, need.id);
    const afterSecond = await db.match.findMany({ where: { needId: need.id } });
    expect(await db.match.findUnique({ where: key(dropped.id) })).toBeNull();
    expect(await db.match.findUniqueOrThrow({ where: key(shortlisted.id) })).toEqual(shortlistedBefore);
    expect(shortlistedBefore).toMatchObject({ status: "SHORTLISTED", version: 2 });
    expect((await db.match.findUniqueOrThrow({ where: key(kept.id) })).version).toBe(2);
    // The counts are the rows' story: refreshed + new = SUGGESTED now; removed = SUGGESTED before and gone now.
    const suggestedAfter = afterSecond.filter((m) => m.status === "SUGGESTED");
    const before = new Set(suggestedBefore.map((m) => m.umkmId));
    const now = new Set(suggestedAfter.map((m) => m.umkmId));
    expect(second.updated).toBe(suggestedAfter.filter((m) => before.has(m.umkmId)).length);
    expect(second.suggested).toBe(suggestedAfter.filter((m) => !before.has(m.umkmId)).length);
    expect(second.removed).toBe(suggestedBefore.filter((m) => !now.has(m.umkmId)).length);
    expect(second.removed).toBeGreaterThanOrEqual(1);
    expect(afterSecond.filter((m) => m.status !== "SUGGESTED").map((m) => m.umkmId)).toEqual([shortlisted.id]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "match.run", entityId: need.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ ...second });
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
