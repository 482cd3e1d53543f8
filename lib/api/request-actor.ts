import type { Actor } from "@/lib/actor";

// The actor an API request authenticated as (apiActor), so withProblems can name the token's
// user in the access.denied audit row of a data-layer refusal without every handler passing it.
// Keyed by the Request object itself: gone with the request.
const actors = new WeakMap<Request, Actor>();

export function rememberRequestActor(request: Request, actor: Actor): void {
  actors.set(request, actor);
}

/** The actor apiActor() resolved for `request`, if any. */
export function requestActor(request: Request): Actor | undefined {
  return actors.get(request);
}
