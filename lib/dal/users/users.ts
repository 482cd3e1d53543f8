import "server-only";
import { db, type DbClient } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { recordAuditEvent } from "@/lib/dal/audit";
import {
  assertAdmin,
  assertUuid,
  isUniqueViolation,
  parseOrThrow,
  type AuditContext,
} from "@/lib/dal/users/user-guards";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import {
  userCreateSchema,
  userUpdateSchema,
  type UserCreateInput,
  type UserListFilter,
  type UserUpdateInput,
} from "@/lib/validation/users";

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  mustChangePassword: boolean;
  scope: string | null;
  lastSignInAt: Date | null;
};

/** The list is for finding an account, not for paging through thousands: refine the search beyond this. */
export const USER_LIST_LIMIT = 200;

/**
 * User accounts (with the firm or UMKM they belong to), optionally filtered by role and by a
 * case-insensitive search in name and email, at most USER_LIST_LIMIT rows. ADMIN only.
 */
export async function listUsers(actor: SessionUser, filter: UserListFilter = {}): Promise<UserListItem[]> {
  assertAdmin(actor);
  const where: Prisma.UserWhereInput = {
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: "insensitive" } },
            { email: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const rows = await db.user.findMany({
    where,
    orderBy: [{ role: "asc" }, { email: "asc" }],
    take: USER_LIST_LIMIT,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      isActive: true,
      mustChangePassword: true,
      lastSignInAt: true,
      company: { select: { name: true } },
      umkm: { select: { businessName: true } },
    },
  });
  return rows.map(({ company, umkm, ...row }) => ({ ...row, scope: company?.name ?? umkm?.businessName ?? null }));
}

/** The firm must exist and be active, the UMKM must exist and be active (refused next to the field otherwise). */
async function assertAssignable(
  tx: DbClient,
  input: { companyId: string | null; umkmId: string | null },
): Promise<void> {
  if (
    input.companyId &&
    !(await tx.company.findFirst({ where: { id: input.companyId, isActive: true }, select: { id: true } }))
  ) {
    throw fieldError("INVALID_INPUT", "companyId", "companyNotFound");
  }
  if (
    input.umkmId &&
    !(await tx.umkm.findFirst({ where: { id: input.umkmId, isActive: true }, select: { id: true } }))
  ) {
    throw fieldError("INVALID_INPUT", "umkmId", "umkmNotFound");
  }
}

/**
 * Creates an account with the initial password the admin chose; the user must change it at
 * first sign-in. ADMIN only. A taken email is a CONFLICT on the email field.
 */
export async function createUser(
  actor: SessionUser,
  input: UserCreateInput,
  context: AuditContext = {},
): Promise<{ id: string }> {
  assertAdmin(actor);
  const data = parseOrThrow(userCreateSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      await assertAssignable(tx, data);
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          role: data.role,
          companyId: data.companyId,
          umkmId: data.umkmId,
          passwordHash,
          mustChangePassword: true,
        },
        select: { id: true },
      });
      await recordAuditEvent(
        {
          actorId: actor.id,
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          ip: context.ip,
          data: { email: data.email, name: data.name, role: data.role, companyId: data.companyId, umkmId: data.umkmId },
        },
        tx,
      );
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("CONFLICT", "email", "emailTaken");
    throw error;
  }
}

const EDITABLE = ["name", "role", "companyId", "umkmId"] as const;

/**
 * Changes name, role and firm/UMKM of an account, if it is still at `input.version` (otherwise
 * CONFLICT: someone else changed it). A role or firm/UMKM change bumps the session version, so
 * the user's open sessions end at their next request. An admin cannot remove their own ADMIN role.
 */
export async function updateUser(
  actor: SessionUser,
  id: string,
  input: UserUpdateInput,
  context: AuditContext = {},
): Promise<{ version: number }> {
  assertAdmin(actor);
  assertUuid(id);
  const data = parseOrThrow(userUpdateSchema, input);
  if (id === actor.id && data.role !== "ADMIN") throw fieldError("INVALID_INPUT", "role", "cannotDemoteSelf");
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id },
      select: { name: true, role: true, companyId: true, umkmId: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await assertAssignable(tx, data);
    const changed = Object.fromEntries(
      EDITABLE.filter((field) => before[field] !== data[field]).map((field) => [
        field,
        { from: before[field], to: data[field] },
      ]),
    );
    const revokesSessions = "role" in changed || "companyId" in changed || "umkmId" in changed;
    const { count } = await tx.user.updateMany({
      where: { id, version: data.version },
      data: {
        name: data.name,
        role: data.role,
        companyId: data.companyId,
        umkmId: data.umkmId,
        version: { increment: 1 },
        ...(revokesSessions ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    if (count === 0) throw fieldError("CONFLICT", "form", "staleVersion");
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: "user.update",
        entityType: "user",
        entityId: id,
        ip: context.ip,
        data: { changed, sessionsRevoked: revokesSessions },
      },
      tx,
    );
    return { version: data.version + 1 };
  });
}

/**
 * Disables or re-enables an account. Disabling ends the user's sessions at their next request
 * (session version bump); an admin cannot disable themselves. Setting the current state again
 * changes nothing and writes no audit event.
 */
export async function setUserActive(
  actor: SessionUser,
  id: string,
  active: boolean,
  context: AuditContext = {},
): Promise<void> {
  assertAdmin(actor);
  assertUuid(id);
  if (id === actor.id && !active) throw fieldError("INVALID_INPUT", "form", "cannotDisableSelf");
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { isActive: true } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.isActive === active) return;
    await tx.user.update({
      where: { id },
      data: { isActive: active, version: { increment: 1 }, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: active ? "user.enable" : "user.disable",
        entityType: "user",
        entityId: id,
        ip: context.ip,
        fromStatus: active ? "DISABLED" : "ACTIVE",
        toStatus: active ? "ACTIVE" : "DISABLED",
      },
      tx,
    );
  });
}

export type UserEdit = {
  id: string;
  email: string;
  name: string;
  role: Role;
  companyId: string | null;
  umkm: { id: string; businessName: string } | null;
  isActive: boolean;
  mustChangePassword: boolean;
  version: number;
  lastSignInAt: Date | null;
  createdAt: Date;
};

/** One account as the edit form needs it (never the password hash); NOT_FOUND for unknown ids. ADMIN only. */
export async function getUserForEdit(actor: SessionUser, id: string): Promise<UserEdit> {
  assertAdmin(actor);
  assertUuid(id);
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      companyId: true,
      isActive: true,
      mustChangePassword: true,
      version: true,
      lastSignInAt: true,
      createdAt: true,
      umkm: { select: { id: true, businessName: true } },
    },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

// Passwords and picker look-ups live in their own files (small files); re-exported so the
// whole user-administration data layer is found here.
export { changeOwnPassword, resetPassword } from "@/lib/dal/users/user-passwords";
export {
  listCompanyOptions,
  searchUmkmOptions,
  type CompanyOption,
  type UmkmOption,
} from "@/lib/dal/users/user-options";
export type { AuditContext } from "@/lib/dal/users/user-guards";
