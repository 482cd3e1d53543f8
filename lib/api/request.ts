import "server-only";
import type { Actor } from "@/lib/actor";
import { authenticateApiToken } from "@/lib/dal/api/api-tokens";
import { problemResponse } from "@/lib/http/problem";
import { unauthorizedProblem } from "@/lib/api/problems";

/**
 * The firm's actor for a request with `Authorization: Bearer <token>`, or the 401 problem to
 * answer (missing, malformed, unknown or revoked token: all alike).
 */
export async function apiActor(request: Request): Promise<Actor | Response> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  const actor = match ? await authenticateApiToken(match[1]!) : null;
  return actor ?? unauthorizedProblem(new URL(request.url).pathname);
}

/** The JSON body, or a 415/400 problem when it is not JSON. */
export async function jsonBody(request: Request): Promise<{ body: unknown } | Response> {
  const instance = new URL(request.url).pathname;
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? "")) {
    return problemResponse(415, "Unsupported media type", "Send the body as application/json.", {
      type: "/api-docs#problem-media-type",
      instance,
    });
  }
  try {
    return { body: await request.json() };
  } catch {
    return problemResponse(400, "Malformed JSON", "The request body is not valid JSON.", {
      type: "/api-docs#problem-malformed-json",
      instance,
    });
  }
}

/** The version from `If-Match: "3"` (or W/"3"), if sent. */
export function ifMatchVersion(request: Request): number | undefined {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(request.headers.get("if-match")?.trim() ?? "");
  return match ? Number(match[1]) : undefined;
}

/** A JSON response with the need's version as its ETag when it has one. */
export function json(data: unknown, init: ResponseInit & { version?: number } = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json");
  headers.set("Cache-Control", "no-store");
  if (init.version !== undefined) headers.set("ETag", `"${init.version}"`);
  return new Response(JSON.stringify(data), { status: init.status ?? 200, headers });
}
