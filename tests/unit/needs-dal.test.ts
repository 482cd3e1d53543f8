import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { getNeed } from "@/lib/dal/needs/need-detail";
import { listNeeds } from "@/lib/dal/needs/needs";
import { createNeed, transitionNeed, updateNeed } from "@/lib/dal/needs/need-writes";
import { AppError } from "@/lib/errors";
import { needFilterSchema } from "@/lib/validation/needs";
import { createTestNeed } from "@/prisma/seed/factories";
import { testDatabaseUrl, truncateDomainTables } from "../setup/db";
import { createNeedWorld, needInput } from "./needs-fixtures";

// The needs data layer on the run's real database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// firm isolation, what Diskop may not see, the version check, lifecycle rules and audit rows.

let db: Db;
let w: Awaited<ReturnType<typeof createNeedWorld>>;
let needB: { id: string };
let draftB: { id: string };

const filter = (input: Record<string, unknown> = {}) => needFilterSchema.parse(input);

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 4);
  await truncateDomainTables();
  w = await createNeedWorld(db);
  needB = await createTestNeed(db, w.firmB.id, {
    title: "Sewa mobil dengan pengemudi Batangtoru",
    kbliCodes: ["49422"],
    deliveryRegencyCode: "12.03",
  });
  draftB = await createTestNeed(db, w.firmB.id, { title: "Draf katering rahasia", status: "DRAFT" });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe("firm isolation", () => {
  it("staff of firm A cannot read firm B's need: NOT_FOUND, like an id that does not exist", async () => {
    expect((await errorOf(getNeed(w.staffA, needB.id))).code).toBe("NOT_FOUND");
    expect((await errorOf(getNeed(w.staffA, "00000000-0000-4000-8000-000000000000"))).code).toBe("NOT_FOUND");
  });

  it("an id that only looks like a UUID (36 dashes, 36 hex digits) is NOT_FOUND, never a database error", async () => {
    for (const id of ["-".repeat(36), "a".repeat(36), "0000000-00000-4000-8000-000000000000"]) {
      expect((await errorOf(getNeed(w.staffA, id))).code).toBe("NOT_FOUND");
      expect((await errorOf(updateNeed(w.staffA, id, needInput(), 1))).code).toBe("NOT_FOUND");
    }
  });

  it("staff of firm A cannot edit or transition firm B's need, and nothing changes", async () => {
    expect((await errorOf(updateNeed(w.staffA, needB.id, needInput(), 1))).code).toBe("NOT_FOUND");
    expect((await errorOf(transitionNeed(w.staffA, needB.id, "CANCELLED", "coba", 1))).code).toBe("NOT_FOUND");
    const row = await db.supplyNeed.findUniqueOrThrow({ where: { id: needB.id } });
    expect(row.status).toBe("OPEN");
    expect(row.version).toBe(1);
  });

  it("list filters cannot reach another firm: firm filter, text search and KBLI all stay in firm A", async () => {
    expect((await listNeeds(w.staffA, filter({ firm: w.firmB.id }))).items).toEqual([]);
    expect((await listNeeds(w.staffA, filter({ q: "mobil pengemudi" }))).items).toEqual([]);
    expect((await listNeeds(w.staffA, filter({ kbli: "494" }))).items).toEqual([]);
    expect((await listNeeds(w.officer, filter({ q: "mobil pengemudi" }))).items.map((n) => n.id)).toEqual([needB.id]);
  });

  it("creating as company staff always files the need under their own firm, not on anyone's behalf", async () => {
    const { id } = await createNeed(w.staffA, w.firmB.id, needInput());
    const row = await db.supplyNeed.findUniqueOrThrow({ where: { id } });
    expect(row.companyId).toBe(w.firmA.id);
    expect(row.recordedOnBehalf).toBe(false);
    expect(row.status).toBe("DRAFT");
  });
});

describe("what Diskop staff and UMKM owners may not see", () => {
  it("Diskop staff see published needs without values and never drafts", async () => {
    const page = await listNeeds(w.diskop, filter({ firm: w.firmB.id }));
    expect(page.items.map((n) => n.id)).toEqual([needB.id]);
    expect(page.items[0]!.estimatedValueRp).toBeNull();
    expect((await getNeed(w.diskop, needB.id)).estimatedValueRp).toBeNull();
    expect((await errorOf(getNeed(w.diskop, draftB.id))).code).toBe("NOT_FOUND");
    expect((await listNeeds(w.diskop, filter({ status: "DRAFT" }))).items).toEqual([]);
  });

  it("Diskop staff cannot create, edit or transition needs", async () => {
    expect((await errorOf(createNeed(w.diskop, w.firmB.id, needInput()))).code).toBe("FORBIDDEN");
    expect((await errorOf(updateNeed(w.diskop, needB.id, needInput(), 1))).code).toBe("FORBIDDEN");
    expect((await errorOf(transitionNeed(w.diskop, needB.id, "CLOSED", "x", 1))).code).toBe("FORBIDDEN");
  });

  it("UMKM owners see no needs at all", async () => {
    expect((await errorOf(listNeeds(w.umkmOwner, filter()))).code).toBe("FORBIDDEN");
    expect((await errorOf(getNeed(w.umkmOwner, needB.id))).code).toBe("FORBIDDEN");
  });
});

describe("officers on a firm's behalf", () => {
  it("records the need as made on the firm's behalf, audited as such", async () => {
    const { id } = await createNeed(w.officer, w.firmB.id, needInput({ title: "Katering atas nama Beta" }));
    const row = await db.supplyNeed.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ companyId: w.firmB.id, recordedOnBehalf: true, createdById: w.users.officer.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "need.create" } });
    expect(audit.actorId).toBe(w.users.officer.id);
    expect(audit.data).toMatchObject({ recordedOnBehalf: true, via: "web" });
  });

  it("must name an existing firm", async () => {
    const error = await errorOf(createNeed(w.officer, null, needInput()));
    expect(error.details).toEqual({ fieldErrors: { companyId: ["firmRequired"] } });
  });

  it("rejects KBLI codes and document types missing from the reference data, at their paths", async () => {
    const error = await errorOf(
      createNeed(w.officer, w.firmA.id, needInput({ kbliCodes: ["56210", "99999"], documentCodes: ["NIB", "NOPE"] })),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details).toEqual({
      fieldErrors: { "kbliCodes.1": ["kbliUnknown"], "documentCodes.1": ["documentInvalid"] },
    });
  });
});

describe("editing with a version check", () => {
  it("a stale version is refused with CONFLICT and nothing is overwritten", async () => {
    const { id } = await createNeed(w.staffA, null, needInput({ title: "Versi awal" }));
    await updateNeed(w.staffA, id, needInput({ title: "Diubah oleh rekan" }), 1);
    const error = await errorOf(updateNeed(w.officer, id, needInput({ title: "Suntingan basi" }), 1));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("stale");
    const row = await db.supplyNeed.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe("Diubah oleh rekan");
    expect(row.version).toBe(2);
  });

  it("of two concurrent edits at the same version exactly one wins", async () => {
    const { id } = await createNeed(w.staffA, null, needInput());
    const results = await Promise.allSettled([
      updateNeed(w.staffA, id, needInput({ title: "Suntingan satu" }), 1),
      updateNeed(w.officer, id, needInput({ title: "Suntingan dua" }), 1),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    expect((await db.supplyNeed.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("replaces KBLI codes and required documents with the new lists", async () => {
    const { id } = await createNeed(w.staffA, null, needInput());
    await updateNeed(
      w.staffA,
      id,
      needInput({ kbliCodes: ["56290"], documentCodes: ["NIB"], estimatedValueRp: null }),
      1,
    );
    const need = await getNeed(w.staffA, id);
    expect(need.kbli.map((k) => k.code)).toEqual(["56290"]);
    expect(need.documents.map((d) => d.code)).toEqual(["NIB"]);
    expect(need.estimatedValueRp).toBeNull();
  });
});

describe("lifecycle", () => {
  it("DRAFT → OPEN publishes, stamps publishedAt and audits from, to and reason in the same transaction", async () => {
    const { id } = await createNeed(w.staffA, null, needInput());
    const result = await transitionNeed(w.staffA, id, "OPEN", "Siap diumumkan", 1);
    expect(result).toEqual({ status: "OPEN", version: 2 });
    expect((await db.supplyNeed.findUniqueOrThrow({ where: { id } })).publishedAt).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "need.transition" } });
    expect(audit).toMatchObject({
      actorId: w.users.staffA.id,
      fromStatus: "DRAFT",
      toStatus: "OPEN",
      reason: "Siap diumumkan",
    });
  });

  it("refuses edges outside the state machine and officer-only moves by company staff", async () => {
    const { id } = await createNeed(w.staffA, null, needInput());
    expect((await errorOf(transitionNeed(w.staffA, id, "FILLED", "", 1))).message).toBe("transitionNotAllowed");
    await transitionNeed(w.staffA, id, "OPEN", "", 1);
    expect((await errorOf(transitionNeed(w.staffA, id, "MATCHING", "", 2))).message).toBe("transitionNotAllowed");
    await transitionNeed(w.officer, id, "MATCHING", "Pencocokan dimulai", 2);
    await transitionNeed(w.staffA, id, "CANCELLED", "Anggaran ditunda", 3);
    expect((await errorOf(transitionNeed(w.officer, id, "OPEN", "", 4))).message).toBe("transitionNotAllowed");
    expect(await db.auditEvent.count({ where: { entityId: id, action: "need.transition" } })).toBe(3);
  });

  it("refuses a stale transition and one whose deadline already passed", async () => {
    const { id } = await createNeed(w.staffA, null, needInput());
    expect((await errorOf(transitionNeed(w.staffA, id, "OPEN", "", 7))).code).toBe("CONFLICT");
    const past = await createTestNeed(db, w.firmA.id, {
      status: "DRAFT",
      responseDeadline: new Date(Date.now() - 3 * 86_400_000),
    });
    expect((await errorOf(transitionNeed(w.staffA, past.id, "OPEN", "", 1))).message).toBe("deadlinePassed");
  });

  it("shows an OPEN need past its deadline as such without storing it", async () => {
    const late = await createTestNeed(db, w.firmA.id, { responseDeadline: new Date(Date.now() - 2 * 86_400_000) });
    const need = await getNeed(w.staffA, late.id);
    expect(need.status).toBe("OPEN");
    expect(need.isPastDeadline).toBe(true);
  });
});

describe("browsing", () => {
  it("walks every need exactly once with keyset pagination, in each sort", async () => {
    for (const sort of ["deadline", "newest", "value"] as const) {
      const all = await listNeeds(w.officer, filter({ sort, limit: 100 }));
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listNeeds(w.officer, filter({ sort, limit: 3, cursor }));
        seen.push(...page.items.map((n) => n.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, sort).toEqual(all.items.map((n) => n.id));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it("filters by status, KBLI prefix, kabupaten/kota and deadline range", async () => {
    const open = await listNeeds(w.officer, filter({ status: "OPEN", kbli: "494", regency: "12.03" }));
    expect(open.items.map((n) => n.id)).toEqual([needB.id]);
    const far = await listNeeds(w.officer, filter({ deadlineFrom: "2999-01-01" }));
    expect(far.items).toEqual([]);
  });

  it("rejects a cursor made for another sort instead of restarting silently", async () => {
    const page = await listNeeds(w.officer, filter({ sort: "deadline", limit: 1 }));
    expect((await errorOf(listNeeds(w.officer, filter({ sort: "newest", cursor: page.nextCursor })))).code).toBe(
      "INVALID_INPUT",
    );
  });
});
