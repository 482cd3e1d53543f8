import "server-only";
import type { Actor } from "@/lib/actor";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";
import { problemForError, rateLimitedProblem } from "@/lib/api/problems";
import { apiRateLimiter, rateLimitHeaders, type RateLimitState } from "@/lib/api/rate-limit";
import { apiActor } from "@/lib/api/request";

export type ApiCall<P> = { request: Request; actor: Actor; params: P; instance: string };
type RouteContext<P> = { params: Promise<P> };

/**
 * The one wrapper of every token-authenticated /api/v1 handler, in this order:
 * 1. the per-IP limit (every request counts, so bad tokens are not free) → 429;
 * 2. the bearer token → 401;
 * 3. the per-token limit → 429;
 * 4. the handler, with the firm's actor and the route params.
 * Whatever it throws becomes problem+json (`problemForError`: AppError → its status,
 * unreachable database → 503 + Retry-After, anything else → 500), and every answer carries
 * the RateLimit headers. Handlers therefore contain no try/catch of their own.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(
  handle: (call: ApiCall<P>) => Promise<Response>,
) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    const instance = new URL(request.url).pathname;
    const states: RateLimitState[] = [];
    let caller: Actor | undefined;
    let response: Response;
    try {
      response = await limitedCall(request, instance, states, async (actor) => {
        caller = actor;
        return handle({ request, actor, params: ((await context?.params) ?? {}) as P, instance });
      });
    } catch (error) {
      response = await problemForError(instance, error, caller);
    }
    const limiter = states.length > 0 ? apiRateLimiter() : undefined;
    for (const [name, value] of Object.entries(limiter ? rateLimitHeaders(states, limiter.limits.windowSeconds) : {}))
      response.headers.set(name, value);
    return response;
  };
}

async function limitedCall(
  request: Request,
  instance: string,
  states: RateLimitState[],
  run: (actor: Actor) => Promise<Response>,
): Promise<Response> {
  const limiter = apiRateLimiter();
  const ip = clientIpFromForwardedFor(request.headers.get("x-forwarded-for")) ?? "unknown";
  const byIp = await limiter.consumeIp(ip);
  states.push(byIp.state);
  if (!byIp.allowed) return rateLimitedProblem(instance, byIp.state.resetSeconds);
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const byToken = await limiter.consumeToken(actor.apiTokenId!);
  states.push(byToken.state);
  if (!byToken.allowed) return rateLimitedProblem(instance, byToken.state.resetSeconds);
  return run(actor);
}
