// Shared by the server (lib/auth.ts authorize) and the sign-in form: next-auth v4 hands an
// Error thrown in `authorize` to the client as `signIn()`'s `result.error` (its message, via
// the error URL), so the lockout travels as "RATE_LIMITED:<minutes>" and the form translates it.
const PREFIX = "RATE_LIMITED:";

/** The minutes a locked-out user is told to wait: rounded up, at least 1. */
export function rateLimitedMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

/** The error message for a refused sign-in (next-auth's credentials endpoint). */
export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `${PREFIX}${rateLimitedMinutes(retryAfterSeconds)}`;
}

/** The minutes to wait when `error` is a lockout message, otherwise null. */
export function parseRateLimited(error: string | null | undefined): number | null {
  if (!error?.startsWith(PREFIX)) return null;
  const minutes = Number(error.slice(PREFIX.length));
  return Number.isInteger(minutes) && minutes > 0 ? minutes : null;
}

/** Thrown by the sign-in flow when the account or the client's IP is locked out. */
export class SignInRateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(rateLimitedMessage(retryAfterSeconds));
    this.name = "SignInRateLimitedError";
  }
}
