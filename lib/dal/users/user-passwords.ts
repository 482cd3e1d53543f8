import "server-only";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import { recordAuditEvent } from "@/lib/dal/audit";
import { assertAdmin, assertUuid, type AuditContext } from "@/lib/dal/users/user-guards";
import { signInLimiter, type SignInLimiter } from "@/lib/dal/users/sign-in-limiter";
import type { SessionUser } from "@/lib/session-user";
import { passwordEmailIssue, passwordPolicyIssue } from "@/lib/validation/password";

/** The policy (length, common passwords, email) for `password` of the account with `email`. */
function assertPasswordAllowed(password: string, email: string, field: string): void {
  const issue = passwordPolicyIssue(password) ?? passwordEmailIssue(password, email);
  if (issue) throw fieldError("INVALID_INPUT", field, issue);
}

/**
 * Sets a temporary password chosen (or generated) by an admin. The user must change it at the
 * next sign-in, and every open session of theirs ends at its next request. ADMIN only; the
 * password itself is never written to the audit log.
 */
export async function resetPassword(
  actor: SessionUser,
  id: string,
  newPassword: string,
  context: AuditContext = {},
): Promise<void> {
  assertAdmin(actor);
  assertUuid(id);
  const target = await db.user.findUnique({ where: { id }, select: { email: true } });
  if (!target) throw new AppError("NOT_FOUND");
  assertPasswordAllowed(newPassword, target.email, "password");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(
      { actorId: actor.id, action: "user.reset_password", entityType: "user", entityId: id, ip: context.ip },
      tx,
    );
  });
}

/**
 * A signed-in user's own password change: checks the current password, applies the policy,
 * clears "must change password" and bumps the session version — every session, this one
 * included, ends; the UI signs the user out and asks them to sign in with the new password.
 * A wrong current password is refused next to its field, audited, and counted by the sign-in
 * limiter (the same per-account counter as sign-in, so a stolen session cannot be used to
 * guess the password faster); while the account is locked the change is refused (RATE_LIMITED).
 */
export async function changeOwnPassword(
  user: SessionUser,
  currentPassword: string,
  newPassword: string,
  context: AuditContext = {},
  limiter: SignInLimiter = signInLimiter(),
): Promise<void> {
  const row = await db.user.findFirst({
    where: { id: user.id, isActive: true },
    select: { email: true, passwordHash: true },
  });
  if (!row) throw new AppError("UNAUTHENTICATED");
  const ip = context.ip ?? null;
  const gate = await limiter.check(row.email, ip);
  if (!gate.allowed) {
    const minutes = Math.max(1, Math.ceil(gate.retryAfterSeconds / 60));
    throw fieldError("RATE_LIMITED", "form", `rateLimited|${minutes}`);
  }
  if (!(await verifyPassword(row.passwordHash, currentPassword))) {
    await recordAuditEvent({
      actorId: user.id,
      action: "user.change_password_failed",
      entityType: "user",
      entityId: user.id,
      reason: "wrong_current_password",
      ip,
    });
    await limiter.recordFailure(row.email, ip);
    throw fieldError("INVALID_INPUT", "currentPassword", "currentPasswordWrong");
  }
  await limiter.recordSuccess(row.email);
  if (newPassword === currentPassword) throw fieldError("INVALID_INPUT", "newPassword", "passwordUnchanged");
  assertPasswordAllowed(newPassword, row.email, "newPassword");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(
      { actorId: user.id, action: "user.change_password", entityType: "user", entityId: user.id, ip: context.ip },
      tx,
    );
  });
}
