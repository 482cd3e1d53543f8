import "server-only";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/password";
import { recordAuditEvent } from "@/lib/dal/audit";
import type { SessionUser } from "@/lib/session-user";

// Verifying against a real argon2id hash when the email is unknown keeps the response time
// the same, so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword(crypto.randomUUID()));

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  companyId: true,
  umkmId: true,
  mustChangePassword: true,
} as const;

export type AuthenticatedUser = SessionUser & { sessionVersion: number };

/**
 * Checks an email + password. Returns the user (with its session version, which the token
 * carries) or null; records success or failure as an audit event either way.
 */
export async function authenticateWithPassword(
  email: string,
  password: string,
  ip: string | null,
): Promise<AuthenticatedUser | null> {
  const normalised = email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email: normalised },
    select: { ...sessionUserSelect, passwordHash: true, isActive: true, sessionVersion: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !isValid || !user.isActive) {
    await recordAuditEvent({
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id,
      reason: !user ? "unknown_email" : !isValid ? "wrong_password" : "disabled",
      ip,
      data: { email: normalised },
    });
    return null;
  }
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAuditEvent({ actorId: user.id, action: "auth.sign_in", entityType: "user", entityId: user.id, ip });
  const { passwordHash: _hash, isActive: _active, ...rest } = user;
  return rest;
}

/**
 * Resolves a token's user id and session version to the current user, or null when the user
 * is gone, disabled or the token predates a role change / password reset / disable.
 */
export async function loadSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id: userId, isActive: true, sessionVersion },
    select: sessionUserSelect,
  });
  return user;
}
