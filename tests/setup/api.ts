import { expect } from "vitest";
import { problemSchema } from "@/lib/api/schemas";

// Calling /api/v1 route handlers directly, as a firm's system would over HTTP.

export const API_BASE = "http://portal.test";

export type ApiRequestInit = {
  method?: string;
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
};

/** A request to `path` with the bearer token and a JSON body (serialised) when given. */
export function apiRequest(path: string, init: ApiRequestInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set("Content-Type", "application/json");
  return new Request(`${API_BASE}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** The route context of a handler under `[id]`. */
export const routeContext = (id: string) => ({ params: Promise.resolve({ id }) });

/** Asserts an RFC 9457 answer with `status` and returns its parsed body. */
export async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return problemSchema.parse(await response.json());
}
