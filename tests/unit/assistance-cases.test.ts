import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addCaseStep,
  closeCase,
  getCase,
  listCaseAssignees,
  listCaseQueue,
  listUmkmCases,
  openCase,
  reassignCase,
} from "@/lib/dal/paperwork/assistance-cases";
import { getDocumentTypeForAdmin, listDocumentTypesForAdmin, saveDocumentType } from "@/lib/dal/document-types";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

// Assistance cases (queue, steps, reassign, resolve/cancel; version-checked and audited) and the
// ADMIN document-type editor, on the run's real database, with every other role refused.

let types: Map<string, string>;
let officer: SessionUser;
let diskop: SessionUser;
let admin: SessionUser;
let outsiders: SessionUser[];

async function errorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  const field = Object.entries(error.details?.fieldErrors ?? {})[0];
  return field ? `${error.code}:${field[0]}:${field[1][0]}` : `${error.code}:${error.message}`;
}

const open = (user: SessionUser, umkmId: string, code: string, extra: Record<string, unknown> = {}) =>
  openCase(user, { umkmId, documentTypeId: types.get(code), ...extra });

beforeAll(async () => {
  await ensureUmkmReference();
  types = await ensureDocumentTypes(db, ["NIB", "HALAL", "SLHS"]);
  [officer, diskop, admin] = [
    await sessionUser("PMPTSP_OFFICER"),
    await sessionUser("DISKOP_STAFF"),
    await sessionUser("ADMIN"),
  ];
  outsiders = [await sessionUser("COMPANY_STAFF"), await sessionUser("UMKM_OWNER")];
});

describe("assistance cases", () => {
  it("opens a case for a document and a need, records steps (OPEN → IN_PROGRESS), reassigns and resolves it; all audited", async () => {
    const umkm = await createTestUmkm(db);
    const need = await createTestNeed(db, (await createTestCompany(db)).id, { documentCodes: ["NIB", "SLHS"] });
    const { id } = await open(officer, umkm.id, "SLHS", {
      needId: need.id,
      assigneeId: officer.id,
      dueDate: "2030-01-31",
      note: "Pemilik belum ikut kursus higiene",
    });
    expect(await getCase(diskop, id)).toMatchObject({
      status: "OPEN",
      version: 1,
      needId: need.id,
      assigneeId: officer.id,
      dueDate: "2030-01-31",
      documentCode: "SLHS",
      steps: [expect.objectContaining({ note: "Pemilik belum ikut kursus higiene" })],
    });
    await addCaseStep(diskop, { caseId: id, expectedVersion: 1, note: "Mendaftarkan kursus higiene sanitasi" });
    expect(await getCase(officer, id)).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    await reassignCase(officer, { caseId: id, expectedVersion: 2, assigneeId: diskop.id, dueDate: "2030-02-28" });
    await closeCase(admin, {
      caseId: id,
      expectedVersion: 3,
      to: "RESOLVED",
      outcome: "SLHS terbit dari Dinas Kesehatan",
    });
    const done = await getCase(officer, id);
    expect(done).toMatchObject({
      status: "RESOLVED",
      outcome: "SLHS terbit dari Dinas Kesehatan",
      assigneeId: diskop.id,
      dueDate: "2030-02-28",
      isOverdue: false,
    });
    expect(done.closedAt).toBeInstanceOf(Date);
    expect(done.history.map((h) => `${h.action}:${h.fromStatus ?? "-"}→${h.toStatus ?? "-"}`)).toEqual([
      "case.open:-→OPEN",
      "case.step:OPEN→IN_PROGRESS",
      "case.reassign:-→-",
      "case.resolve:IN_PROGRESS→RESOLVED",
    ]);
    // A closed case takes nothing more.
    expect(await errorOf(addCaseStep(officer, { caseId: id, expectedVersion: 4, note: "lagi" }))).toBe(
      "CONFLICT:caseClosed",
    );
  });

  it("tells the assigned officer (in-app), not the one who assigned themselves, on opening and on reassigning", async () => {
    const umkm = await createTestUmkm(db, { businessName: "Dapur Penugasan Uji" });
    const count = (user: SessionUser) =>
      db.notification.count({
        where: { userId: user.id, kind: "caseAssigned", params: { path: ["umkm"], equals: "Dapur Penugasan Uji" } },
      });
    const { id } = await open(officer, umkm.id, "HALAL", { assigneeId: officer.id });
    expect(await count(officer)).toBe(0);
    await reassignCase(officer, { caseId: id, expectedVersion: 1, assigneeId: diskop.id, dueDate: "2030-03-31" });
    expect(await count(diskop)).toBe(1);
    const note = await db.notification.findFirstOrThrow({
      where: { userId: diskop.id, kind: "caseAssigned", params: { path: ["umkm"], equals: "Dapur Penugasan Uji" } },
    });
    expect(note).toMatchObject({ link: `/cases/${id}`, params: { document: "Sertifikat Halal" } });
    // Moving only the due date tells nobody again.
    await reassignCase(officer, { caseId: id, expectedVersion: 2, assigneeId: diskop.id, dueDate: "2030-04-30" });
    expect(await count(diskop)).toBe(1);
  });

  it("a stale version loses (CONFLICT 'stale', nothing written); one active case per UMKM and document", async () => {
    const umkm = await createTestUmkm(db);
    const { id } = await open(officer, umkm.id, "HALAL");
    await addCaseStep(officer, { caseId: id, expectedVersion: 1, note: "Akun SIHALAL dibuat" });
    expect(
      await errorOf(closeCase(diskop, { caseId: id, expectedVersion: 1, to: "CANCELLED", outcome: "Pemilik menunda" })),
    ).toBe("CONFLICT:stale");
    expect(await db.assistanceStep.count({ where: { caseId: id } })).toBe(1);
    expect(await errorOf(open(diskop, umkm.id, "HALAL"))).toBe("CONFLICT:documentTypeId:caseAlreadyOpen");
    const results = await Promise.allSettled([
      addCaseStep(officer, { caseId: id, expectedVersion: 2, note: "Langkah A" }),
      addCaseStep(diskop, { caseId: id, expectedVersion: 2, note: "Langkah B" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.assistanceStep.count({ where: { caseId: id } })).toBe(2);
    await closeCase(diskop, { caseId: id, expectedVersion: 3, to: "CANCELLED", outcome: "Pemilik menunda pengajuan" });
    expect((await open(diskop, umkm.id, "HALAL")).id).not.toBe(id);
  });

  it("refuses assignees who are not active PMPTSP officers or Diskop staff, and needs the opener may not see", async () => {
    const umkm = await createTestUmkm(db);
    expect(await errorOf(open(officer, umkm.id, "NIB", { assigneeId: admin.id }))).toBe(
      "INVALID_INPUT:assigneeId:assigneeInvalid",
    );
    expect(await errorOf(open(officer, umkm.id, "NIB", { assigneeId: outsiders[0]!.id }))).toBe(
      "INVALID_INPUT:assigneeId:assigneeInvalid",
    );
    const draft = await createTestNeed(db, (await createTestCompany(db)).id, { status: "DRAFT" });
    expect(await errorOf(open(diskop, umkm.id, "NIB", { needId: draft.id }))).toBe("INVALID_INPUT:needId:needInvalid");
    expect(
      (await listCaseAssignees(officer)).every((a) => a.role === "PMPTSP_OFFICER" || a.role === "DISKOP_STAFF"),
    ).toBe(true);
  });

  it("the queue: active cases only, oldest first, 'assigned to me' by default for officers and all for ADMIN, overdue marked", async () => {
    const me = await sessionUser("PMPTSP_OFFICER");
    const umkm = await createTestUmkm(db);
    const older = await open(officer, umkm.id, "NIB", { assigneeId: me.id, dueDate: "2020-01-01" });
    await db.assistanceCase.update({ where: { id: older.id }, data: { createdAt: new Date("2024-01-01T00:00:00Z") } });
    const newer = await open(officer, umkm.id, "HALAL", { assigneeId: me.id });
    const closed = await open(officer, umkm.id, "SLHS", { assigneeId: me.id });
    await closeCase(me, { caseId: closed.id, expectedVersion: 1, to: "CANCELLED", outcome: "Dibuka keliru" });
    const notMine = await open(officer, (await createTestUmkm(db)).id, "NIB", { assigneeId: diskop.id });
    const mine = await listCaseQueue(me);
    expect(mine.map((c) => c.id)).toEqual([older.id, newer.id]);
    expect(mine[0]).toMatchObject({ isOverdue: true, dueDate: "2020-01-01" });
    expect(mine[1]).toMatchObject({ isOverdue: false, dueDate: null });
    const all = await listCaseQueue(me, { scope: "all" });
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining([older.id, newer.id, notMine.id]));
    expect(all.map((c) => c.id)).not.toContain(closed.id);
    const times = all.map((c) => c.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect((await listCaseQueue(admin)).map((c) => c.id)).toEqual(expect.arrayContaining([older.id, notMine.id]));
    expect((await listCaseQueue(me, { scope: "all", status: "OPEN" })).every((c) => c.status === "OPEN")).toBe(true);
    expect((await listUmkmCases(diskop, umkm.id)).map((c) => c.id)).toEqual(
      expect.arrayContaining([older.id, newer.id, closed.id]),
    );
  });

  it("COMPANY_STAFF and UMKM_OWNER can do nothing with cases, and change nothing", async () => {
    const umkm = await createTestUmkm(db);
    const { id } = await open(officer, umkm.id, "NIB");
    for (const user of outsiders) {
      expect(await errorOf(listCaseQueue(user))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(listUmkmCases(user, umkm.id))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(getCase(user, id))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(listCaseAssignees(user))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(open(user, umkm.id, "HALAL"))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(addCaseStep(user, { caseId: id, expectedVersion: 1, note: "tidak boleh" }))).toBe(
        "FORBIDDEN:FORBIDDEN",
      );
      expect(await errorOf(reassignCase(user, { caseId: id, expectedVersion: 1, assigneeId: null }))).toBe(
        "FORBIDDEN:FORBIDDEN",
      );
      expect(
        await errorOf(closeCase(user, { caseId: id, expectedVersion: 1, to: "RESOLVED", outcome: "tidak boleh" })),
      ).toBe("FORBIDDEN:FORBIDDEN");
    }
    expect(await getCase(officer, id)).toMatchObject({ status: "OPEN", version: 1, steps: [] });
    expect(await db.assistanceCase.count({ where: { umkmId: umkm.id } })).toBe(1);
  });
});

describe("document types (ADMIN)", () => {
  const input = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    nameId: "Izin Uji",
    nameEn: "Test Permit",
    issuer: "Dinas Uji",
    expires: "on",
    validityMonths: "24",
    numberPattern: "^[0-9]{6}$",
    kbliPrefixes: "5621, 5629",
    stepsId: "1. Ajukan.",
    stepsEn: "1. Apply.",
    isActive: "on",
    sortOrder: "900",
    ...extra,
  });
  const code = () => `UJI_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

  it("creates and edits with a version check; both audited with the changed fields", async () => {
    const c = code();
    const { id } = await saveDocumentType(admin, input(c));
    expect(await getDocumentTypeForAdmin(admin, id)).toMatchObject({
      code: c,
      expires: true,
      validityMonths: 24,
      kbliPrefixes: ["5621", "5629"],
      isActive: true,
      version: 1,
    });
    await saveDocumentType(admin, input(c, { issuer: "Dinas Kesehatan", isActive: undefined }), {
      id,
      expectedVersion: 1,
    });
    expect(await getDocumentTypeForAdmin(admin, id)).toMatchObject({
      issuer: "Dinas Kesehatan",
      isActive: false,
      version: 2,
    });
    expect(await errorOf(saveDocumentType(admin, input(c, { issuer: "Basi" }), { id, expectedVersion: 1 }))).toBe(
      "CONFLICT:stale",
    );
    expect((await getDocumentTypeForAdmin(admin, id)).issuer).toBe("Dinas Kesehatan");
    const audit = await db.auditEvent.findMany({
      where: { entityType: "document_type", entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["document_type.create", "document_type.update"]);
    expect(audit[1]?.data).toMatchObject({
      changes: { issuer: ["Dinas Uji", "Dinas Kesehatan"], isActive: [true, false] },
    });
    expect((await listDocumentTypesForAdmin(admin)).some((t) => t.id === id)).toBe(true);
  });

  it("refuses an invalid regex, a taken code, validity without expiry and a changed code", async () => {
    expect(await errorOf(saveDocumentType(admin, input(code(), { numberPattern: "([0-9]" })))).toBe(
      "INVALID_INPUT:numberPattern:patternInvalid",
    );
    expect(await errorOf(saveDocumentType(admin, input("NIB")))).toBe("CONFLICT:code:codeTaken");
    expect(await errorOf(saveDocumentType(admin, input(code(), { expires: undefined })))).toBe(
      "INVALID_INPUT:validityMonths:validityWithoutExpiry",
    );
    const { id } = await saveDocumentType(admin, input(code()));
    expect(await errorOf(saveDocumentType(admin, input(code()), { id, expectedVersion: 1 }))).toBe(
      "INVALID_INPUT:code:codeFixed",
    );
    expect(await errorOf(saveDocumentType(admin, input(code(), { kbliPrefixes: "5, 56210x" })))).toBe(
      "INVALID_INPUT:kbliPrefixes:kbliPrefixInvalid",
    );
  });

  it("is ADMIN's alone", async () => {
    const nib = types.get("NIB")!;
    for (const user of [officer, diskop, ...outsiders]) {
      expect(await errorOf(listDocumentTypesForAdmin(user))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(getDocumentTypeForAdmin(user, nib))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(saveDocumentType(user, input(code())))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await errorOf(saveDocumentType(user, input("NIB"), { id: nib, expectedVersion: 1 }))).toBe(
        "FORBIDDEN:FORBIDDEN",
      );
    }
    expect((await getDocumentTypeForAdmin(admin, nib)).code).toBe("NIB");
  });
});
