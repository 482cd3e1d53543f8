import "server-only";
import { hasRole, UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { db, type DbClient } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { setWriteContext } from "@/lib/dal/write-context";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import { AppError, fieldError } from "@/lib/errors";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import type { SessionUser } from "@/lib/session-user";
import { OWNER_EDITABLE_FIELDS, type UmkmInput, type UmkmOwnerInput } from "@/lib/validation/umkm";
import { isUuid } from "@/lib/validation/ids";

export type UmkmProfile = {
  id: string;
  version: number;
  businessName: string;
  ownerName: string;
  phone: string | null;
  email: string | null;
  nib: string | null;
  npwp: string | null;
  kbliCodes: string[];
  kbliVersion: string;
  productsText: string;
  address: string | null;
  regencyCode: string;
  regencyName: string;
  districtCode: string;
  districtName: string;
  capitalRp: bigint;
  annualSalesRp: bigint;
  scale: UmkmScale;
  employees: number | null;
  yearEstablished: number | null;
  capacity: number;
  isActive: boolean;
  updatedAt: Date;
};

/**
 * Rows `user` may see: offices every UMKM, an UMKM_OWNER only its own, anyone else none
 * (so a forbidden profile is simply not found).
 */
function profileScope(user: SessionUser): { id?: string } | null {
  if (hasRole(user, UMKM_REGISTRY_ROLES)) return {};
  if (user.role === "UMKM_OWNER" && user.umkmId) return { id: user.umkmId };
  return null;
}

/**
 * The full profile with personal data (owner name, phone, e-mail): only offices and the
 * UMKM's own owner reach it. Throws NOT_FOUND for everybody else and for unknown ids.
 */
export async function getUmkmProfile(user: SessionUser, id: string): Promise<UmkmProfile> {
  const scope = profileScope(user);
  if (!scope || !isUuid(id)) throw new AppError("NOT_FOUND");
  const row = await db.umkm.findFirst({
    where: { AND: [{ id }, scope] },
    omit: { kbliPrefixes: true, createdById: true, createdAt: true },
    include: {
      regency: { select: { name: true } },
      district: { select: { name: true } },
      kbli: { select: { code: true, kbliVersion: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const { regency, district, kbli, ...fields } = row;
  return {
    ...fields,
    regencyName: regency.name,
    districtName: district.name,
    kbliCodes: kbli.map((k) => k.code).sort(),
    kbliVersion: kbli[0]?.kbliVersion ?? KBLI_VERSION,
  };
}

/** Column values of a validated input; the scale is always computed, never taken from input. */
function columnsOf(input: UmkmInput) {
  return {
    businessName: input.businessName,
    ownerName: input.ownerName,
    phone: input.phone ?? null,
    email: input.email ?? null,
    nib: input.nib ?? null,
    npwp: input.npwp ?? null,
    productsText: input.productsText,
    address: input.address ?? null,
    regencyCode: input.regencyCode,
    districtCode: input.districtCode,
    capitalRp: input.capitalRp,
    annualSalesRp: input.annualSalesRp,
    scale: classifyScale(input.capitalRp, input.annualSalesRp),
    employees: input.employees ?? null,
    yearEstablished: input.yearEstablished ?? null,
    capacity: input.capacity,
    isActive: input.isActive,
    kbliPrefixes: kbliPrefixesOf(input.kbliCodes),
  };
}

async function assertNibFree(tx: DbClient, nib: string | undefined, exceptId?: string): Promise<void> {
  if (!nib) return;
  const other = await tx.umkm.findFirst({
    where: { nib, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw fieldError("CONFLICT", "nib", "nibTaken");
}

/**
 * The profile's NIB and the UMKM's ISSUED NIB paperwork item are one fact (the database keeps
 * them so, migration `nib_one_fact`): an NIB can be corrected on the profile (the item follows),
 * but not removed while the item says it was issued — that would contradict the document.
 */
async function assertNibNotRemoved(tx: DbClient, id: string, nib: string | undefined): Promise<void> {
  if (nib) return;
  const issued = await tx.paperworkItem.findFirst({
    where: { umkmId: id, status: "ISSUED", documentType: { code: "NIB" } },
    select: { id: true },
  });
  if (issued) throw fieldError("INVALID_INPUT", "nib", "nibIssuedItem");
}

/** A unique-constraint race (two offices saving the same NIB at once) becomes the same CONFLICT. */
function mapUniqueViolation(error: unknown): never {
  if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
    throw fieldError("CONFLICT", "nib", "nibTaken");
  }
  throw error;
}

/**
 * Registers one UMKM (offices only) from input parsed by umkmInputSchema: scale from
 * classifyScale, KBLI prefixes from the codes, KBLI version 2020, and an audit event in the
 * same transaction. A NIB that is already registered → CONFLICT with `details.field = "nib"`.
 * An NIB becomes the UMKM's ISSUED NIB paperwork item (source PROFILE) at commit.
 */
export async function createUmkm(user: SessionUser, input: UmkmInput): Promise<{ id: string }> {
  if (!hasRole(user, UMKM_REGISTRY_ROLES)) throw new AppError("FORBIDDEN");
  return db
    .$transaction(async (tx) => {
      await setWriteContext(tx, { actorId: user.id, nibSource: "PROFILE" });
      await assertNibFree(tx, input.nib);
      const created = await tx.umkm.create({
        data: {
          ...columnsOf(input),
          createdById: user.id,
          kbli: { create: input.kbliCodes.map((code) => ({ kbliVersion: KBLI_VERSION, code })) },
        },
        select: { id: true, scale: true },
      });
      await recordAuditEvent(
        {
          actorId: user.id,
          action: "umkm.create",
          entityType: "umkm",
          entityId: created.id,
          data: { scale: created.scale },
        },
        tx,
      );
      return { id: created.id };
    })
    .catch(mapUniqueViolation);
}

/**
 * Saves a profile if nobody changed it since `expectedVersion` (else CONFLICT, nothing
 * written). Offices change every field; an UMKM_OWNER only its own UMKM's contact and
 * product fields (OWNER_EDITABLE_FIELDS) — any other field in its input is FORBIDDEN. The
 * scale is recomputed on every write; the audit event names the changed fields, not values.
 * A new or corrected NIB updates the ISSUED NIB paperwork item (source PROFILE); removing the
 * NIB while that item is ISSUED is refused next to the field (`nibIssuedItem`).
 */
export async function updateUmkm(
  user: SessionUser,
  id: string,
  input: UmkmInput | UmkmOwnerInput,
  expectedVersion: number,
): Promise<{ version: number }> {
  const scope = profileScope(user);
  if (!scope || !isUuid(id)) throw new AppError("NOT_FOUND");
  const isOwner = user.role === "UMKM_OWNER";
  if (isOwner) {
    const extra = Object.keys(input).filter((key) => !(OWNER_EDITABLE_FIELDS as readonly string[]).includes(key));
    if (extra.length > 0) throw new AppError("FORBIDDEN", "ownerFieldsOnly");
  }
  return db
    .$transaction(async (tx) => {
      const current = await tx.umkm.findFirst({ where: { AND: [{ id }, scope] }, select: { id: true } });
      if (!current) throw new AppError("NOT_FOUND");
      const full = isOwner ? null : (input as UmkmInput);
      const owner = input as UmkmOwnerInput;
      const data = full
        ? columnsOf(full)
        : {
            phone: owner.phone ?? null,
            email: owner.email ?? null,
            productsText: owner.productsText,
            address: owner.address ?? null,
          };
      if (full) {
        await setWriteContext(tx, { actorId: user.id, nibSource: "PROFILE" });
        await assertNibFree(tx, full.nib, id);
        await assertNibNotRemoved(tx, id, full.nib);
      }
      const { count } = await tx.umkm.updateMany({
        where: { id, version: expectedVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", "conflict");
      if (full) {
        await tx.umkmKbli.deleteMany({ where: { umkmId: id } });
        await tx.umkmKbli.createMany({
          data: full.kbliCodes.map((code) => ({ umkmId: id, kbliVersion: KBLI_VERSION, code })),
        });
      }
      await recordAuditEvent(
        {
          actorId: user.id,
          action: "umkm.update",
          entityType: "umkm",
          entityId: id,
          data: { fields: Object.keys(input) },
        },
        tx,
      );
      return { version: expectedVersion + 1 };
    })
    .catch(mapUniqueViolation);
}
