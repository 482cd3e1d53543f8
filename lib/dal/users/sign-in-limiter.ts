import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { appRateLimitPool, rateLimitCounter, type RateLimitPool } from "@/lib/dal/api/rate-limits";

/**
 * Sign-in brute-force policy. Defaults: 5 consecutive failures on one account lock it for 15
 * minutes; 50 failures from one IP within an hour lock that IP out until the hour ends.
 * Only failures count: successful sign-ins (all e2e browsers share 127.0.0.1) never use up the
 * per-IP allowance, and a success resets the account's counter but not the IP's (an attacker
 * holding one valid account must not be able to reset the IP counter between guesses).
 */
export type SignInLimits = {
  accountMaxFailures: number;
  accountLockSeconds: number;
  /** How long consecutive failures are remembered when no success resets them. */
  accountWindowSeconds: number;
  ipMaxFailures: number;
  ipWindowSeconds: number;
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  accountMaxFailures: 5,
  accountLockSeconds: 15 * 60,
  accountWindowSeconds: 24 * 60 * 60,
  ipMaxFailures: 50,
  ipWindowSeconds: 60 * 60,
};

export type SignInGate = { allowed: true } | { allowed: false; scope: "account" | "ip"; retryAfterSeconds: number };

export type SignInLimiter = {
  /** Whether a sign-in for `email` from `ip` may even be tried (checked before the password). */
  check(email: string, ip: string | null): Promise<SignInGate>;
  /** Counts a failed attempt; locks the account / IP (and audits it) when a limit is reached. */
  recordFailure(email: string, ip: string | null): Promise<void>;
  /** A successful sign-in clears the account's consecutive-failure counter. */
  recordSuccess(email: string): Promise<void>;
  /** When the account's lock ends, or null when it is not locked (the user page shows it). */
  accountLockedUntil(email: string): Promise<Date | null>;
  /** Lifts the account's lock and clears its failures (an ADMIN's unlock); true when it was locked. */
  unlockAccount(email: string): Promise<boolean>;
};

// The key is a hash of the normalised email: fixed length (the column is varchar(255)), and
// the table does not become a list of addresses people tried. Unknown emails are limited
// exactly like real ones, so lockouts do not reveal which accounts exist.
const accountKey = (email: string) => createHash("sha256").update(email.trim().toLowerCase()).digest("hex");

/** Resolves consume() whether or not it went over the limit (it rejects with the result then). */
async function countFailure(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) return result;
    throw result;
  }
}

async function auditLockout(email: string, ip: string | null, scope: "account" | "ip", seconds: number): Promise<void> {
  const normalised = email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email: normalised }, select: { id: true } });
  await recordAuditEvent({
    actorId: user?.id ?? null,
    action: "auth.locked_out",
    entityType: scope === "account" ? "user" : "ip",
    entityId: scope === "account" ? user?.id : (ip ?? undefined),
    reason: scope,
    ip,
    data: { email: normalised, lockSeconds: seconds },
  });
}

/** A limiter on `pool`'s database (the `rate_limits` table, lib/dal/api/rate-limits.ts). */
export function createSignInLimiter(pool: RateLimitPool, overrides: Partial<SignInLimits> = {}): SignInLimiter {
  const limits = { ...DEFAULT_SIGN_IN_LIMITS, ...overrides };
  const accounts = rateLimitCounter(pool, {
    keyPrefix: "signin_account",
    points: limits.accountMaxFailures,
    duration: limits.accountWindowSeconds,
  });
  const ips = rateLimitCounter(pool, {
    keyPrefix: "signin_ip",
    points: limits.ipMaxFailures,
    duration: limits.ipWindowSeconds,
  });

  // The one rule for "this account is locked", used by check, the user page and unlock.
  const isLocked = (account: RateLimiterRes | null): account is RateLimiterRes =>
    account !== null && account.consumedPoints >= limits.accountMaxFailures && account.msBeforeNext > 0;

  return {
    async check(email, ip) {
      const [account, address] = await Promise.all([accounts.get(accountKey(email)), ip ? ips.get(ip) : null]);
      if (isLocked(account)) {
        return { allowed: false, scope: "account", retryAfterSeconds: Math.ceil(account.msBeforeNext / 1000) };
      }
      if (address && address.consumedPoints >= limits.ipMaxFailures) {
        return { allowed: false, scope: "ip", retryAfterSeconds: Math.ceil(address.msBeforeNext / 1000) };
      }
      return { allowed: true };
    },

    async recordFailure(email, ip) {
      const key = accountKey(email);
      const account = await countFailure(accounts, key);
      // The upsert is atomic, so exactly one concurrent failure sees the count reach the limit:
      // one lock, one audit event.
      if (account.consumedPoints === limits.accountMaxFailures) {
        await accounts.block(key, limits.accountLockSeconds);
        await auditLockout(email, ip, "account", limits.accountLockSeconds);
      }
      if (!ip) return;
      const address = await countFailure(ips, ip);
      if (address.consumedPoints === limits.ipMaxFailures) {
        await auditLockout(email, ip, "ip", Math.ceil(address.msBeforeNext / 1000));
      }
    },

    async recordSuccess(email) {
      await accounts.delete(accountKey(email));
    },

    async accountLockedUntil(email) {
      const account = await accounts.get(accountKey(email));
      return isLocked(account) ? new Date(Date.now() + account.msBeforeNext) : null;
    },

    async unlockAccount(email) {
      const key = accountKey(email);
      if (!isLocked(await accounts.get(key))) return false;
      await accounts.delete(key);
      return true;
    },
  };
}

const globalForLimiter = globalThis as unknown as { signInLimiter?: SignInLimiter };

/**
 * The app's limiter, on the shared Prisma client's pool (`appRateLimitPool`). Works the same on
 * the embedded PGlite socket server and on PostgreSQL.
 */
export function signInLimiter(): SignInLimiter {
  globalForLimiter.signInLimiter ??= createSignInLimiter(appRateLimitPool());
  return globalForLimiter.signInLimiter;
}
