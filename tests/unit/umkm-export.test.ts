import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { EXPORT_HEADER, listUmkm } from "@/lib/dal/umkm/umkm";
import { csvField, csvLine } from "@/lib/export/csv";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { createTestUmkm } from "@/prisma/seed/factories";
import { runSeed } from "@/prisma/seed/index";
import { testDatabaseUrl } from "../setup/db";

// The CSV export route handler, called as Next.js would call it, with the session mocked.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth", () => ({ requireUser: async () => session.user, getSession: async () => session.user }));
const { GET } = await import("@/app/api/umkm/export/route");

const user = (role: Role): SessionUser => ({
  id: crypto.randomUUID(),
  email: `${role}@test`,
  name: role,
  role,
  companyId: null,
  umkmId: null,
  mustChangePassword: false,
});
let db: Db;
const created: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 2);
  await db.$transaction((tx) => runSeed(tx, { includeDemo: false }), { timeout: 600_000 });
  for (let i = 0; i < 7; i++) {
    const umkm = await createTestUmkm(db, {
      regencyCode: "12.77",
      businessName: `Toko "Maju", Jaya; ${i}`,
      productsText: i === 0 ? '=HYPERLINK("http://x")' : "kopi\nbubuk",
    });
    created.push(umkm.id);
  }
}, 300_000);

afterAll(async () => {
  await db.umkm.deleteMany({ where: { id: { in: created } } });
  await db.$disconnect();
});

describe("CSV escaping", () => {
  it("quotes separators, quotes and line breaks, and defuses formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('Toko "Maju", Jaya')).toBe('"Toko ""Maju"", Jaya"');
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField("a\nb")).toBe('"a\nb"');
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("-5")).toBe("'-5");
    expect(csvLine(["a", "b"])).toBe("a,b\r\n");
  });
});

describe("GET /api/umkm/export", () => {
  it("streams the filtered rows as UTF-8 CSV with BOM, header and escaped values", async () => {
    session.user = user("DISKOP_STAFF");
    const response = await GET(new Request("http://localhost/api/umkm/export?regency=12.77"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="registri-umkm-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.startsWith(csvLine(EXPORT_HEADER))).toBe(true);
    const listed = await listUmkm(user("ADMIN"), { regency: "12.77" }, null, 1000);
    for (const item of listed.items) expect(text).toContain(item.id);
    expect(text.split("\r\n").filter((line) => /^[0-9a-f]{8}-/.test(line))).toHaveLength(listed.items.length);
    expect(text).toContain('"Toko ""Maju"", Jaya; 0"');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('"kopi\nbubuk"');
    expect(text).not.toContain("Siti Aminah");
    expect(text).not.toContain("081200000000");
  });

  it("pages through the keyset in chunks without losing or repeating rows", async () => {
    session.user = user("ADMIN");
    const { exportUmkmCsv } = await import("@/lib/dal/umkm/umkm");
    const chunks: string[] = [];
    for await (const chunk of exportUmkmCsv(session.user, { regency: "12.77" }, 2)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThanOrEqual(4);
    const ids = chunks
      .join("")
      .split("\r\n")
      .filter((l) => /^[0-9a-f]{8}-/.test(l))
      .map((l) => l.slice(0, 36));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await listUmkm(session.user, { regency: "12.77" }, null, 1000)).items.length);
  });

  it.each(["COMPANY_STAFF", "UMKM_OWNER"] as const)("refuses %s with a 403 problem", async (role) => {
    session.user = user(role);
    const response = await GET(new Request("http://localhost/api/umkm/export"));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("answers 400 for a kecamatan outside the kabupaten/kota", async () => {
    session.user = user("PMPTSP_OFFICER");
    const response = await GET(new Request("http://localhost/api/umkm/export?regency=12.71&district=12.77.01"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "INVALID_INPUT" });
  });
});
