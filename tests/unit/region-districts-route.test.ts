import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/session-user";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

// GET /api/regions/[regency]/districts as Next.js calls it (session mocked): the kecamatan
// selects of the registry filter and the UMKM forms load a kabupaten/kota's kecamatan from it.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ getSession: async () => session.user }));

const { GET } = await import("@/app/api/regions/[regency]/districts/route");

const call = (regency: string) =>
  GET(new Request(`http://localhost/api/regions/${regency}/districts`), {
    params: Promise.resolve({ regency }),
  });

beforeAll(async () => {
  await ensureUmkmReference();
});

describe("GET /api/regions/[regency]/districts", () => {
  it("refuses an anonymous visitor (401 problem)", async () => {
    session.user = null;
    const response = await call("12.71");
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
  });

  it("answers 404 problem+json for an unknown kabupaten/kota", async () => {
    session.user = await sessionUser("UMKM_OWNER");
    for (const regency of ["12.99", "99.01", "nonsense"]) {
      const response = await call(regency);
      expect(response.status, regency).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("gives any signed-in role exactly the kabupaten/kota's kecamatan as [code, name], cacheable privately", async () => {
    const expected = await db.district.findMany({
      where: { regencyCode: "12.71" },
      select: { code: true, name: true },
      orderBy: { code: "asc" },
    });
    expect(expected.length).toBeGreaterThan(5);
    for (const role of ["PMPTSP_OFFICER", "COMPANY_STAFF"] as const) {
      session.user = await sessionUser(role);
      const response = await call("12.71");
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
      expect(await response.json()).toEqual(expected.map((d) => [d.code, d.name]));
    }
    // Another kabupaten/kota's list shares no kecamatan with Medan's.
    const batuBara = (await (await call("12.19")).json()) as [string, string][];
    expect(batuBara.length).toBeGreaterThan(0);
    expect(batuBara.every(([code]) => code.startsWith("12.19."))).toBe(true);
  });
});
