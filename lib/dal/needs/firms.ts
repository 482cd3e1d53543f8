import "server-only";
import { FIRM_REGISTRY_ROLES, hasRole } from "@/lib/access/roles";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/dal/audit";
import { firmSearchSchema, type FirmInput } from "@/lib/validation/firms";
import { isUuid } from "@/lib/validation/ids";

function assertRegistryRole(actor: Actor): void {
  if (!hasRole(actor, FIRM_REGISTRY_ROLES)) throw new AppError("FORBIDDEN");
}

export type FirmListItem = {
  id: string;
  name: string;
  legalName: string;
  sector: string;
  investmentType: string;
  regency: string;
  isActive: boolean;
  needCount: number;
};
export type FirmDetail = FirmInput & {
  id: string;
  regency: string;
  isActive: boolean;
  version: number;
  needCount: number;
};
export type FirmOption = { id: string; name: string };

/**
 * The firms registry for PMPTSP officers and admins, by name, optionally searched by name,
 * legal name or sector (case-insensitive). Firms number in the hundreds, so one page of 200.
 * A query `firmSearchSchema` refuses (a NUL, too long) is INVALID_INPUT with its message key.
 */
export async function listFirms(actor: Actor, query?: string): Promise<FirmListItem[]> {
  assertRegistryRole(actor);
  const search = firmSearchSchema.safeParse(query ?? "");
  if (!search.success) throw fieldError("INVALID_INPUT", "q", search.error.issues[0]?.message ?? "invalid");
  const q = search.data;
  const rows = await db.company.findMany({
    where: q
      ? {
          OR: ["name", "legalName", "sector"].map((field) => ({
            [field]: { contains: q, mode: "insensitive" as const },
          })),
        }
      : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      legalName: true,
      sector: true,
      investmentType: true,
      isActive: true,
      regency: { select: { name: true } },
      _count: { select: { needs: true } },
    },
  });
  return rows.map(({ regency, _count, ...row }) => ({ ...row, regency: regency.name, needCount: _count.needs }));
}

/** One firm of the registry (officers and admins); NOT_FOUND for an unknown id. */
export async function getFirm(actor: Actor, id: string): Promise<FirmDetail> {
  assertRegistryRole(actor);
  const row = isUuid(id)
    ? await db.company.findUnique({
        where: { id },
        include: { regency: { select: { name: true } }, _count: { select: { needs: true } } },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND");
  return {
    id: row.id,
    name: row.name,
    legalName: row.legalName,
    sector: row.sector,
    investmentType: row.investmentType,
    regencyCode: row.regencyCode,
    regency: row.regency.name,
    address: row.address,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    isActive: row.isActive,
    version: row.version,
    needCount: row._count.needs,
  };
}

/**
 * Firms `actor` may pick in filters and forms: every active firm for officers, admins and
 * Diskop staff (firm names are public), only their own for a firm's staff.
 */
export async function listFirmOptions(actor: Actor): Promise<FirmOption[]> {
  if (actor.role === "UMKM_OWNER") throw new AppError("FORBIDDEN");
  const where = actor.role === "COMPANY_STAFF" ? { id: actor.companyId ?? "" } : { isActive: true };
  return db.company.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

async function assertRegency(code: string): Promise<void> {
  if (!(await db.regency.findUnique({ where: { code }, select: { code: true } }))) {
    throw fieldError("INVALID_INPUT", "regencyCode", "regencyRequired");
  }
}

function duplicateLegalName(error: unknown): AppError | null {
  const isUnique = typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
  return isUnique ? fieldError("INVALID_INPUT", "legalName", "legalNameTaken") : null;
}

/** Adds a firm to the registry (officers and admins), audited as `firm.create`. */
export async function createFirm(actor: Actor, input: FirmInput): Promise<{ id: string }> {
  assertRegistryRole(actor);
  await assertRegency(input.regencyCode);
  try {
    return await db.$transaction(async (tx) => {
      const firm = await tx.company.create({ data: input, select: { id: true } });
      await recordAuditEvent(
        { actorId: actor.id, action: "firm.create", entityType: "company", entityId: firm.id },
        tx,
      );
      return firm;
    });
  } catch (error) {
    throw duplicateLegalName(error) ?? error;
  }
}

/** Updates a firm if it is still at `expectedVersion` (else CONFLICT "stale", nothing written). */
export async function updateFirm(
  actor: Actor,
  id: string,
  input: FirmInput,
  expectedVersion: number,
): Promise<{ version: number }> {
  assertRegistryRole(actor);
  await getFirm(actor, id);
  await assertRegency(input.regencyCode);
  try {
    return await db.$transaction(async (tx) => {
      const { count } = await tx.company.updateMany({
        where: { id, version: expectedVersion },
        data: { ...input, version: { increment: 1 } },
      });
      if (count !== 1) throw new AppError("CONFLICT", "stale");
      await recordAuditEvent({ actorId: actor.id, action: "firm.update", entityType: "company", entityId: id }, tx);
      return { version: expectedVersion + 1 };
    });
  } catch (error) {
    throw duplicateLegalName(error) ?? error;
  }
}
