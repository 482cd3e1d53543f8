import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { listRegistryRegions, listUmkm, exportUmkmCsv } from "@/lib/dal/umkm/umkm";
import { selectRegistryIds } from "@/lib/dal/umkm/umkm-registry-query";
import { classifyScale } from "@/lib/domain/scale";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import type { RegistryFilter } from "@/lib/validation/registry";
import { runSeed } from "@/prisma/seed/index";
import { generateSyntheticUmkm } from "@/prisma/seed/synthetic-umkm";
import { deleteSyntheticUmkm, loadSyntheticUmkm } from "@/prisma/seed/synthetic-umkm-load";
import { testDatabaseUrl } from "../setup/db";

// The registry's filters against a brute-force filter in JS over the same rows (every row in
// the table, so rows other test files left behind are covered too), on 2,000 generated UMKM.

type Row = {
  id: string;
  business_name: string;
  products_text: string;
  regency_code: string;
  district_code: string;
  kbli_prefixes: string[];
  scale: string;
  nib: string | null;
  nominated: boolean;
};

let db: Db;
let client: pg.Client;
let rows: Row[] = [];
const user = (role: Role): SessionUser => ({
  id: crypto.randomUUID(),
  email: `${role}@test`,
  name: role,
  role,
  companyId: null,
  umkmId: null,
  mustChangePassword: false,
});
const officer = user("PMPTSP_OFFICER");

async function allPages(filter: RegistryFilter, pageSize = 97): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page = await listUmkm(officer, filter, after, pageSize);
    ids.push(...page.items.map((item) => item.id));
    after = page.nextCursor;
  } while (after);
  return ids;
}

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);

function bruteForce(filter: RegistryFilter): string[] {
  return rows
    .filter((r) => !filter.regency || r.regency_code === filter.regency)
    .filter((r) => !filter.district || r.district_code === filter.district)
    .filter((r) => !filter.kbli || r.kbli_prefixes.includes(filter.kbli))
    .filter((r) => !filter.scale || r.scale === filter.scale)
    .filter((r) => !filter.nib || (r.nib !== null) === (filter.nib === "yes"))
    .filter((r) => !filter.nominated || r.nominated === (filter.nominated === "yes"))
    .filter((r) => !filter.q || words(`${r.business_name} ${r.products_text}`).includes(filter.q))
    .map((r) => r.id)
    .sort();
}

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 4);
  await db.$transaction((tx) => runSeed(tx, { includeDemo: false }), { timeout: 600_000 });
  client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  await deleteSyntheticUmkm(client);
  await loadSyntheticUmkm(client, { count: 2000, seed: 7 });
  // Open (PROPOSED, VERIFIED) and closed (REJECTED, WITHDRAWN) nominations on a few rows.
  // Only on generated rows, which afterAll deletes (with their nominations, by cascade).
  const some = (
    await client.query<{ id: string }>("SELECT id FROM umkm WHERE id::text LIKE '5e1f5e1f%' ORDER BY id LIMIT 40")
  ).rows;
  const statuses = ["PROPOSED", "VERIFIED", "REJECTED", "WITHDRAWN"] as const;
  await db.nomination.createMany({
    data: some.map((u, i) => ({ umkmId: u.id, status: statuses[i % 4] ?? "PROPOSED", reason: "uji" })),
  });
  rows = (
    await client.query<Row>(`SELECT u.id, business_name, products_text, regency_code, district_code, kbli_prefixes, scale::text, nib,
      EXISTS (SELECT 1 FROM nominations n WHERE n.umkm_id = u.id AND n.status IN ('PROPOSED', 'VERIFIED')) AS nominated FROM umkm u`)
  ).rows;
}, 300_000);

afterAll(async () => {
  await deleteSyntheticUmkm(client);
  await client?.end();
  await db?.$disconnect();
});

describe("registry filters (dal vs brute force over the same rows)", () => {
  const filters: RegistryFilter[] = [
    {},
    { regency: "12.71" },
    { regency: "12.07", kbli: "56" },
    { kbli: "4690" },
    { kbli: "10794" },
    { scale: "KECIL" },
    { scale: "MENENGAH", nib: "yes" },
    { nib: "yes" },
    { nib: "no", regency: "12.06" },
    { nominated: "yes" },
    { nominated: "no", regency: "12.71" },
    { q: "laundry" },
    { q: "sembako", regency: "12.71" },
    { regency: "12.71", kbli: "47", q: "roti" },
    { q: "bengkel", scale: "MIKRO" },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))(
    "%s returns exactly the matching rows",
    async (_, filter) => {
      const expected = bruteForce(filter);
      const ids = await allPages(filter);
      expect([...ids].sort()).toEqual(expected);
      if (Object.keys(filter).length > 0 && filter.q !== "bengkel") expect(expected.length).toBeGreaterThan(0);
    },
    60_000,
  );

  it("gives the same rows whichever plan answers (small walk window forces the sparse plan)", async () => {
    for (const filter of filters) {
      const ids: string[] = [];
      let page: string[] = [];
      do {
        page = await selectRegistryIds(db, filter, ids.at(-1) ?? null, 37, 150);
        ids.push(...page);
      } while (page.length === 37);
      expect(ids, JSON.stringify(filter)).toEqual(bruteForce(filter));
    }
  }, 120_000);

  it("filters by a kecamatan of the chosen kabupaten/kota and refuses one of another", async () => {
    const sample = rows.find((r) => r.regency_code === "12.71");
    const district = sample?.district_code ?? "";
    expect([...(await allPages({ regency: "12.71", district }))].sort()).toEqual(
      bruteForce({ regency: "12.71", district }),
    );
    await expect(listUmkm(officer, { regency: "12.07", district })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(listUmkm(officer, { district })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("keyset pagination visits every row exactly once, in id order", async () => {
    const ids = await allPages({}, 113);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(rows.length);
    expect(ids).toEqual([...ids].sort());
  }, 60_000);
});

describe("registry access and personal data", () => {
  it.each(["COMPANY_STAFF", "UMKM_OWNER"] as const)(
    "%s is refused the list, the regions and the export",
    async (role) => {
      await expect(listUmkm(user(role), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listRegistryRegions(user(role))).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(() => exportUmkmCsv(user(role), {})).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    },
  );

  it.each(["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF"] as const)(
    "%s may browse; items carry business data only",
    async (role) => {
      const page = await listUmkm(user(role), { regency: "12.71" }, null, 20);
      expect(page.items.length).toBe(20);
      const owners = await db.umkm.findMany({
        where: { id: { in: page.items.map((i) => i.id) } },
        select: { ownerName: true, phone: true },
      });
      const json = JSON.stringify(page);
      for (const owner of owners) {
        expect(json).not.toContain(owner.ownerName);
        if (owner.phone) expect(json).not.toContain(owner.phone);
      }
      for (const item of page.items)
        expect(Object.keys(item).sort()).toEqual([
          "businessName",
          "district",
          "hasNib",
          "id",
          "isNominated",
          "kbliCodes",
          "regency",
          "scale",
        ]);
    },
  );
});

describe("synthetic generator", () => {
  it("is deterministic: the same seed gives the same rows, another seed others", () => {
    const a = [...generateSyntheticUmkm(300, 11)];
    expect([...generateSyntheticUmkm(300, 11)]).toEqual(a);
    expect([...generateSyntheticUmkm(300, 12)].map((r) => r.id)).not.toEqual(a.map((r) => r.id));
  });

  it("has the registry's shape: Medan then Deli Serdang, ≈99% micro and small, ~3% NIB, valid scale", () => {
    const sample = [...generateSyntheticUmkm(20_000, 3)];
    const byRegency = new Map<string, number>();
    for (const r of sample) byRegency.set(r.regencyCode, (byRegency.get(r.regencyCode) ?? 0) + 1);
    expect(byRegency.size).toBe(33);
    expect(
      [...byRegency]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([code]) => code),
    ).toEqual(["12.71", "12.07"]);
    const share = (predicate: (r: (typeof sample)[number]) => boolean) =>
      sample.filter(predicate).length / sample.length;
    expect(share((r) => r.scale === "MIKRO" || r.scale === "KECIL")).toBeGreaterThan(0.98);
    expect(share((r) => r.nib !== null)).toBeGreaterThan(0.02);
    expect(share((r) => r.nib !== null)).toBeLessThan(0.04);
    expect(new Set(sample.flatMap((r) => (r.nib ? [r.nib] : []))).size).toBe(sample.filter((r) => r.nib).length);
    for (const r of sample) {
      expect(r.scale).toBe(classifyScale(r.capitalRp, r.annualSalesRp));
      expect(r.districtCode.startsWith(`${r.regencyCode}.`)).toBe(true);
      expect(r.capacity).toBeGreaterThanOrEqual(1);
      expect(r.capacity).toBeLessThanOrEqual(3);
    }
  });

  it("refuses to load over earlier synthetic rows unless told to replace them", async () => {
    await expect(loadSyntheticUmkm(client, { count: 10, seed: 7 })).rejects.toThrow(/--replace/);
    const before = rows.filter((r) => r.id.startsWith("5e1f5e1f")).length;
    const result = await loadSyntheticUmkm(client, { count: 2000, seed: 7, replace: true });
    expect(result).toMatchObject({ inserted: 2000, deleted: before });
    expect(
      (
        await client.query(
          "SELECT count(*)::int AS n FROM umkm_kbli k JOIN umkm u ON u.id = k.umkm_id WHERE u.id::text LIKE '5e1f5e1f%'",
        )
      ).rows[0].n,
    ).toBeGreaterThanOrEqual(2000);
  }, 120_000);
});
