import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { fieldError } from "@/lib/errors";
import { hashPassword } from "@/lib/password";
import { recordAuditEvent } from "@/lib/dal/audit";
import { appRateLimitPool, rateLimitCounter, type RateLimitPool } from "@/lib/dal/api/rate-limits";
import { signInLimiter, type SignInLimiter } from "@/lib/dal/users/sign-in-limiter";
import { passwordEmailIssue, passwordPolicyIssue } from "@/lib/validation/password";

/**
 * Self-service password reset by email. A request answers the same whether or not the account
 * exists (no enumeration); for an active account it stores the SHA-256 of a new random token
 * (30 minutes, single use; any older outstanding link of the user stops working) and returns
 * the token for the mail — the caller (lib/security/password-reset.ts) sends it. Requests are
 * limited per email and per IP on the `rate_limits` table; requests and completed resets are
 * audit events, never with the token.
 */

export const RESET_TOKEN_MINUTES = 30;

export type PasswordResetLimits = {
  perEmail: number;
  perIp: number;
  windowSeconds: number;
};

export const DEFAULT_PASSWORD_RESET_LIMITS: PasswordResetLimits = { perEmail: 3, perIp: 20, windowSeconds: 60 * 60 };

/** The per-email and per-IP counters of reset requests (every request counts, known email or not). */
export type PasswordResetLimiter = {
  /** Counts one request; the seconds to wait when the email or the IP is over its limit, else null. */
  consume(email: string, ip: string | null): Promise<number | null>;
};

const emailKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

async function consumeOne(limiter: RateLimiterPostgres, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    throw result;
  }
}

export function createPasswordResetLimiter(
  pool: RateLimitPool,
  overrides: Partial<PasswordResetLimits> = {},
): PasswordResetLimiter {
  const limits = { ...DEFAULT_PASSWORD_RESET_LIMITS, ...overrides };
  const emails = rateLimitCounter(pool, {
    keyPrefix: "pwreset_email",
    points: limits.perEmail,
    duration: limits.windowSeconds,
  });
  const ips = rateLimitCounter(pool, { keyPrefix: "pwreset_ip", points: limits.perIp, duration: limits.windowSeconds });
  return {
    async consume(email, ip) {
      const address = ip ? await consumeOne(ips, ip) : null;
      if (address !== null) return address;
      return consumeOne(emails, emailKey(email));
    },
  };
}

const globalForLimiter = globalThis as unknown as { passwordResetLimiter?: PasswordResetLimiter };

/** The app's reset limiter, on the shared Prisma client's pool. */
export function passwordResetLimiter(): PasswordResetLimiter {
  globalForLimiter.passwordResetLimiter ??= createPasswordResetLimiter(appRateLimitPool());
  return globalForLimiter.passwordResetLimiter;
}

export type ResetMailTarget = { email: string; name: string; locale: string; token: string };

type RequestOptions = { ip?: string | null; now?: Date; limiter?: PasswordResetLimiter };

/**
 * A reset request for `email`. Over the limit: AppError RATE_LIMITED (`rateLimited|<minutes>`),
 * the same for known and unknown addresses. Otherwise the mail to send (an active account) or
 * null (no such active account) — the caller answers both the same way.
 */
export async function requestPasswordReset(
  email: string,
  options: RequestOptions = {},
): Promise<ResetMailTarget | null> {
  const normalised = email.trim().toLowerCase();
  const ip = options.ip ?? null;
  const wait = await (options.limiter ?? passwordResetLimiter()).consume(normalised, ip);
  if (wait !== null) throw fieldError("RATE_LIMITED", "form", `rateLimited|${Math.max(1, Math.ceil(wait / 60))}`);
  const user = await db.user.findFirst({
    where: { email: normalised, isActive: true },
    select: { id: true, email: true, name: true, locale: true },
  });
  if (!user) {
    await recordAuditEvent({
      action: "auth.password_reset_requested",
      reason: "unknown_account",
      ip,
      data: { email: normalised },
    });
    return null;
  }
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: tokenHash(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000),
      },
    });
    await recordAuditEvent(
      { actorId: user.id, action: "auth.password_reset_requested", entityType: "user", entityId: user.id, ip },
      tx,
    );
  });
  return { email: user.email, name: user.name, locale: user.locale, token };
}

/** A token that is well-formed (43 base64url characters) — anything else is never looked up. */
function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

async function findUsable(token: string, now: Date) {
  if (!isTokenShaped(token)) return null;
  return db.passwordResetToken.findFirst({
    where: { tokenHash: tokenHash(token), usedAt: null, expiresAt: { gt: now }, user: { isActive: true } },
    select: { id: true, userId: true, user: { select: { email: true } } },
  });
}

/** Whether the reset page should offer the form for `token` (unused, unexpired, active account). */
export async function isPasswordResetTokenUsable(token: string, now: Date = new Date()): Promise<boolean> {
  return (await findUsable(token, now)) !== null;
}

const invalidLink = () => fieldError("INVALID_INPUT", "form", "resetLinkInvalid");

/**
 * Sets a new password with a reset token: the password policy (as the password change), then in
 * one transaction the token is spent (a conditional update, so two tabs cannot both use it),
 * every other outstanding token of the user is spent too, the session version is bumped (every
 * open session ends) and "must change password" cleared, and `auth.password_reset_completed` is
 * audited. The account's sign-in failure counter is cleared (the reset proved the mailbox).
 * A wrong, used or expired token is the form error `resetLinkInvalid`.
 */
export async function completePasswordReset(
  token: string,
  newPassword: string,
  options: { ip?: string | null; now?: Date; limiter?: SignInLimiter } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const row = await findUsable(token, now);
  if (!row) throw invalidLink();
  const issue = passwordPolicyIssue(newPassword) ?? passwordEmailIssue(newPassword, row.user.email);
  if (issue) throw fieldError("INVALID_INPUT", "newPassword", issue);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw invalidLink();
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(
      {
        actorId: row.userId,
        action: "auth.password_reset_completed",
        entityType: "user",
        entityId: row.userId,
        ip: options.ip ?? null,
      },
      tx,
    );
  });
  await (options.limiter ?? signInLimiter()).recordSuccess(row.user.email);
}
