import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { appRateLimitPool, rateLimitCounter, type RateLimitPool } from "@/lib/dal/api/rate-limits";
import { apiLimitsEnv } from "@/lib/env";

/**
 * Request limits of /api/v1: a fixed window per client IP (every request, with or without a
 * valid token, so guessing tokens is not free) and per API token (after authentication).
 * Counters live in the `rate_limits` table through rate-limiter-flexible, so every app instance
 * shares them; keys `api_ip:<ip>` and `api_token:<token id>`, separate from the sign-in limiter's.
 */
export type ApiRateLimits = { perToken: number; perIp: number; windowSeconds: number };
export type RateLimitScope = "ip" | "token";
export type RateLimitState = { scope: RateLimitScope; limit: number; remaining: number; resetSeconds: number };
export type RateLimitDecision = { allowed: boolean; state: RateLimitState };

export type ApiRateLimiter = {
  limits: ApiRateLimits;
  /** Counts one request from `ip`; not allowed once the window's allowance is used up. */
  consumeIp(ip: string): Promise<RateLimitDecision>;
  /** Counts one request made with the API token `tokenId`. */
  consumeToken(tokenId: string): Promise<RateLimitDecision>;
};

/** A limiter storing its counters through `pool` (the `rate_limits` table, lib/dal/api/rate-limits.ts). */
export function createApiRateLimiter(pool: RateLimitPool, limits: ApiRateLimits): ApiRateLimiter {
  const stores = {
    ip: rateLimitCounter(pool, { keyPrefix: "api_ip", points: limits.perIp, duration: limits.windowSeconds }),
    token: rateLimitCounter(pool, { keyPrefix: "api_token", points: limits.perToken, duration: limits.windowSeconds }),
  };
  const limitOf = { ip: limits.perIp, token: limits.perToken };

  async function consume(scope: RateLimitScope, key: string): Promise<RateLimitDecision> {
    let result: RateLimiterRes;
    let allowed = true;
    try {
      result = await stores[scope].consume(key);
    } catch (error) {
      // Over the limit the library rejects with the counter's state; anything else is a fault.
      if (!(error instanceof RateLimiterRes)) throw error;
      result = error;
      allowed = false;
    }
    return {
      allowed,
      state: {
        scope,
        limit: limitOf[scope],
        remaining: result.remainingPoints,
        resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
      },
    };
  }

  return { limits, consumeIp: (ip) => consume("ip", ip), consumeToken: (tokenId) => consume("token", tokenId) };
}

/**
 * RateLimit-Policy and RateLimit header fields (IETF draft-ietf-httpapi-ratelimit-headers):
 * every policy applied to the request, and the state of the one closest to its limit.
 */
export function rateLimitHeaders(states: RateLimitState[], windowSeconds: number): Record<string, string> {
  if (states.length === 0) return {};
  const tightest = states.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  return {
    "RateLimit-Policy": states.map((s) => `"${s.scope}";q=${s.limit};w=${windowSeconds}`).join(", "),
    RateLimit: `"${tightest.scope}";r=${tightest.remaining};t=${tightest.resetSeconds}`,
  };
}

let limiter: ApiRateLimiter | undefined;

/** The app's limiter: limits from the environment, counters on the Prisma client's pool (`appRateLimitPool`). */
export function apiRateLimiter(): ApiRateLimiter {
  if (!limiter) {
    const env = apiLimitsEnv();
    limiter = createApiRateLimiter(appRateLimitPool(), {
      perToken: env.API_RATE_LIMIT_PER_TOKEN,
      perIp: env.API_RATE_LIMIT_PER_IP,
      windowSeconds: env.API_RATE_LIMIT_WINDOW_SECONDS,
    });
  }
  return limiter;
}
