import { describe, expect, it } from "vitest";
import { redirectTarget } from "@/lib/auth";
import { safePortalPath } from "@/lib/http/safe-path";

// The one rule for redirect targets taken from a request (lib/http/safe-path.ts). Each attack
// string is what arrives after the query string was decoded once (?callbackUrl=/%5Cevil.example
// → "/\evil.example").

const ORIGIN = "https://portal.sumut.go.id";

/** Where a browser on the portal would go when sent to `reference` (Location header, location.assign, href). */
const followed = (reference: string) => new URL(reference, `${ORIGIN}/sign-in?callbackUrl=x`);

const ATTACKS = [
  "/\\evil.example", // ?callbackUrl=/%5Cevil.example
  "/\t/evil.example", // ?callbackUrl=/%09/evil.example
  "/\r/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "//evil.example",
  "///evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  " /dashboard",
  "/\u00a0/evil.example",
  "/\u2028/evil.example",
  "/\u0000/evil.example",
  "https://evil.example",
  "https://evil.example/dashboard",
  "http:evil.example",
  "https:/evil.example",
  `${ORIGIN}/dashboard`,
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "%2F%2Fevil.example",
  "",
];

describe("safePortalPath", () => {
  it("keeps portal paths with their query and fragment", () => {
    expect(safePortalPath("/dashboard", ORIGIN)).toBe("/dashboard");
    expect(safePortalPath("/needs?status=OPEN&q=katering#list", ORIGIN)).toBe("/needs?status=OPEN&q=katering#list");
    expect(safePortalPath("/matches/0cc99991-e393-5cb0-bae6-894d70beb6ee")).toBe(
      "/matches/0cc99991-e393-5cb0-bae6-894d70beb6ee",
    );
  });

  it.each(ATTACKS)("refuses %j", (attack) => {
    expect(safePortalPath(attack, ORIGIN)).toBeNull();
  });

  it("leaves still-encoded characters encoded, so the path stays on the portal", () => {
    for (const encoded of [
      "/%5Cevil.example",
      "/%2F%2Fevil.example",
      "/%09/evil.example",
      "/%5C%5Cevil.example",
      "/%252F%252Fevil.example",
    ]) {
      const path = safePortalPath(encoded, ORIGIN);
      expect(path, encoded).toBe(encoded);
      expect(followed(path!).origin, encoded).toBe(ORIGIN);
    }
  });

  it("never returns a path a browser would follow off the portal", () => {
    for (const candidate of [
      ...ATTACKS,
      "/a/../..//evil.example",
      "/%2e%2e//evil.example",
      "/..//evil.example",
      "/a/..//evil.example",
    ]) {
      const path = safePortalPath(candidate, ORIGIN);
      if (path !== null) expect(followed(path).origin, candidate).toBe(ORIGIN);
    }
  });

  it("refuses anything that is not a string", () => {
    for (const value of [null, undefined, 1, ["/dashboard"], { toString: () => "/dashboard" }])
      expect(safePortalPath(value)).toBeNull();
  });
});

describe("next-auth's redirect callback", () => {
  it("keeps the portal's own paths and URLs and sends everything else to the dashboard", () => {
    expect(redirectTarget("/sign-in?notice=password-changed", ORIGIN)).toBe(
      `${ORIGIN}/sign-in?notice=password-changed`,
    );
    expect(redirectTarget(`${ORIGIN}/needs?q=a`, ORIGIN)).toBe(`${ORIGIN}/needs?q=a`);
    for (const attack of [
      ...ATTACKS.filter((a) => a !== `${ORIGIN}/dashboard`),
      `${ORIGIN}//evil.example`,
      `${ORIGIN}.evil.example/`,
      "https://portal.sumut.go.id@evil.example/",
    ]) {
      expect(new URL(redirectTarget(attack, ORIGIN)).origin, attack).toBe(ORIGIN);
      expect(redirectTarget(attack, ORIGIN), attack).toBe(`${ORIGIN}/dashboard`);
    }
  });
});
