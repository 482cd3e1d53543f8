import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { AppError, fieldError, issuesError } from "@/lib/errors";
import type { DocumentTypeReference } from "@/lib/reference/document-types";
import type { SessionUser } from "@/lib/session-user";
import { documentTypeInputSchema, type DocumentTypeInput } from "@/lib/validation/document-types";
import { isUuid } from "@/lib/validation/ids";

export type DocumentTypeView = DocumentTypeInput & { id: string; version: number };

/** A document type with what the paperwork forms and checklists need: its reference fields, id and state. */
export type DocumentTypeSummary = DocumentTypeReference & { id: string; isActive: boolean };

const SELECT = {
  id: true,
  code: true,
  nameId: true,
  nameEn: true,
  issuer: true,
  expires: true,
  validityMonths: true,
  numberPattern: true,
  kbliPrefixes: true,
  stepsId: true,
  stepsEn: true,
  isActive: true,
  sortOrder: true,
  version: true,
} as const;

function requireAdmin(user: SessionUser): void {
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN");
}

/** Every document type, active or not, in sort order (ADMIN's reference-data list). */
export async function listDocumentTypesForAdmin(user: SessionUser): Promise<DocumentTypeView[]> {
  requireAdmin(user);
  return db.documentType.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }], select: SELECT });
}

/** One document type for the ADMIN edit form; NOT_FOUND for an unknown id. */
export async function getDocumentTypeForAdmin(user: SessionUser, id: string): Promise<DocumentTypeView> {
  requireAdmin(user);
  const row = isUuid(id) ? await db.documentType.findUnique({ where: { id }, select: SELECT }) : null;
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/**
 * Active document types in sort order, for the paperwork pages (reference data: not
 * personal, so any signed-in caller that reached a paperwork page may read it).
 */
export async function listActiveDocumentTypes(): Promise<DocumentTypeSummary[]> {
  const rows = await db.documentType.findMany({
    where: { isActive: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: SELECT,
  });
  return rows.map(({ version: _version, ...row }) => row);
}

const codeTaken = () => fieldError("CONFLICT", "code", "codeTaken");
const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

/** Field changes { field: [before, after] } between two views (only the fields that differ). */
function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changes[key] = [before[key] ?? null, value];
  }
  return changes;
}

/**
 * ADMIN creates a document type (no `id`) or saves one at `expectedVersion` (else CONFLICT
 * "changed by someone else"; nothing is written). The input is parsed again here; a taken
 * code is a CONFLICT on the code field, and an existing type's code never changes. Audited in the same transaction with the changed fields.
 */
export async function saveDocumentType(
  user: SessionUser,
  raw: unknown,
  target?: { id: string; expectedVersion: number },
): Promise<{ id: string; version: number }> {
  requireAdmin(user);
  const parsed = documentTypeInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw issuesError(
      "INVALID_INPUT",
      parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? "form"), message: i.message })),
      "invalid",
    );
  }
  const input = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if (!target) {
        const created = await tx.documentType.create({ data: input, select: { id: true, version: true } });
        await recordAuditEvent(
          {
            actorId: user.id,
            action: "document_type.create",
            entityType: "document_type",
            entityId: created.id,
            data: { code: input.code },
          },
          tx,
        );
        return created;
      }
      if (!isUuid(target.id)) throw new AppError("NOT_FOUND");
      const before = await tx.documentType.findUnique({ where: { id: target.id }, select: SELECT });
      if (!before) throw new AppError("NOT_FOUND");
      // The code is the stable key (seed upserts, NIB rules, imports): fixed once created.
      if (before.code !== input.code) throw fieldError("INVALID_INPUT", "code", "codeFixed");
      const { count } = await tx.documentType.updateMany({
        where: { id: target.id, version: target.expectedVersion },
        data: { ...input, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", "stale");
      const { id: _id, version: _v, ...old } = before;
      await recordAuditEvent(
        {
          actorId: user.id,
          action: "document_type.update",
          entityType: "document_type",
          entityId: target.id,
          data: { code: input.code, changes: JSON.parse(JSON.stringify(diff(old, input))) },
        },
        tx,
      );
      return { id: target.id, version: target.expectedVersion + 1 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}
