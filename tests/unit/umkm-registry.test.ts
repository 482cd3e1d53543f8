import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { listUmkm, exportUmkmCsv } from "@/lib/dal/umkm/umkm";
import { facetKeys, selectRegistryIds } from "@/lib/dal/umkm/umkm-registry-query";
import { classifyScale } from "@/lib/domain/scale";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import type { RegistryFilter } from "@/lib/validation/registry";
import { createTestUmkm } from "@/prisma/seed/factories";
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
  registry_facets: string[];
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
      registry_facets, EXISTS (SELECT 1 FROM nominations n WHERE n.umkm_id = u.id AND n.status IN ('PROPOSED', 'VERIFIED')) AS nominated FROM umkm u`)
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

/** The registry facets a row must carry (what umkm_registry_facets computes), sorted. */
const expectedFacets = (r: Pick<Row, "kbli_prefixes" | "scale" | "nib" | "regency_code" | "district_code">) =>
  [...r.kbli_prefixes, `s:${r.scale}`, r.nib ? "nib" : "nonib", `r:${r.regency_code}`, `d:${r.district_code}`].sort();

/** A small deterministic PRNG (mulberry32), so a failing combination can be replayed. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random filter built from the values of a random existing row (so most combinations match something). */
function randomFilter(random: () => number): RegistryFilter {
  const row = rows[Math.floor(random() * rows.length)] as Row;
  const chance = (p: number) => random() < p;
  const filter: RegistryFilter = {};
  if (chance(0.5)) filter.regency = row.regency_code;
  if (filter.regency && chance(0.5)) filter.district = row.district_code;
  if (chance(0.6) && row.kbli_prefixes.length)
    filter.kbli = row.kbli_prefixes[Math.floor(random() * row.kbli_prefixes.length)];
  if (chance(0.4)) filter.scale = row.scale as RegistryFilter["scale"];
  if (chance(0.3)) filter.nib = chance(0.5) ? "yes" : "no";
  if (chance(0.15)) filter.nominated = chance(0.5) ? "yes" : "no";
  // Words whose Indonesian stem is the word itself (the brute force compares plain words).
  if (chance(0.2)) filter.q = ["laundry", "sembako", "roti", "bengkel", "kopi"][Math.floor(random() * 5)];
  return filter;
}

describe("registry facets and every filter combination", () => {
  it("every row carries exactly its facets (generator load: COPY or INSERT with the trigger on)", () => {
    const wrong = rows.filter(
      (r) => JSON.stringify([...r.registry_facets].sort()) !== JSON.stringify(expectedFacets(r)),
    );
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it("the trigger keeps the facets right through insert and every update of a filtered column", async () => {
    const facetsOf = async (id: string) =>
      (
        await client.query<Row>(
          "SELECT kbli_prefixes, scale::text, nib, regency_code, district_code, registry_facets FROM umkm WHERE id = $1",
          [id],
        )
      ).rows[0] as Row;
    const check = async (id: string) => {
      const row = await facetsOf(id);
      expect([...row.registry_facets].sort()).toEqual(expectedFacets(row));
      return row;
    };
    const created = await createTestUmkm(db, { nib: null });
    expect((await check(created.id)).registry_facets).toContain("nonib");
    const nib = String(Date.now()).padStart(13, "7").slice(-13);
    await client.query("UPDATE umkm SET nib = $2 WHERE id = $1", [created.id, nib]);
    expect((await check(created.id)).registry_facets).toContain("nib");
    await client.query(
      "UPDATE umkm SET capital_rp = 3000000000, annual_sales_rp = 3000000000, scale = 'KECIL' WHERE id = $1",
      [created.id],
    );
    expect((await check(created.id)).registry_facets).toContain("s:KECIL");
    const other = rows.find((r) => r.regency_code === "12.07") as Row;
    await client.query("UPDATE umkm SET regency_code = $2, district_code = $3 WHERE id = $1", [
      created.id,
      other.regency_code,
      other.district_code,
    ]);
    expect((await check(created.id)).registry_facets).toContain(`d:${other.district_code}`);
    await client.query("UPDATE umkm SET kbli_prefixes = '{46,469,4690,46900}' WHERE id = $1", [created.id]);
    const last = await check(created.id);
    expect(last.registry_facets).toEqual(expect.arrayContaining(["46900", "nib"]));
    expect(last.registry_facets).not.toContain("56210");
    await client.query("DELETE FROM umkm WHERE id = $1", [created.id]);
  }, 30_000);

  it("facet keys: a kecamatan stands for its kabupaten/kota (no second region key)", () => {
    expect(facetKeys({ regency: "12.71", district: "12.71.04", kbli: "56210", scale: "KECIL", nib: "yes" })).toEqual([
      "d:12.71.04",
      "56210",
      "s:KECIL",
      "nib",
    ]);
    expect(facetKeys({ regency: "12.71", nib: "no" })).toEqual(["r:12.71", "nonib"]);
    expect(facetKeys({ q: "kopi", nominated: "yes" })).toEqual([]);
  });

  it("40 random filter combinations return exactly the brute-force rows, by every plan", async () => {
    const random = prng(20261203);
    for (let i = 0; i < 40; i++) {
      const filter = randomFilter(random);
      const expected = bruteForce(filter);
      const label = JSON.stringify(filter);
      expect([...(await allPages(filter))].sort(), label).toEqual(expected);
      // The sparse plan straight away (an estimate of no matches) and the walk falling back to it.
      for (const [window, estimate] of [
        [150, undefined],
        [5000, { matches: 0, rows: rows.length }],
      ] as const) {
        const ids: string[] = [];
        let page: string[] = [];
        do {
          page = await selectRegistryIds(db, filter, ids.at(-1) ?? null, 37, window, estimate);
          ids.push(...page);
        } while (page.length === 37);
        expect(ids, `${label} window ${window}`).toEqual(expected);
      }
    }
  }, 300_000);

  it("the total: exact when one page shows every match, else an estimate at least the rows seen", async () => {
    const few = rows.find((r) => r.nib !== null) as Row;
    const small = { regency: few.regency_code, district: few.district_code, nib: "yes" } as const;
    const page = await listUmkm(officer, small);
    expect(page.total).toEqual({ value: bruteForce(small).length, exact: true });
    const big = await listUmkm(officer, {}, null, 20);
    expect(big.total.exact).toBe(false);
    expect(big.total.value).toBeGreaterThanOrEqual(21);
    const next = await listUmkm(officer, small, null, 1);
    if (bruteForce(small).length > 1) expect(next.total.exact).toBe(false);
  });

  it("region names come from the reference data: the same names as the regencies/districts tables", async () => {
    const page = await listUmkm(officer, { regency: "12.07" }, null, 30);
    const names = await client.query<{ id: string; regency: string; district: string }>(
      `SELECT u.id::text, r.name AS regency, d.name AS district FROM umkm u
       JOIN regencies r ON r.code = u.regency_code JOIN districts d ON d.code = u.district_code WHERE u.id = ANY($1::uuid[])`,
      [page.items.map((i) => i.id)],
    );
    const byId = new Map(names.rows.map((r) => [r.id, r]));
    expect(page.items.length).toBe(30);
    for (const item of page.items)
      expect({ regency: item.regency, district: item.district }).toEqual({
        regency: byId.get(item.id)?.regency,
        district: byId.get(item.id)?.district,
      });
  });
});

describe("registry access and personal data", () => {
  it.each(["COMPANY_STAFF", "UMKM_OWNER"] as const)("%s is refused the list and the export", async (role) => {
    await expect(listUmkm(user(role), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() => exportUmkmCsv(user(role), {})).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });

  it.each(["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF"] as const)(
    "%s may browse; items carry business data only",
    async (role) => {
      const page = await listUmkm(user(role), { regency: "12.71" }, null, 20);
      expect(page.items.length).toBe(20);
      const owners = await db.umkm.findMany({
        where: { id: { in: page.items.map((i) => i.id) } },
        select: { ownerName: true, phone: true },
      });
      // Business names may contain a person's first name ("Katering Bunda Ani" owned by Ani): the
      // key check below keeps owner fields out; the values other than the business name must not hold them.
      const json = JSON.stringify({ ...page, items: page.items.map(({ businessName: _name, ...rest }) => rest) });
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
    // The large-load path: secondary indexes dropped and rebuilt, table clustered.
    const result = await loadSyntheticUmkm(client, { count: 2000, seed: 7, replace: true, rebuildIndexesFrom: 1000 });
    expect(result).toMatchObject({ inserted: 2000, deleted: before });
    const loaded = (
      await client.query<Row>(
        "SELECT id, kbli_prefixes, scale::text, nib, regency_code, district_code, registry_facets FROM umkm",
      )
    ).rows;
    expect(
      loaded.filter((r) => JSON.stringify([...r.registry_facets].sort()) !== JSON.stringify(expectedFacets(r))),
    ).toEqual([]);
    const indexes = (
      await client.query<{ name: string }>("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'umkm'")
    ).rows.map((r) => r.name);
    expect(indexes).toEqual(
      expect.arrayContaining(["umkm_registry_walk_idx", "umkm_registry_district_walk_idx", "umkm_registry_facets_idx"]),
    );
    expect(
      (
        await client.query(
          "SELECT count(*)::int AS n FROM umkm_kbli k JOIN umkm u ON u.id = k.umkm_id WHERE u.id::text LIKE '5e1f5e1f%'",
        )
      ).rows[0].n,
    ).toBeGreaterThanOrEqual(2000);
  }, 120_000);
});
