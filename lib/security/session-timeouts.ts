// Session lifetime rules, as pure functions of the token's times (seconds since the epoch) so
// they are unit-tested without a clock. Used by lib/auth.ts (jwt callback, getSession) and
// proxy.ts (which re-issues the cookie of active users; server components cannot set cookies).

export type SessionLimits = {
  /** Signed out after this long without a request: the token's `exp` (next-auth's maxAge). */
  idleSeconds: number;
  /** Signed out this long after signing in, however active. */
  absoluteSeconds: number;
  /** An active user's token is re-issued (new `exp`) once it is this old. */
  refreshAfterSeconds: number;
};

export const SESSION_LIMITS: SessionLimits = {
  idleSeconds: 30 * 60,
  absoluteSeconds: 12 * 60 * 60,
  // With 5 minutes the idle timeout is effectively 25–30 minutes after the last request.
  refreshAfterSeconds: 5 * 60,
};

/** The times a next-auth JWT carries: our `authTime`, and jose's `iat` / `exp`. */
export type TokenTimes = { authTime?: unknown; iat?: unknown; exp?: unknown };

export type SessionDecision = "valid" | "refresh" | "expired";

// A token issued "in the future" means a broken clock or a forged claim: refuse it.
const CLOCK_SKEW_SECONDS = 60;

const isTime = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * "expired" when the token has no sign-in time (tokens from before timeouts existed), is past
 * its absolute limit or its idle `exp`; "refresh" when it is valid but old enough to re-issue;
 * otherwise "valid".
 */
export function decideSession(times: TokenTimes, now: number, limits: SessionLimits = SESSION_LIMITS): SessionDecision {
  if (!isTime(times.authTime) || times.authTime > now + CLOCK_SKEW_SECONDS) return "expired";
  if (now >= times.authTime + limits.absoluteSeconds) return "expired";
  if (isTime(times.exp) && now >= times.exp) return "expired";
  if (isTime(times.iat) && now - times.iat >= limits.refreshAfterSeconds) return "refresh";
  return "valid";
}

/** Lifetime of a re-issued token: the idle timeout, never past the absolute limit. */
export function refreshedMaxAge(authTime: number, now: number, limits: SessionLimits = SESSION_LIMITS): number {
  return Math.max(0, Math.min(limits.idleSeconds, authTime + limits.absoluteSeconds - now));
}

/** Seconds since the epoch. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
