import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  listUmkmPaperwork,
  listPaperworkHistory,
  readPaperworkScan,
  savePaperworkItem,
} from "@/lib/dal/paperwork/paperwork";
import { expireLapsedPaperwork } from "@/lib/dal/paperwork/paperwork-expiry";
import { getOwnerChecklist, getUmkmMatchReadiness, readinessOf } from "@/lib/dal/paperwork/paperwork-readiness";
import { getProvincePaperworkStats } from "@/lib/dal/paperwork/paperwork-stats";
import { PROGRAMME_START } from "@/lib/domain/programme";
import { AppError } from "@/lib/errors";
import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { addDays } from "@/prisma/seed/random";
import { ensureUmkmReference, sessionUser, uniqueNib } from "../setup/umkm";
import { addMonthsIso, todayIso } from "@/lib/dates";

// Paperwork items on the run's real database: lifecycle enforced by the data layer, history and
// audit in the same transaction, optimistic concurrency, roles (incl. COMPANY_STAFF and another
// UMKM's owner), scans, readiness, the system's expiry and the province figures.

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), "paperwork-storage-"));

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
let types: Map<string, string>;
let officer: SessionUser;
let diskop: SessionUser;
let admin: SessionUser;
const today = todayIso();

const isoDaysAgo = (days: number) =>
  addDays(new Date(`${today}T00:00:00Z`), -days)
    .toISOString()
    .slice(0, 10);

type Fields = Partial<{
  status: PaperworkStatus;
  number: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  assistingOfficerId: string;
  notes: string;
  changeNote: string;
}>;
const save = (
  user: SessionUser,
  umkmId: string,
  code: string,
  expectedVersion: number,
  fields: Fields,
  scan?: { name: string; bytes: Uint8Array },
) =>
  savePaperworkItem(
    user,
    { umkmId, documentTypeId: types.get(code), expectedVersion, status: "IN_PROGRESS", ...fields },
    scan,
  );

async function errorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  const field = Object.entries(error.details?.fieldErrors ?? {})[0];
  return field ? `${error.code}:${field[0]}:${field[1][0]}` : `${error.code}:${error.message}`;
}

beforeAll(async () => {
  await ensureUmkmReference();
  types = await ensureDocumentTypes(db, ["NIB", "NPWP", "HALAL", "SLHS", "SERTIFIKAT_STANDAR"]);
  [officer, diskop, admin] = [
    await sessionUser("PMPTSP_OFFICER"),
    await sessionUser("DISKOP_STAFF"),
    await sessionUser("ADMIN"),
  ];
});

describe("recording paperwork progress", () => {
  it("lists every active document type with the UMKM's item or none (not started)", async () => {
    const umkm = await createTestUmkm(db);
    await save(officer, umkm.id, "HALAL", 0, { notes: "Jalur self-declare" });
    const rows = await listUmkmPaperwork(diskop, umkm.id);
    expect(rows.map((r) => r.documentType.code)).toEqual(expect.arrayContaining(["NIB", "HALAL", "SLHS"]));
    expect(rows.find((r) => r.documentType.code === "HALAL")?.item).toMatchObject({
      status: "IN_PROGRESS",
      notes: "Jalur self-declare",
      version: 1,
    });
    expect(rows.find((r) => r.documentType.code === "NIB")?.item).toBeNull();
  });

  it("walks an NIB to ISSUED, writing one history entry (from/to, field changes, actor, note) and one audit event per save, and fills the profile's NIB", async () => {
    const umkm = await createTestUmkm(db, { nib: null });
    const nib = uniqueNib();
    expect(await save(officer, umkm.id, "NIB", 0, { assistingOfficerId: officer.id })).toMatchObject({ version: 1 });
    await save(diskop, umkm.id, "NIB", 1, {
      status: "SUBMITTED",
      assistingOfficerId: officer.id,
      changeNote: "Diajukan lewat OSS",
    });
    const profileVersion = (await db.umkm.findUniqueOrThrow({ where: { id: umkm.id } })).version;
    await save(officer, umkm.id, "NIB", 2, {
      status: "ISSUED",
      number: nib,
      issuedOn: isoDaysAgo(1),
      issuer: "Lembaga OSS",
      assistingOfficerId: officer.id,
    });
    const history = await listPaperworkHistory(officer, umkm.id);
    expect(history.map((h) => `${h.fromStatus ?? "-"}→${h.toStatus}`)).toEqual([
      "SUBMITTED→ISSUED",
      "IN_PROGRESS→SUBMITTED",
      "-→IN_PROGRESS",
    ]);
    expect(history[0]).toMatchObject({
      actorName: "Pengguna Uji PMPTSP_OFFICER",
      changes: { number: [null, nib], issuedOn: [null, isoDaysAgo(1)], issuer: [null, "Lembaga OSS"] },
    });
    expect(history[1]).toMatchObject({ note: "Diajukan lewat OSS", actorName: "Pengguna Uji DISKOP_STAFF" });
    expect(history[2]?.changes).toMatchObject({ assistingOfficer: [null, "Pengguna Uji PMPTSP_OFFICER"] });
    const item = await db.paperworkItem.findFirstOrThrow({ where: { umkmId: umkm.id } });
    const audit = await db.auditEvent.findMany({
      where: { entityType: "paperwork_item", entityId: item.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => `${a.action}:${a.fromStatus ?? "-"}→${a.toStatus}`)).toEqual([
      "paperwork.create:-→IN_PROGRESS",
      "paperwork.update:IN_PROGRESS→SUBMITTED",
      "paperwork.update:SUBMITTED→ISSUED",
    ]);
    const profile = await db.umkm.findUniqueOrThrow({ where: { id: umkm.id } });
    expect(profile).toMatchObject({ nib, version: profileVersion + 1 });
  });

  it("refuses ISSUED without number or date, a malformed NIB, an expiry before the issue date — nothing written", async () => {
    const umkm = await createTestUmkm(db);
    await save(officer, umkm.id, "NIB", 0, {});
    await save(officer, umkm.id, "NIB", 1, { status: "SUBMITTED" });
    expect(await errorOf(save(officer, umkm.id, "NIB", 2, { status: "ISSUED" }))).toBe(
      "INVALID_INPUT:number:numberRequired",
    );
    expect(await errorOf(save(officer, umkm.id, "NIB", 2, { status: "ISSUED", number: uniqueNib() }))).toBe(
      "INVALID_INPUT:issuedOn:issuedOnRequired",
    );
    expect(
      await errorOf(save(officer, umkm.id, "NIB", 2, { status: "ISSUED", number: "12345", issuedOn: isoDaysAgo(1) })),
    ).toBe("INVALID_INPUT:number:numberFormat");
    await save(officer, umkm.id, "SLHS", 0, {});
    await save(officer, umkm.id, "SLHS", 1, { status: "SUBMITTED" });
    expect(
      await errorOf(
        save(officer, umkm.id, "SLHS", 2, {
          status: "ISSUED",
          number: "1/SLHS",
          issuedOn: isoDaysAgo(3),
          expiresOn: isoDaysAgo(4),
        }),
      ),
    ).toBe("INVALID_INPUT:expiresOn:expiryBeforeIssue");
    expect(await errorOf(save(officer, umkm.id, "SLHS", 2, { status: "IN_PROGRESS" }))).toBe(
      "INVALID_INPUT:status:transitionNotAllowed",
    );
    expect(await db.paperworkHistory.count({ where: { item: { umkmId: umkm.id } } })).toBe(4);
    // An empty expiry of an expiring type becomes issue date + validity (SLHS: 36 months).
    await save(officer, umkm.id, "SLHS", 2, { status: "ISSUED", number: "1/SLHS", issuedOn: isoDaysAgo(3) });
    const slhs = await db.paperworkItem.findFirstOrThrow({
      where: { umkmId: umkm.id, documentTypeId: types.get("SLHS") },
    });
    expect(slhs.expiresOn?.toISOString().slice(0, 10)).toBe(addMonthsIso(isoDaysAgo(3), 36));
  });

  it("refuses EXPIRED by hand with the plain message; only the system job expires", async () => {
    const umkm = await createTestUmkm(db);
    const item = await db.paperworkItem.create({
      data: {
        umkmId: umkm.id,
        documentTypeId: types.get("SLHS")!,
        status: "ISSUED",
        number: "2/SLHS",
        issuedOn: new Date(`${isoDaysAgo(400)}T00:00:00Z`),
        expiresOn: new Date(`${isoDaysAgo(10)}T00:00:00Z`),
      },
    });
    expect(
      await errorOf(
        save(admin, umkm.id, "SLHS", 1, {
          status: "EXPIRED",
          number: "2/SLHS",
          issuedOn: isoDaysAgo(400),
          expiresOn: isoDaysAgo(10),
        }),
      ),
    ).toBe("INVALID_INPUT:status:expiredBySystemOnly");
    expect((await db.paperworkItem.findUniqueOrThrow({ where: { id: item.id } })).status).toBe("ISSUED");
  });

  it("a stale version loses: CONFLICT 'stale', nothing overwritten; two first saves at once → exactly one wins", async () => {
    const umkm = await createTestUmkm(db);
    await save(officer, umkm.id, "HALAL", 0, { notes: "pertama" });
    await save(diskop, umkm.id, "HALAL", 1, { notes: "kedua" });
    expect(await errorOf(save(officer, umkm.id, "HALAL", 1, { notes: "basi" }))).toBe("CONFLICT:stale");
    expect((await db.paperworkItem.findFirstOrThrow({ where: { umkmId: umkm.id } })).notes).toBe("kedua");
    const results = await Promise.allSettled([
      save(officer, umkm.id, "NPWP", 0, {}),
      save(diskop, umkm.id, "NPWP", 0, { notes: "x" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(
      await db.paperworkHistory.count({ where: { item: { umkmId: umkm.id, documentTypeId: types.get("NPWP") } } }),
    ).toBe(1);
  });

  it("refuses an NIB already registered to another UMKM, or different from the profile's", async () => {
    const taken = uniqueNib();
    await createTestUmkm(db, { nib: taken });
    const umkm = await createTestUmkm(db);
    await save(officer, umkm.id, "NIB", 0, {});
    await save(officer, umkm.id, "NIB", 1, { status: "SUBMITTED" });
    expect(
      await errorOf(save(officer, umkm.id, "NIB", 2, { status: "ISSUED", number: taken, issuedOn: isoDaysAgo(1) })),
    ).toBe("CONFLICT:number:nibTaken");
    // A profile NIB is already the ISSUED NIB item (version 1); a different number is corrected on the profile.
    const withNib = await createTestUmkm(db, { nib: uniqueNib() });
    expect(
      await errorOf(
        save(officer, withNib.id, "NIB", 1, { status: "ISSUED", number: uniqueNib(), issuedOn: isoDaysAgo(1) }),
      ),
    ).toBe("INVALID_INPUT:number:nibMismatch");
  });
});

describe("who may read and write paperwork", () => {
  it("COMPANY_STAFF never; an owner reads only its own UMKM and writes nothing", async () => {
    const [own, other] = [await createTestUmkm(db), await createTestUmkm(db)];
    const owner = await sessionUser("UMKM_OWNER", { umkmId: own.id });
    const company = await sessionUser("COMPANY_STAFF");
    await save(officer, other.id, "HALAL", 0, {});
    for (const user of [owner, company]) {
      expect(await errorOf(save(user, own.id, "HALAL", 0, {}))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(save(user, other.id, "HALAL", 1, { status: "SUBMITTED" }))).toBe("FORBIDDEN:FORBIDDEN");
    }
    expect(await errorOf(listUmkmPaperwork(company, own.id))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await errorOf(listPaperworkHistory(company, own.id))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await errorOf(listUmkmPaperwork(owner, other.id))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await errorOf(listPaperworkHistory(owner, other.id))).toBe("NOT_FOUND:NOT_FOUND");
    expect((await listUmkmPaperwork(owner, own.id)).length).toBeGreaterThan(0);
    expect(await db.paperworkItem.count({ where: { umkmId: own.id } })).toBe(0);
    expect(await errorOf(getUmkmMatchReadiness(owner, own.id))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await errorOf(getOwnerChecklist(company))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await errorOf(getProvincePaperworkStats(owner))).toBe("FORBIDDEN:FORBIDDEN");
    expect(await errorOf(getProvincePaperworkStats(company))).toBe("FORBIDDEN:FORBIDDEN");
  });

  it("stores a scan checked from its bytes (its name's extension made the type's); offices and the owner download it, another owner and firm staff get NOT_FOUND", async () => {
    const umkm = await createTestUmkm(db);
    expect(
      await errorOf(
        save(
          officer,
          umkm.id,
          "HALAL",
          0,
          {},
          { name: "scan.pdf", bytes: new TextEncoder().encode("not a pdf at all") },
        ),
      ),
    ).toBe("INVALID_INPUT:scan:scanType");
    expect(
      await errorOf(
        save(officer, umkm.id, "HALAL", 0, {}, { name: "big.pdf", bytes: new Uint8Array(10 * 1024 * 1024 + 1) }),
      ),
    ).toBe("INVALID_INPUT:scan:scanTooLarge");
    await save(officer, umkm.id, "HALAL", 0, {}, { name: "../../sertifikat halal\u202E.html", bytes: PDF });
    const item = await db.paperworkItem.findFirstOrThrow({ where: { umkmId: umkm.id } });
    expect(item).toMatchObject({ scanFileName: "sertifikat halal.pdf", scanMimeType: "application/pdf" });
    expect(item.scanKey).toMatch(new RegExp(`^paperwork/${umkm.id}/[0-9a-f-]{36}$`));
    const owner = await sessionUser("UMKM_OWNER", { umkmId: umkm.id });
    for (const user of [officer, diskop, owner])
      expect((await readPaperworkScan(user, item.id)).bytes.equals(Buffer.from(PDF))).toBe(true);
    for (const user of [await sessionUser("UMKM_OWNER"), await sessionUser("COMPANY_STAFF")]) {
      expect(await errorOf(readPaperworkScan(user, item.id))).toBe("NOT_FOUND:NOT_FOUND");
    }
  });
});

describe("readiness, checklist and the system's expiry", () => {
  it("turns complete once NIB, HALAL and SLHS are ISSUED and valid on the need's start", async () => {
    const company = await createTestCompany(db);
    const need = await createTestNeed(db, company.id, { documentCodes: ["NIB", "HALAL", "SLHS"] });
    const umkm = await createTestUmkm(db);
    const owner = await sessionUser("UMKM_OWNER", { umkmId: umkm.id });
    await db.match.create({
      data: { needId: need.id, umkmId: umkm.id, status: "SUGGESTED", score: 70, scoreBreakdown: {} },
    });
    const before = await getUmkmMatchReadiness(officer, umkm.id);
    expect(before.needs.map((n) => n.readiness.items.map((i) => `${i.code}:${i.state}`))).toEqual([
      ["NIB:MISSING", "HALAL:MISSING", "SLHS:MISSING"],
    ]);
    // A SUGGESTED match is no introduction: the owner's checklist does not list the need yet.
    expect((await getOwnerChecklist(owner)).needs).toEqual([]);
    for (const [code, number] of [
      ["NIB", uniqueNib()],
      ["HALAL", "ID1211000012345626"],
      ["SLHS", "7/SLHS/DINKES/2026"],
    ] as const) {
      await save(officer, umkm.id, code, 0, {});
      await save(officer, umkm.id, code, 1, { status: "SUBMITTED" });
      await save(officer, umkm.id, code, 2, { status: "ISSUED", number, issuedOn: isoDaysAgo(2) });
    }
    expect((await readinessOf(db, need.id, umkm.id))?.readiness).toMatchObject({
      isComplete: true,
      readyCount: 3,
      ratio: 1,
    });
    await db.match.update({
      where: { needId_umkmId: { needId: need.id, umkmId: umkm.id } },
      data: { status: "APPROVED" },
    });
    const checklist = await getOwnerChecklist(owner);
    expect(checklist.needs.map((n) => [n.needId, n.readiness.isComplete])).toEqual([[need.id, true]]);
    expect(checklist.items.every((row) => row.item === null || row.item.status === "ISSUED")).toBe(true);
  });

  it("expireLapsedPaperwork marks lapsed ISSUED items EXPIRED once, with system history and audit; a second run does nothing", async () => {
    const umkm = await createTestUmkm(db);
    const lapsed = await db.paperworkItem.create({
      data: {
        umkmId: umkm.id,
        documentTypeId: types.get("SLHS")!,
        status: "ISSUED",
        number: "3/SLHS",
        issuedOn: new Date(`${isoDaysAgo(800)}T00:00:00Z`),
        expiresOn: new Date(`${isoDaysAgo(1)}T00:00:00Z`),
      },
    });
    const lastDay = await db.paperworkItem.create({
      data: {
        umkmId: umkm.id,
        documentTypeId: types.get("HALAL")!,
        status: "ISSUED",
        number: "4/H",
        issuedOn: new Date(`${isoDaysAgo(800)}T00:00:00Z`),
        expiresOn: new Date(`${today}T00:00:00Z`),
      },
    });
    const first = await expireLapsedPaperwork(db, new Date());
    expect(first).toEqual(
      expect.arrayContaining([{ id: lapsed.id, umkmId: umkm.id, documentTypeId: types.get("SLHS") }]),
    );
    expect(first.map((e) => e.id)).not.toContain(lastDay.id); // valid through its last day
    expect(await db.paperworkItem.findUniqueOrThrow({ where: { id: lapsed.id } })).toMatchObject({
      status: "EXPIRED",
      version: 2,
    });
    expect(await db.paperworkHistory.findMany({ where: { itemId: lapsed.id } })).toEqual([
      expect.objectContaining({ fromStatus: "ISSUED", toStatus: "EXPIRED", changedById: null }),
    ]);
    expect(
      await db.auditEvent.count({ where: { action: "paperwork.expire", entityId: lapsed.id, actorId: null } }),
    ).toBe(1);
    expect(await expireLapsedPaperwork(db, new Date())).toEqual([]);
    await db.$transaction((tx) => expireLapsedPaperwork(tx, new Date()));
    expect(await db.paperworkHistory.count({ where: { itemId: lapsed.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "paperwork.expire", entityId: lapsed.id } })).toBe(1);
  });

  it("expireLapsedPaperwork run twice at once expires each item exactly once", async () => {
    const umkm = await createTestUmkm(db);
    const item = await db.paperworkItem.create({
      data: {
        umkmId: umkm.id,
        documentTypeId: types.get("SLHS")!,
        status: "ISSUED",
        number: "5/SLHS",
        issuedOn: new Date(`${isoDaysAgo(900)}T00:00:00Z`),
        expiresOn: new Date(`${isoDaysAgo(5)}T00:00:00Z`),
      },
    });
    const [a, b] = await Promise.all([expireLapsedPaperwork(db, new Date()), expireLapsedPaperwork(db, new Date())]);
    expect([...a, ...b].filter((e) => e.id === item.id)).toHaveLength(1);
    expect(await db.paperworkHistory.count({ where: { itemId: item.id } })).toBe(1);
  });
});

describe("province figures", () => {
  it("counts NIB holders now and at the programme start, documents issued per month and open cases per kabupaten/kota", async () => {
    const before = await getProvincePaperworkStats(officer);
    // A registry NIB without a dated item: held before the programme.
    await createTestUmkm(db, { nib: uniqueNib() });
    // An NIB issued through the portal after the programme started.
    const fresh = await createTestUmkm(db, { regencyCode: "12.19" });
    await save(officer, fresh.id, "NIB", 0, {});
    await save(officer, fresh.id, "NIB", 1, { status: "SUBMITTED" });
    await save(officer, fresh.id, "NIB", 2, { status: "ISSUED", number: uniqueNib(), issuedOn: today });
    // An NIB item dated before the programme, profile field empty (issued NIB items fill it, so write directly).
    const old = await createTestUmkm(db);
    await db.paperworkItem.create({
      data: {
        umkmId: old.id,
        documentTypeId: types.get("NIB")!,
        status: "ISSUED",
        number: uniqueNib(),
        issuedOn: new Date(`${addMonthsIso(PROGRAMME_START, -6)}T00:00:00Z`),
      },
    });
    await db.assistanceCase.create({
      data: {
        umkmId: fresh.id,
        documentTypeId: types.get("HALAL")!,
        status: "OPEN",
        dueDate: new Date(`${isoDaysAgo(3)}T00:00:00Z`),
      },
    });
    const after = await getProvincePaperworkStats(diskop);
    expect(after.nibNow - before.nibNow).toBe(3);
    expect(after.nibAtStart - before.nibAtStart).toBe(today < PROGRAMME_START ? 3 : 2);
    expect(after.months).toHaveLength(12);
    expect(after.months[11]).toBe(today.slice(0, 7));
    const nibIssued = (s: typeof after) => s.issued.find((row) => row.code === "NIB")?.counts[11] ?? 0;
    expect(nibIssued(after) - nibIssued(before)).toBe(1);
    const batuBara = (s: typeof after) =>
      s.openCases.find((row) => row.regencyCode === "12.19") ?? { open: 0, overdue: 0 };
    expect(batuBara(after).open - batuBara(before).open).toBe(1);
    expect(batuBara(after).overdue - batuBara(before).overdue).toBe(1);
  });
});
