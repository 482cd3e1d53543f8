import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { assertAdmin, assertUuid, type AuditContext } from "@/lib/dal/users/user-guards";
import { AppError, fieldError } from "@/lib/errors";
import { signInLimiter, type SignInLimiter } from "@/lib/dal/users/sign-in-limiter";
import type { SessionUser } from "@/lib/session-user";

async function emailOf(id: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id }, select: { email: true } });
  if (!user) throw new AppError("NOT_FOUND");
  return user.email;
}

/**
 * When the sign-in lock of account `id` ends (too many failed sign-ins,
 * lib/dal/users/sign-in-limiter.ts), or null when it is not locked. ADMIN only; NOT_FOUND for
 * unknown ids.
 */
export async function getAccountLock(
  actor: SessionUser,
  id: string,
  limiter: SignInLimiter = signInLimiter(),
): Promise<Date | null> {
  assertAdmin(actor);
  assertUuid(id);
  return limiter.accountLockedUntil(await emailOf(id));
}

/**
 * Lifts the sign-in lock of account `id` before it runs out (ADMIN only), audited as
 * `user.unlock` with the time the lock would have ended. CONFLICT `notLocked` when there is no
 * lock. The counter is written by the limiter's library, outside any Prisma transaction, so
 * this is not one transaction: the audit row is written first — an unlock is never unrecorded
 * (if the unlock then fails, the row names an attempt and the admin sees an error).
 */
export async function unlockAccount(
  actor: SessionUser,
  id: string,
  context: AuditContext = {},
  limiter: SignInLimiter = signInLimiter(),
): Promise<void> {
  assertAdmin(actor);
  assertUuid(id);
  const email = await emailOf(id);
  const lockedUntil = await limiter.accountLockedUntil(email);
  if (!lockedUntil) throw fieldError("CONFLICT", "form", "notLocked");
  await recordAuditEvent({
    actorId: actor.id,
    action: "user.unlock",
    entityType: "user",
    entityId: id,
    ip: context.ip,
    data: { lockedUntil: lockedUntil.toISOString() },
  });
  await limiter.unlockAccount(email);
}
