import { describe, expect, it } from "vitest";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";
import { isSameOriginRequest, refuseCrossOrigin } from "@/lib/http/origin";
import { problemResponse } from "@/lib/http/problem";

const PUBLIC_URL = "https://kemitraan.sumutprov.go.id";

function request(method: string, headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3000/api/needs", { method, headers: { host: "127.0.0.1:3000", ...headers } });
}

describe("origin check for state-changing route handlers", () => {
  it("lets safe methods through without looking at Origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(isSameOriginRequest(request(method, { origin: "https://evil.example" }), PUBLIC_URL)).toBe(true);
  });

  it("accepts a POST whose Origin is the public URL or the Host the request was sent to", () => {
    expect(isSameOriginRequest(request("POST", { origin: PUBLIC_URL }), PUBLIC_URL)).toBe(true);
    expect(isSameOriginRequest(request("PATCH", { origin: "http://127.0.0.1:3000" }), PUBLIC_URL)).toBe(true);
  });

  it("refuses state-changing requests from another site, with a 403 problem+json", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const refused = refuseCrossOrigin(request(method, { origin: "https://evil.example" }), PUBLIC_URL);
      expect(refused?.status).toBe(403);
      expect(refused?.headers.get("content-type")).toBe("application/problem+json");
      expect(await refused?.json()).toMatchObject({
        type: "about:blank",
        title: "Forbidden",
        status: 403,
        code: "CROSS_ORIGIN",
      });
    }
  });

  it("refuses a look-alike host, another port and the opaque 'null' origin", () => {
    expect(
      isSameOriginRequest(request("POST", { origin: "https://kemitraan.sumutprov.go.id.evil.example" }), PUBLIC_URL),
    ).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: "http://127.0.0.1:4000" }), PUBLIC_URL)).toBe(false);
    expect(isSameOriginRequest(request("POST", { origin: "null", referer: `${PUBLIC_URL}/needs` }), PUBLIC_URL)).toBe(
      false,
    );
  });

  it("falls back to Referer when Origin is absent, and refuses when both are", () => {
    expect(isSameOriginRequest(request("DELETE", { referer: `${PUBLIC_URL}/needs/1` }), PUBLIC_URL)).toBe(true);
    expect(isSameOriginRequest(request("DELETE", { referer: "https://evil.example/page" }), PUBLIC_URL)).toBe(false);
    expect(isSameOriginRequest(request("POST", {}), PUBLIC_URL)).toBe(false);
  });

  it("exempts machine clients that authenticate with a Bearer API token", () => {
    expect(refuseCrossOrigin(request("POST", { authorization: "Bearer pk_live_abc" }), PUBLIC_URL)).toBeNull();
    expect(refuseCrossOrigin(request("POST", { authorization: "Bearer " }), PUBLIC_URL)?.status).toBe(403);
    expect(refuseCrossOrigin(request("POST", { authorization: "Basic dXNlcjpwYXNz" }), PUBLIC_URL)?.status).toBe(403);
  });
});

describe("problem+json responses", () => {
  it("follow RFC 9457 and carry extra members", async () => {
    const response = problemResponse(409, "Conflict", "Changed by someone else.", { code: "CONFLICT" });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Conflict",
      status: 409,
      detail: "Changed by someone else.",
      code: "CONFLICT",
    });
  });
});

describe("client IP for limits and audit", () => {
  it("takes the rightmost X-Forwarded-For entry (the one our proxy appended), not the client's own", () => {
    expect(clientIpFromForwardedFor("6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(clientIpFromForwardedFor(["6.6.6.6", "2001:db8::1"])).toBe("2001:db8::1");
    expect(clientIpFromForwardedFor("127.0.0.1")).toBe("127.0.0.1");
  });

  it("answers null for a missing or malformed header", () => {
    expect(clientIpFromForwardedFor(undefined)).toBeNull();
    expect(clientIpFromForwardedFor("")).toBeNull();
    expect(clientIpFromForwardedFor("1.2.3.4, <script>")).toBeNull();
  });
});
