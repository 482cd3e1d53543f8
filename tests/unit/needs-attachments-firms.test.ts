import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { issueApiToken, listApiTokens, revokeApiToken } from "@/lib/dal/api/api-tokens";
import { createFirm, getFirm, listFirms, updateFirm } from "@/lib/dal/needs/firms";
import { addNeedAttachment, deleteNeedAttachment, readNeedAttachment } from "@/lib/dal/needs/need-attachments";
import { attachmentDisposition, MAX_ATTACHMENT_BYTES } from "@/lib/domain/attachments";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";
import { localFileStorage } from "@/lib/storage";
import { createTestNeed } from "@/prisma/seed/factories";
import { testDatabaseUrl, truncateDomainTables } from "../setup/db";
import { buildZip, zerosEntry } from "../setup/zip";
import { createNeedWorld } from "./needs-fixtures";

// Attachments (bytes-checked types, storage outside public/, visibility), the firms registry and
// API token management, on the run's real database; storage in a temporary folder.

const storageDir = mkdtempSync(path.join(tmpdir(), "needs-storage-"));
process.env.STORAGE_DIR = storageDir;

let db: Db;
let w: Awaited<ReturnType<typeof createNeedWorld>>;
let needA: { id: string };
let draftA: { id: string };

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);
const sessionUser = (u: {
  id: string;
  email: string;
  role: SessionUser["role"];
  companyId: string | null;
}): SessionUser => ({ ...u, name: "Uji", umkmId: null, mustChangePassword: false });
const firm = {
  name: "PT Gamma Uji",
  legalName: "PT Gamma Uji Kemitraan",
  sector: "Tambang",
  investmentType: "PMA" as const,
  regencyCode: "12.71",
  address: "Medan",
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  website: null,
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return `${(error as AppError).code}:${(error as AppError).message}`;
}

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 4);
  await truncateDomainTables();
  w = await createNeedWorld(db);
  needA = await createTestNeed(db, w.firmA.id);
  draftA = await createTestNeed(db, w.firmA.id, { status: "DRAFT" });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
  rmSync(storageDir, { recursive: true, force: true });
});

describe("attachments", () => {
  it("stores a PDF under a generated key outside public/ and serves it to users who may see the need", async () => {
    const { id } = await addNeedAttachment(w.staffA, needA.id, {
      name: '../../etc/standar "katering".pdf',
      bytes: PDF,
    });
    const row = await db.needAttachment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      mimeType: "application/pdf",
      sizeBytes: PDF.byteLength,
      fileName: "standar katering.pdf",
    });
    expect(row.storageKey).toMatch(new RegExp(`^needs/${needA.id}/[0-9a-f-]{36}$`));
    expect(readdirSync(path.join(storageDir, "needs", needA.id))).toHaveLength(1);
    for (const viewer of [w.staffA, w.officer, w.diskop]) {
      const file = await readNeedAttachment(viewer, needA.id, id);
      expect(Buffer.compare(file.bytes, Buffer.from(PDF))).toBe(0);
    }
  });

  it("hides attachments of another firm's need and of drafts from Diskop: NOT_FOUND", async () => {
    const { id } = await addNeedAttachment(w.officer, draftA.id, { name: "gambar.png", bytes: PNG });
    expect(await codeOf(readNeedAttachment(w.staffB, draftA.id, id))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await codeOf(readNeedAttachment(w.diskop, draftA.id, id))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await codeOf(addNeedAttachment(w.staffB, draftA.id, { name: "x.pdf", bytes: PDF }))).toBe(
      "NOT_FOUND:NOT_FOUND",
    );
    expect(await codeOf(deleteNeedAttachment(w.staffB, draftA.id, id))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await codeOf(addNeedAttachment(w.diskop, needA.id, { name: "x.pdf", bytes: PDF }))).toBe(
      "FORBIDDEN:FORBIDDEN",
    );
  });

  it("decides the type from the bytes: a renamed text file, HTML and an empty file are refused", async () => {
    const before = await db.needAttachment.count();
    expect(
      await codeOf(
        addNeedAttachment(w.staffA, needA.id, {
          name: "spek.pdf",
          bytes: new TextEncoder().encode("just text pretending"),
        }),
      ),
    ).toBe("INVALID_INPUT:fileType");
    expect(
      await codeOf(
        addNeedAttachment(w.staffA, needA.id, {
          name: "x.png",
          bytes: new TextEncoder().encode("<html><script>alert(1)</script></html>"),
        }),
      ),
    ).toBe("INVALID_INPUT:fileType");
    expect(await codeOf(addNeedAttachment(w.staffA, needA.id, { name: "x.pdf", bytes: new Uint8Array() }))).toBe(
      "INVALID_INPUT:fileEmpty",
    );
    const tooLarge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    tooLarge.set(PDF);
    expect(await codeOf(addNeedAttachment(w.staffA, needA.id, { name: "x.pdf", bytes: tooLarge }))).toBe(
      "INVALID_INPUT:fileTooLarge",
    );
    expect(await db.needAttachment.count()).toBe(before);
  });

  it("deletes the row and the file", async () => {
    const { id } = await addNeedAttachment(w.staffA, needA.id, { name: "hapus.pdf", bytes: PDF });
    const { storageKey } = await db.needAttachment.findUniqueOrThrow({ where: { id } });
    await deleteNeedAttachment(w.staffA, needA.id, id);
    expect(await db.needAttachment.findUnique({ where: { id } })).toBeNull();
    expect(await localFileStorage(storageDir).get(storageKey)).toBeNull();
  });

  it("stores the name with the detected type's extension, without bidi overrides, shortened keeping it", async () => {
    const { id } = await addNeedAttachment(w.staffA, needA.id, { name: "x.html", bytes: PDF });
    expect(await readNeedAttachment(w.staffA, needA.id, id)).toMatchObject({
      fileName: "x.pdf",
      mimeType: "application/pdf",
    });
    const { id: spoofed } = await addNeedAttachment(w.staffA, needA.id, { name: "gambar\u202Egnp.exe", bytes: PNG });
    expect((await readNeedAttachment(w.staffA, needA.id, spoofed)).fileName).toBe("gambargnp.png");
    const { id: long } = await addNeedAttachment(w.staffA, needA.id, {
      name: `${"spesifikasi ".repeat(30)}.pdf`,
      bytes: PDF,
    });
    const { fileName } = await readNeedAttachment(w.staffA, needA.id, long);
    expect(fileName).toHaveLength(150);
    expect(fileName.endsWith("spesifikasi.pdf")).toBe(false);
    expect(fileName.endsWith(".pdf")).toBe(true);
    for (const attachmentId of [id, spoofed, long]) await deleteNeedAttachment(w.staffA, needA.id, attachmentId);
  });

  it("never unpacks an office attachment beyond file-type's 1 MiB detection cap: a bomb in [Content_Types].xml is refused", async () => {
    const before = process.memoryUsage().heapUsed;
    const bomb = { ...(await zerosEntry("[Content_Types].xml", 200)), declaredSize: 1000 };
    expect(await codeOf(addNeedAttachment(w.staffA, needA.id, { name: "bom.docx", bytes: buildZip([bomb]) }))).toBe(
      "INVALID_INPUT:fileType",
    );
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("builds a download Content-Disposition that keeps non-ASCII names", () => {
    expect(attachmentDisposition("standar makanan (halal).pdf")).toBe(
      `attachment; filename="standar makanan (halal).pdf"; filename*=UTF-8''standar%20makanan%20%28halal%29.pdf`,
    );
    expect(attachmentDisposition('menu ñ "x".pdf')).toBe(
      `attachment; filename="menu _ _x_.pdf"; filename*=UTF-8''menu%20%C3%B1%20%22x%22.pdf`,
    );
  });

  it("refuses storage keys that could leave the storage folder", async () => {
    await expect(localFileStorage(storageDir).get("../secret")).rejects.toThrow(/invalid storage key/);
  });
});

describe("firms registry", () => {
  it("lets officers create, search and edit firms with a version check", async () => {
    const { id } = await createFirm(w.officer, firm);
    expect((await listFirms(w.officer, "gamma")).map((f) => f.id)).toEqual([id]);
    await updateFirm(w.admin, id, { ...firm, sector: "Pertambangan emas" }, 1);
    expect(await codeOf(updateFirm(w.officer, id, { ...firm, sector: "Basi" }, 1))).toBe("CONFLICT:stale");
    expect((await getFirm(w.officer, id)).sector).toBe("Pertambangan emas");
    expect(await codeOf(createFirm(w.officer, firm))).toBe("INVALID_INPUT:legalNameTaken");
  });

  it("is closed to company staff, Diskop staff and UMKM owners", async () => {
    for (const actor of [w.staffA, w.diskop, w.umkmOwner]) {
      expect(await codeOf(listFirms(actor))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await codeOf(createFirm(actor, { ...firm, legalName: "PT Tidak Boleh" }))).toBe("FORBIDDEN:FORBIDDEN");
      expect(await codeOf(getFirm(actor, w.firmA.id))).toBe("FORBIDDEN:FORBIDDEN");
    }
  });
});

describe("API token management", () => {
  it("lets a firm's staff and ADMIN issue and revoke the firm's tokens; other firms' staff get NOT_FOUND", async () => {
    const staffA = sessionUser(w.users.staffA);
    const issued = await issueApiToken(staffA, w.firmA.id, "ERP");
    expect(issued.token).toMatch(/^kp_[A-Za-z0-9_-]{43}$/);
    expect((await listApiTokens(sessionUser(w.users.admin), w.firmA.id)).map((t) => t.prefix)).toContain(issued.prefix);
    const staffB = sessionUser(w.users.staffB);
    expect(await codeOf(listApiTokens(staffB, w.firmA.id))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await codeOf(issueApiToken(staffB, w.firmA.id, "curi"))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await codeOf(revokeApiToken(staffB, w.firmA.id, issued.id))).toBe("NOT_FOUND:NOT_FOUND");
    expect(await codeOf(revokeApiToken(staffB, w.firmB.id, issued.id))).toBe("NOT_FOUND:NOT_FOUND");
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: issued.id } })).revokedAt).toBeNull();
    for (const user of [w.users.officer, w.users.diskop]) {
      expect(await codeOf(issueApiToken(sessionUser(user), w.firmA.id, "x"))).toBe("FORBIDDEN:FORBIDDEN");
    }
    await revokeApiToken(staffA, w.firmA.id, issued.id);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: issued.id } })).revokedAt).not.toBeNull();
    expect(
      await db.auditEvent.count({
        where: { entityId: issued.id, action: { in: ["api_token.issue", "api_token.revoke"] } },
      }),
    ).toBe(2);
  });
});
