import "server-only";
import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { ALLOWED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_NEED } from "@/lib/domain/attachments";
import { safeFileName } from "@/lib/domain/file-names";
import { isEditable } from "@/lib/domain/need-lifecycle";
import { AppError, fieldError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { recordAuditEvent } from "@/lib/dal/audit";
import { needVisibilityWhere } from "@/lib/dal/needs/needs";
import { needEditWhere } from "@/lib/dal/needs/need-writes";
import { isUuid } from "@/lib/validation/ids";

const invalid = (message: string) => fieldError("INVALID_INPUT", "file", message);

/**
 * Attaches a file to a need `actor` may edit (NOT_FOUND otherwise). The type comes from the
 * bytes; anything but PDF, PNG, JPEG, DOCX or XLSX, an empty file or one over 10 MB is
 * refused. The bytes go to storage under a generated key, the row records the sanitised name, its
 * extension the detected type's (a PDF named `x.html` is stored as `x.pdf`).
 */
export async function addNeedAttachment(
  actor: Actor,
  needId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<{ id: string }> {
  if (!isUuid(needId)) throw new AppError("NOT_FOUND");
  const need = await db.supplyNeed.findFirst({
    where: { AND: [{ id: needId }, needEditWhere(actor)] },
    select: { id: true, status: true, _count: { select: { attachments: true } } },
  });
  if (!need) throw new AppError("NOT_FOUND");
  if (!isEditable(need.status)) throw new AppError("CONFLICT", "notEditable");
  if (need._count.attachments >= MAX_ATTACHMENTS_PER_NEED) throw invalid("tooManyFiles");
  if (file.bytes.byteLength === 0) throw invalid("fileEmpty");
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw invalid("fileTooLarge");
  const detected = await fileTypeFromBuffer(file.bytes);
  const extension = detected ? ALLOWED_ATTACHMENT_TYPES[detected.mime] : undefined;
  if (!detected || !extension) throw invalid("fileType");
  const storageKey = `needs/${needId}/${randomUUID()}`;
  await fileStorage().put(storageKey, file.bytes);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.needAttachment.create({
        data: {
          needId,
          storageKey,
          fileName: safeFileName(file.name, extension, "lampiran"),
          mimeType: detected.mime,
          sizeBytes: file.bytes.byteLength,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      await recordAuditEvent(
        {
          actorId: actor.id,
          action: "need.attachment_add",
          entityType: "supply_need",
          entityId: needId,
          data: { attachmentId: row.id, mimeType: detected.mime, sizeBytes: file.bytes.byteLength },
        },
        tx,
      );
      return row;
    });
  } catch (error) {
    await fileStorage().delete(storageKey); // no orphan file when the row was not written
    throw error;
  }
}

/** An attachment's bytes for a user allowed to see its need; NOT_FOUND otherwise. */
export async function readNeedAttachment(
  actor: Actor,
  needId: string,
  attachmentId: string,
): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
  if (!isUuid(needId) || !isUuid(attachmentId)) throw new AppError("NOT_FOUND");
  const row = await db.needAttachment.findFirst({
    where: { id: attachmentId, needId, need: needVisibilityWhere(actor) },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  const bytes = row ? await fileStorage().get(row.storageKey) : null;
  if (!row || !bytes) throw new AppError("NOT_FOUND");
  return { fileName: row.fileName, mimeType: row.mimeType, bytes };
}

/** Removes an attachment from a need `actor` may edit; the file goes after the row. */
export async function deleteNeedAttachment(actor: Actor, needId: string, attachmentId: string): Promise<void> {
  if (!isUuid(needId) || !isUuid(attachmentId)) throw new AppError("NOT_FOUND");
  const row = await db.needAttachment.findFirst({
    where: { id: attachmentId, needId, need: needEditWhere(actor) },
    select: { id: true, storageKey: true, need: { select: { status: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (!isEditable(row.need.status)) throw new AppError("CONFLICT", "notEditable");
  await db.$transaction(async (tx) => {
    await tx.needAttachment.delete({ where: { id: row.id } });
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: "need.attachment_delete",
        entityType: "supply_need",
        entityId: needId,
        data: { attachmentId },
      },
      tx,
    );
  });
  await fileStorage().delete(row.storageKey);
}
