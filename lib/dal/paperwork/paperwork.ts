import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { hasRole, PAPERWORK_EDITORS } from "@/lib/access/roles";
import { db, type DbClient } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import type { DocumentTypeSummary } from "@/lib/dal/document-types";
import { setWriteContext } from "@/lib/dal/write-context";
import { safeFileName } from "@/lib/domain/file-names";
import { checkPaperworkChange } from "@/lib/domain/paperwork-lifecycle";
import { MAX_SCAN_BYTES, SCAN_TYPES } from "@/lib/domain/paperwork-scan";
import { AppError, fieldError, issuesError } from "@/lib/errors";
import type { PaperworkSource, PaperworkStatus, Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { fileStorage } from "@/lib/storage";
import { paperworkUpdateSchema } from "@/lib/validation/paperwork";
import { isUuid } from "@/lib/validation/ids";
import { fromIsoDate, todayIso, toIsoDate } from "@/lib/dates";

export type PaperworkItemView = {
  id: string;
  status: PaperworkStatus;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  assistingOfficerId: string | null;
  assistingOfficerName: string | null;
  notes: string | null;
  scanFileName: string | null;
  /** PAPERWORK, or where an NIB came from (PROFILE, IMPORT, REGISTRY): then issuedOn is the day the portal recorded it. */
  source: PaperworkSource;
  version: number;
  updatedAt: Date;
};

/** One row of a UMKM's paperwork: a document type and the UMKM's item for it (null = not started). */
export type PaperworkRow = {
  documentType: Omit<DocumentTypeSummary, "isActive" | "sortOrder">;
  item: PaperworkItemView | null;
};

export type PaperworkHistoryEntry = {
  id: string;
  itemId: string;
  documentCode: string;
  fromStatus: PaperworkStatus | null;
  toStatus: PaperworkStatus;
  changes: Record<string, [unknown, unknown]>;
  note: string | null;
  actorName: string | null;
  createdAt: Date;
};

/**
 * Whether `user` may read the paperwork of `umkmId`: offices any UMKM, an owner only its own
 * (another UMKM is NOT_FOUND: its existence is private), everyone else FORBIDDEN.
 */
export function assertPaperworkReadable(user: Pick<SessionUser, "role" | "umkmId">, umkmId: string): void {
  if (hasRole(user, PAPERWORK_EDITORS)) return;
  if (user.role === "UMKM_OWNER") {
    if (user.umkmId && user.umkmId === umkmId) return;
    throw new AppError("NOT_FOUND");
  }
  throw new AppError("FORBIDDEN");
}

async function assertUmkmExists(client: DbClient, umkmId: string): Promise<void> {
  const umkm = isUuid(umkmId) ? await client.umkm.findUnique({ where: { id: umkmId }, select: { id: true } }) : null;
  if (!umkm) throw new AppError("NOT_FOUND");
}

const ITEM_SELECT = {
  id: true,
  documentTypeId: true,
  status: true,
  number: true,
  issuer: true,
  issuedOn: true,
  expiresOn: true,
  assistingOfficerId: true,
  notes: true,
  scanFileName: true,
  source: true,
  version: true,
  updatedAt: true,
  assistingOfficer: { select: { name: true } },
} as const;

const TYPE_SELECT = {
  id: true,
  code: true,
  nameId: true,
  nameEn: true,
  issuer: true,
  expires: true,
  validityMonths: true,
  numberPattern: true,
  stepsId: true,
  stepsEn: true,
  kbliPrefixes: true,
  isActive: true,
} as const;

type ItemRow = {
  id: string;
  documentTypeId: string;
  status: PaperworkStatus;
  number: string | null;
  issuer: string | null;
  issuedOn: Date | null;
  expiresOn: Date | null;
  assistingOfficerId: string | null;
  notes: string | null;
  scanFileName: string | null;
  source: PaperworkSource;
  version: number;
  updatedAt: Date;
  assistingOfficer: { name: string } | null;
};

const toItemView = ({
  documentTypeId: _type,
  assistingOfficer,
  issuedOn,
  expiresOn,
  ...item
}: ItemRow): PaperworkItemView => ({
  ...item,
  issuedOn: issuedOn ? toIsoDate(issuedOn) : null,
  expiresOn: expiresOn ? toIsoDate(expiresOn) : null,
  assistingOfficerName: assistingOfficer?.name ?? null,
});

/**
 * Every active document type with the UMKM's item for it (or null: NOT_STARTED), plus
 * inactive types the UMKM already has an item for, in the types' sort order.
 */
export async function listUmkmPaperwork(user: SessionUser, umkmId: string): Promise<PaperworkRow[]> {
  assertPaperworkReadable(user, umkmId);
  await assertUmkmExists(db, umkmId);
  const [types, items] = await Promise.all([
    db.documentType.findMany({
      where: { OR: [{ isActive: true }, { paperwork: { some: { umkmId } } }] },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: TYPE_SELECT,
    }),
    db.paperworkItem.findMany({ where: { umkmId }, select: ITEM_SELECT }),
  ]);
  const byType = new Map(items.map((item) => [item.documentTypeId, item]));
  return types.map(({ isActive: _active, ...documentType }) => {
    const item = byType.get(documentType.id);
    return { documentType, item: item ? toItemView(item) : null };
  });
}

/** The change history of a UMKM's paperwork, newest first (at most `take` entries). */
export async function listPaperworkHistory(
  user: SessionUser,
  umkmId: string,
  take = 100,
): Promise<PaperworkHistoryEntry[]> {
  assertPaperworkReadable(user, umkmId);
  const rows = await db.paperworkHistory.findMany({
    where: { item: { umkmId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(take, 500),
    select: {
      id: true,
      itemId: true,
      fromStatus: true,
      toStatus: true,
      changes: true,
      note: true,
      createdAt: true,
      changedBy: { select: { name: true } },
      item: { select: { documentType: { select: { code: true } } } },
    },
  });
  return rows.map(({ changedBy, item, changes, ...row }) => ({
    ...row,
    documentCode: item.documentType.code,
    actorName: changedBy?.name ?? null,
    changes: (changes ?? {}) as Record<string, [unknown, unknown]>,
  }));
}

/** Users who may be named as the assisting officer (active offices), by name. */
export async function listAssistingOfficers(user: SessionUser): Promise<{ id: string; name: string; role: Role }[]> {
  if (!hasRole(user, PAPERWORK_EDITORS)) throw new AppError("FORBIDDEN");
  return db.user.findMany({
    where: { isActive: true, role: { in: [...PAPERWORK_EDITORS] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

type Scan = { name: string; bytes: Uint8Array };

/** Checks a scan's size and (from its bytes) its type; returns its MIME type and extension. */
async function checkScan(scan: Scan): Promise<{ mime: string; extension: string }> {
  if (scan.bytes.byteLength === 0) throw fieldError("INVALID_INPUT", "scan", "scanEmpty");
  if (scan.bytes.byteLength > MAX_SCAN_BYTES) throw fieldError("INVALID_INPUT", "scan", "scanTooLarge");
  const detected = await fileTypeFromBuffer(scan.bytes);
  const extension = detected ? SCAN_TYPES[detected.mime] : undefined;
  if (!detected || !extension) throw fieldError("INVALID_INPUT", "scan", "scanType");
  return { mime: detected.mime, extension };
}

const dateOrNull = (iso: string | null) => (iso ? fromIsoDate(iso) : null);

/**
 * Records one UMKM's progress on one document (offices only): creates the item when the form
 * was loaded without one (`expectedVersion` 0) or updates it at `expectedVersion` (else
 * CONFLICT "stale": someone else saved first; nothing is written). The lifecycle rules of
 * lib/domain/paperwork-lifecycle.ts apply (no ISSUED without number and issue date, no expiry
 * before issue, the type's number format, EXPIRED only by the system; an expiring type's empty
 * expiry becomes issue date + validity). An optional scan (PDF/PNG/JPEG ≤ 10 MB, type from
 * its bytes) replaces the previous one. An NIB recorded as ISSUED is the UMKM's profile NIB
 * (one fact: the database fills an empty profile; a different filled one is refused). An item that becomes ISSUED resolves its document's
 * active assistance case and takes that case's officer as assisting officer when none is
 * named (trigger `paperwork_item_issued`). The item, its history entry (from/to status, field
 * changes, actor, note), the audit event and those follow-ups commit together.
 */
export async function savePaperworkItem(
  user: SessionUser,
  raw: unknown,
  scan?: Scan | null,
): Promise<{ id: string | null; version: number }> {
  if (!hasRole(user, PAPERWORK_EDITORS)) throw new AppError("FORBIDDEN");
  const parsed = paperworkUpdateSchema.safeParse(raw);
  if (!parsed.success)
    throw issuesError(
      "INVALID_INPUT",
      parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "form"), message: i.message })),
      "invalid",
    );
  const input = parsed.data;
  await assertUmkmExists(db, input.umkmId);
  const type = await db.documentType.findUnique({
    where: { id: input.documentTypeId },
    select: { id: true, code: true, expires: true, validityMonths: true, numberPattern: true },
  });
  if (!type) throw new AppError("NOT_FOUND");
  const officer = input.assistingOfficerId
    ? await db.user.findFirst({
        where: { id: input.assistingOfficerId, isActive: true, role: { in: [...PAPERWORK_EDITORS] } },
        select: { name: true },
      })
    : null;
  if (input.assistingOfficerId && !officer) throw fieldError("INVALID_INPUT", "assistingOfficerId", "officerInvalid");
  const scanType = scan ? await checkScan(scan) : null;
  const scanKey = scan && scanType ? `paperwork/${input.umkmId}/${randomUUID()}` : null;
  if (scan && scanKey) await fileStorage().put(scanKey, scan.bytes);
  let replacedScanKey: string | null = null;
  try {
    const result = await db.$transaction(async (tx) => {
      await setWriteContext(tx, { actorId: user.id, nibSource: "PAPERWORK" });
      const before = await tx.paperworkItem.findUnique({
        where: { umkmId_documentTypeId: { umkmId: input.umkmId, documentTypeId: input.documentTypeId } },
        select: { ...ITEM_SELECT, scanKey: true },
      });
      if ((before?.version ?? 0) !== input.expectedVersion) throw new AppError("CONFLICT", "stale");
      const from = before?.status ?? "NOT_STARTED";
      const { draft, issues } = checkPaperworkChange(
        from,
        { status: input.status, number: input.number, issuedOn: input.issuedOn, expiresOn: input.expiresOn },
        type,
        { today: todayIso() },
      );
      if (issues.length > 0) throw issuesError("INVALID_INPUT", issues);
      if (type.code === "NIB" && draft.status === "ISSUED" && draft.number)
        await assertNibFree(tx, input.umkmId, draft.number);
      const scanFileName =
        scan && scanType ? safeFileName(scan.name, scanType.extension, "pindaian") : (before?.scanFileName ?? null);
      const fields = {
        number: draft.number,
        issuer: input.issuer,
        issuedOn: draft.issuedOn,
        expiresOn: draft.expiresOn,
        assistingOfficer: officer?.name ?? null,
        notes: input.notes,
        scan: scanFileName,
      };
      const old = before
        ? {
            number: before.number,
            issuer: before.issuer,
            issuedOn: before.issuedOn ? toIsoDate(before.issuedOn) : null,
            expiresOn: before.expiresOn ? toIsoDate(before.expiresOn) : null,
            assistingOfficer: before.assistingOfficer?.name ?? null,
            notes: before.notes,
            scan: before.scanFileName,
          }
        : {
            number: null,
            issuer: null,
            issuedOn: null,
            expiresOn: null,
            assistingOfficer: null,
            notes: null,
            scan: null,
          };
      const changes = Object.fromEntries(
        Object.entries(fields)
          .filter(([key, value]) => old[key as keyof typeof old] !== value || (key === "scan" && scanKey))
          .map(([key, value]) => [key, [old[key as keyof typeof old], value]]),
      );
      const isTransition = from !== draft.status || !before;
      if (!isTransition && Object.keys(changes).length === 0 && !input.changeNote)
        return { id: before?.id ?? null, version: input.expectedVersion };
      // The facts now come from this form (an NIB recorded from the profile gets its real issue date here).
      const isRecordedHere = !before || "number" in changes || "issuedOn" in changes || from !== draft.status;
      const data = {
        ...(isRecordedHere ? { source: "PAPERWORK" as const } : {}),
        status: draft.status,
        number: draft.number,
        issuer: input.issuer,
        issuedOn: dateOrNull(draft.issuedOn),
        expiresOn: dateOrNull(draft.expiresOn),
        assistingOfficerId: input.assistingOfficerId,
        notes: input.notes,
        ...(scanKey && scanType ? { scanKey, scanFileName, scanMimeType: scanType.mime } : {}),
      };
      let id: string;
      if (before) {
        const { count } = await tx.paperworkItem.updateMany({
          where: { id: before.id, version: input.expectedVersion },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT", "stale");
        id = before.id;
        if (scanKey) replacedScanKey = before.scanKey;
      } else {
        id = (
          await tx.paperworkItem.create({
            data: { ...data, umkmId: input.umkmId, documentTypeId: input.documentTypeId },
            select: { id: true },
          })
        ).id;
      }
      await tx.paperworkHistory.create({
        data: {
          itemId: id,
          fromStatus: before?.status ?? null,
          toStatus: draft.status,
          changedById: user.id,
          changes,
          note: input.changeNote,
        },
      });
      await recordAuditEvent(
        {
          actorId: user.id,
          action: before ? "paperwork.update" : "paperwork.create",
          entityType: "paperwork_item",
          entityId: id,
          fromStatus: before?.status,
          toStatus: draft.status,
          reason: input.changeNote ?? undefined,
          data: { umkmId: input.umkmId, documentTypeId: type.id, documentCode: type.code, changes },
        },
        tx,
      );
      return { id, version: input.expectedVersion + 1 };
    });
    if (replacedScanKey) await fileStorage().delete(replacedScanKey);
    return result;
  } catch (error) {
    if (scanKey) await fileStorage().delete(scanKey); // no orphan file when nothing was saved
    if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002")
      throw new AppError("CONFLICT", "stale");
    throw error;
  }
}

/**
 * The ISSUED NIB item and the profile's NIB are one fact (migration `nib_one_fact`): the
 * database copies an issued NIB into an empty profile field (trigger `paperwork_item_issued`,
 * bumping the profile's version so a stale profile form cannot undo it). Here, before writing:
 * a number different from a filled profile NIB is refused (`nibMismatch`: the NIB is corrected
 * on the profile, and the item follows), as is an NIB registered to another UMKM.
 */
async function assertNibFree(tx: DbClient, umkmId: string, nib: string): Promise<void> {
  const umkm = await tx.umkm.findUnique({ where: { id: umkmId }, select: { nib: true } });
  if (umkm?.nib && umkm.nib !== nib) throw fieldError("INVALID_INPUT", "number", "nibMismatch");
  const other = await tx.umkm.findFirst({ where: { nib, id: { not: umkmId } }, select: { id: true } });
  if (other) throw fieldError("CONFLICT", "number", "nibTaken");
}

/**
 * A paperwork scan's bytes for a user allowed to read that UMKM's paperwork (offices, its
 * owner); NOT_FOUND for anyone else and for an item without a scan.
 */
export async function readPaperworkScan(
  user: SessionUser,
  itemId: string,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  if (!isUuid(itemId)) throw new AppError("NOT_FOUND");
  const scope = hasRole(user, PAPERWORK_EDITORS)
    ? {}
    : user.role === "UMKM_OWNER" && user.umkmId
      ? { umkmId: user.umkmId }
      : null;
  const row =
    scope &&
    (await db.paperworkItem.findFirst({
      where: { id: itemId, ...scope },
      select: { scanKey: true, scanFileName: true, scanMimeType: true },
    }));
  const bytes = row?.scanKey ? await fileStorage().get(row.scanKey) : null;
  if (!row || !bytes || !row.scanMimeType) throw new AppError("NOT_FOUND");
  return { fileName: row.scanFileName ?? "scan", mimeType: row.scanMimeType, bytes };
}
