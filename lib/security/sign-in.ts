import "server-only";
import { authenticateWithPassword, type AuthenticatedUser } from "@/lib/dal/users/auth";
import { SignInRateLimitedError } from "@/lib/security/sign-in-errors";
import { signInLimiter, type SignInLimiter } from "@/lib/dal/users/sign-in-limiter";

/**
 * The credentials check behind next-auth's `authorize`. The limiter is asked BEFORE the
 * password is verified, so a locked account is refused even with the right password (and an
 * attacker learns nothing from guesses made during the lock). Throws SignInRateLimitedError
 * when locked out; otherwise returns the user or null, counting the failure.
 */
export async function signInWithPassword(
  email: string,
  password: string,
  ip: string | null,
  limiter: SignInLimiter = signInLimiter(),
): Promise<AuthenticatedUser | null> {
  const gate = await limiter.check(email, ip);
  // Refused attempts are not audited one by one: they cost an attacker no hashing, so they
  // could flood the append-only table. The lockout itself is audited (auth.locked_out).
  if (!gate.allowed) throw new SignInRateLimitedError(gate.retryAfterSeconds);
  const user = await authenticateWithPassword(email, password, ip);
  if (user) await limiter.recordSuccess(email);
  else await limiter.recordFailure(email, ip);
  return user;
}
