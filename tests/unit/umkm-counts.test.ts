import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getDashboard, getPublicStats } from "@/lib/dal/dashboard";
import { savePaperworkItem } from "@/lib/dal/paperwork/paperwork";
import { getProvincePaperworkStats } from "@/lib/dal/paperwork/paperwork-stats";
import { getUmkmCountsByRegency, getUmkmTotals } from "@/lib/dal/umkm/umkm-counts";
import { commitUmkmImport, startUmkmImport, validateUmkmImport } from "@/lib/dal/umkm/umkm-import";
import { createUmkm, updateUmkm } from "@/lib/dal/umkm/umkm-profile";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import type { SessionUser } from "@/lib/session-user";
import { umkmInputSchema, type UmkmInput } from "@/lib/validation/umkm";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { createTestUmkm } from "@/prisma/seed/factories";
import { runSeed } from "@/prisma/seed/index";
import { deleteSyntheticUmkm, loadSyntheticUmkm } from "@/prisma/seed/synthetic-umkm-load";
import { testDatabaseUrl } from "../setup/db";
import { ensureUmkmReference, sessionUser, tempStorageDir, uniqueNib } from "../setup/umkm";

// The maintained aggregates `umkm_counts` and `paperwork_counts` (their migrations) must always equal a
// brute-force count of umkm, whatever wrote the rows: the data layer, raw multi-row statements,
// the import commit, the synthetic generator (COPY on PostgreSQL, batched INSERTs on PGlite, with
// its index drop/rebuild and CLUSTER). Runs on PGlite and, with TEST_DATABASE_URL, on PostgreSQL.

/** Keys where the aggregate and a brute-force GROUP BY over umkm differ (one statement: one snapshot). */
async function mismatches() {
  return db.$queryRaw<{ regency_code: string; scale: string; has_nib: boolean; is_active: boolean }[]>`
    SELECT coalesce(b.regency_code, c.regency_code) AS regency_code, coalesce(b.scale, c.scale)::text AS scale,
           coalesce(b.has_nib, c.has_nib) AS has_nib, coalesce(b.is_active, c.is_active) AS is_active,
           coalesce(b.n, 0)::int AS brute, coalesce(c.n, 0)::int AS kept
      FROM (SELECT regency_code, scale, nib IS NOT NULL AS has_nib, is_active, count(*) AS n FROM umkm GROUP BY 1, 2, 3, 4) b
      FULL JOIN (SELECT * FROM umkm_counts WHERE n <> 0) c
        ON (c.regency_code, c.scale, c.has_nib, c.is_active) = (b.regency_code, b.scale, b.has_nib, b.is_active)
     WHERE coalesce(b.n, 0) <> coalesce(c.n, 0)`;
}

/** The same for `paperwork_counts` against the paperwork items. */
async function paperworkMismatches() {
  return db.$queryRaw<{ document_type_id: string }[]>`
    SELECT coalesce(b.document_type_id, c.document_type_id)::text AS document_type_id,
           coalesce(b.status, c.status)::text AS status, coalesce(b.source, c.source)::text AS source,
           coalesce(b.issued_month, c.issued_month) AS issued_month, coalesce(b.n, 0)::int AS brute, coalesce(c.n, 0)::int AS kept
      FROM (SELECT document_type_id, status, source,
                   coalesce(to_char(issued_on, 'YYYYMM')::int, 0) AS issued_month, count(*) AS n
              FROM paperwork_items GROUP BY 1, 2, 3, 4) b
      FULL JOIN (SELECT * FROM paperwork_counts WHERE n <> 0) c
        ON (c.document_type_id, c.status, c.source, c.issued_month) = (b.document_type_id, b.status, b.source, b.issued_month)
     WHERE coalesce(b.n, 0) <> coalesce(c.n, 0)`;
}

async function bruteTotals() {
  const [row] = await db.$queryRaw<{ total: number; active: number; with_nib: number }[]>`
    SELECT count(*)::int AS total, count(*) FILTER (WHERE is_active)::int AS active,
           count(*) FILTER (WHERE nib IS NOT NULL)::int AS with_nib FROM umkm`;
  return { total: row!.total, active: row!.active, withNib: row!.with_nib };
}

async function expectConsistent() {
  expect(await mismatches()).toEqual([]);
  expect(await paperworkMismatches()).toEqual([]);
  expect(await getUmkmTotals()).toEqual(await bruteTotals());
}

let officer: SessionUser;
let diskop: SessionUser;
let input: (patch?: Record<string, unknown>) => Promise<UmkmInput>;
let deliDistrict: string;

beforeAll(async () => {
  await ensureUmkmReference();
  [officer, diskop] = [await sessionUser("PMPTSP_OFFICER"), await sessionUser("DISKOP_STAFF")];
  const schema = umkmInputSchema(await getRegionReference());
  deliDistrict = (await db.district.findFirstOrThrow({ where: { regencyCode: "12.07" }, orderBy: { code: "asc" } }))
    .code;
  input = async (patch = {}) =>
    schema.parse({
      businessName: `Katering Hitung ${Math.random().toString(36).slice(2, 8)}`,
      ownerName: "Rina Siregar",
      phone: "081298765432",
      kbliCodes: "56210",
      productsText: "Nasi kotak, katering harian",
      regencyCode: "12.71",
      districtCode: "12.71.01",
      capitalRp: "Rp 90.000.000",
      annualSalesRp: "400.000.000",
      ...patch,
    });
});

afterEach(() => vi.restoreAllMocks());

describe("umkm_counts equals a brute-force count", () => {
  it("is kept by statement-level triggers (one upsert per statement, not one per row: COPY stays fast)", async () => {
    const triggers = await db.$queryRaw<{ name: string; table: string; per_row: boolean }[]>`
      SELECT t.tgname AS name, c.relname AS table, (t.tgtype & 1) = 1 AS per_row
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname LIKE 'umkm\_counts\_%' OR t.tgname LIKE 'paperwork\_counts\_%' ORDER BY 1`;
    expect(triggers.map((t) => t.name)).toEqual([
      "paperwork_counts_delete",
      "paperwork_counts_insert",
      "paperwork_counts_truncate",
      "paperwork_counts_update",
      "umkm_counts_delete",
      "umkm_counts_insert",
      "umkm_counts_truncate",
      "umkm_counts_update",
    ]);
    expect(triggers.filter((t) => t.per_row)).toEqual([]);
  });

  it("after inserts, then a kabupaten/kota change, a scale change, NIB set, deactivation (the data layer)", async () => {
    const before = await getUmkmTotals();
    const { id } = await createUmkm(diskop, await input());
    await createUmkm(diskop, await input({ nib: uniqueNib() }));
    await createTestUmkm(db, { regencyCode: "12.19" });
    await expectConsistent();
    expect((await getUmkmTotals()).total).toBe(before.total + 3);

    // kabupaten/kota change
    await updateUmkm(officer, id, await input({ regencyCode: "12.07", districtCode: deliDistrict }), 1);
    await expectConsistent();
    // scale change (Mikro → Kecil by capital and sales)
    await updateUmkm(
      officer,
      id,
      await input({
        regencyCode: "12.07",
        districtCode: deliDistrict,
        capitalRp: "Rp 900.000.000",
        annualSalesRp: "5.000.000.000",
      }),
      2,
    );
    expect((await db.umkm.findUniqueOrThrow({ where: { id } })).scale).toBe("KECIL");
    await expectConsistent();
    // NIB set
    await updateUmkm(
      officer,
      id,
      await input({
        regencyCode: "12.07",
        districtCode: deliDistrict,
        capitalRp: "Rp 900.000.000",
        annualSalesRp: "5.000.000.000",
        nib: uniqueNib(),
      }),
      3,
    );
    await expectConsistent();
    // deactivation
    await updateUmkm(
      officer,
      id,
      await input({
        regencyCode: "12.07",
        districtCode: deliDistrict,
        capitalRp: "Rp 900.000.000",
        annualSalesRp: "5.000.000.000",
        nib: (await db.umkm.findUniqueOrThrow({ where: { id } })).nib,
        isActive: "tidak",
      }),
      4,
    );
    expect((await db.umkm.findUniqueOrThrow({ where: { id } })).isActive).toBe(false);
    await expectConsistent();
    const byRegency = await getUmkmCountsByRegency();
    const deli = byRegency.find((r) => r.regencyCode === "12.07")!;
    const [deliBrute] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM umkm WHERE regency_code = '12.07' AND is_active AND scale = 'KECIL'`;
    expect(deli.activeByScale.KECIL).toBe(deliBrute!.n);
  });

  it("after an NIB is cleared, multi-row UPDATEs that swap keys, an UPDATE that changes nothing counted, and deletes", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createTestUmkm(db, { nib: uniqueNib() })).id);
    // The NIB item must stop being ISSUED before the profile's NIB may be emptied (migration nib_one_fact).
    await db.$executeRaw`UPDATE paperwork_items SET status = 'EXPIRED', expires_on = issued_on
      WHERE umkm_id = ${ids[0]}::uuid AND status = 'ISSUED'`;
    await db.$executeRaw`UPDATE umkm SET nib = NULL WHERE id = ${ids[0]}::uuid`;
    expect((await db.umkm.findUniqueOrThrow({ where: { id: ids[0] } })).nib).toBeNull();
    await expectConsistent();
    // One statement, several rows, several keys: two to Batu Bara and inactive, one untouched key.
    await db.$executeRaw`UPDATE umkm SET regency_code = '12.19',
        district_code = (SELECT code FROM districts WHERE regency_code = '12.19' ORDER BY code LIMIT 1),
        is_active = (id <> ${ids[1]}::uuid)
      WHERE id = ANY(${ids.slice(1, 3)}::uuid[])`;
    await expectConsistent();
    const counters = await db.$queryRaw<{ n: bigint }[]>`SELECT n FROM umkm_counts ORDER BY 1`;
    await db.$executeRaw`UPDATE umkm SET products_text = products_text || ' (diperbarui)' WHERE id = ANY(${ids}::uuid[])`;
    expect(await db.$queryRaw<{ n: bigint }[]>`SELECT n FROM umkm_counts ORDER BY 1`).toEqual(counters);
    await expectConsistent();
    // deletes: one row, then the rest in one statement
    await db.$executeRaw`DELETE FROM umkm WHERE id = ${ids[3]}::uuid`;
    await expectConsistent();
    await db.$executeRaw`DELETE FROM umkm WHERE id = ANY(${ids}::uuid[])`;
    await expectConsistent();
  });

  it("TRUNCATE empties it (rolled back here, so the other rows stay)", async () => {
    await createTestUmkm(db);
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("TRUNCATE umkm CASCADE");
      const { rows } = await client.query<{ n: number }>(
        "SELECT coalesce(sum(n), 0)::int AS n FROM umkm_counts WHERE n <> 0",
      );
      expect(rows[0]!.n).toBe(0);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
    await expectConsistent();
  });

  it("after an import commit (INSERT … SELECT from staging, one statement)", async () => {
    const header =
      "business_name;owner_name;phone;nib;npwp;kbli_codes;products;regency_code;district_code;capital_rp;annual_sales_rp;employees;year_established;capacity;is_active";
    const line = (i: number, nib: string, active: string, capital: string, regency: string, district: string) =>
      [`Impor Hitung ${Date.now()} ${i}`, "Budi", "0812-1111-2222", nib, "", "56210", "Nasi kotak", regency, district]
        .concat([capital, "600.000.000", "3", "2018", "1", active])
        .join(";");
    const csv = [
      header,
      line(1, uniqueNib(), "ya", "150.000.000", "12.71", "12.71.01"),
      line(2, "", "ya", "40.000.000", "12.71", "12.71.01"),
      line(3, "", "tidak", "900.000.000", "12.07", deliDistrict),
      line(4, uniqueNib(), "ya", "40.000.000", "12.07", deliDistrict),
    ].join("\n");
    const before = await getUmkmTotals();
    const dir = tempStorageDir();
    const job = await startUmkmImport(diskop, { name: "hitung.csv", bytes: new TextEncoder().encode(csv) }, { dir });
    await validateUmkmImport(diskop, job.id, { dir });
    expect(await commitUmkmImport(diskop, job.id)).toEqual({ imported: 4 });
    expect(await getUmkmTotals()).toEqual({
      total: before.total + 4,
      active: before.active + 3,
      withNib: before.withNib + 2,
    });
    await expectConsistent();
  });

  it("after the synthetic generator (index drop/rebuild, CLUSTER, VACUUM) and its replace and removal", async () => {
    await db.$transaction((tx) => runSeed(tx, { includeDemo: false }), { timeout: 600_000 }); // every kabupaten/kota
    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      await loadSyntheticUmkm(client, { count: 300, seed: 5, replace: true, rebuildIndexesFrom: 100 });
      await expectConsistent();
      const loaded = await getUmkmTotals();
      await loadSyntheticUmkm(client, { count: 200, seed: 6, replace: true });
      await expectConsistent();
      expect((await getUmkmTotals()).total).toBe(loaded.total - 100);
    } finally {
      await deleteSyntheticUmkm(client);
      await client.end();
    }
    await expectConsistent();
  }, 600_000);
});

describe("paperwork_counts equals a brute-force count", () => {
  it("through an item's steps (status, issue date, month), a document type's items deleted with their UMKM", async () => {
    const types = await ensureDocumentTypes(db, ["NIB", "HALAL"]);
    const umkm = await createTestUmkm(db);
    const step = (expectedVersion: number, fields: Record<string, string>) =>
      savePaperworkItem(officer, { umkmId: umkm.id, documentTypeId: types.get("HALAL"), expectedVersion, ...fields });
    await step(0, { status: "IN_PROGRESS" });
    await expectConsistent();
    await step(1, { status: "SUBMITTED" });
    await step(2, { status: "ISSUED", number: "ID00410000012345", issuedOn: "2025-03-04" });
    await expectConsistent();
    await step(3, { status: "ISSUED", number: "ID00410000012345", issuedOn: "2026-02-10" });
    await expectConsistent();
    // Expiry is the reminder job's (system) transition.
    await db.$executeRaw`UPDATE paperwork_items SET status = 'EXPIRED', expires_on = '2026-03-01'
      WHERE umkm_id = ${umkm.id}::uuid AND document_type_id = ${types.get("HALAL")}::uuid`;
    await expectConsistent();
    await db.$executeRaw`DELETE FROM umkm WHERE id = ${umkm.id}::uuid`; // items go by cascade
    await expectConsistent();
  });
});

describe("request paths read the aggregate, never count umkm", () => {
  /** The SQL every pg connection sends while `run` runs. */
  async function sqlOf(run: () => Promise<unknown>): Promise<string[]> {
    const sent: string[] = [];
    const original = pg.Client.prototype.query;
    vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      const [first] = args;
      sent.push(typeof first === "string" ? first : String((first as { text?: string } | undefined)?.text ?? ""));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original);
    await run();
    vi.restoreAllMocks();
    return sent;
  }
  /** Reads the umkm table itself (quoted by Prisma or bare), not umkm_counts, umkm_kbli or a column umkm_id. */
  const touchesUmkm = (sql: string) => /\b(FROM|JOIN)\s+("public"\.)?"?umkm"?(?![\w"])/i.test(sql);

  it("the landing page's figures and the ADMIN, officer and Diskop dashboards", async () => {
    const admin = await sessionUser("ADMIN");
    const sent = await sqlOf(async () => {
      await getPublicStats();
      await getDashboard(admin);
      await getDashboard(officer);
      await getDashboard(diskop);
    });
    expect(sent.some((sql) => /umkm_counts/.test(sql))).toBe(true);
    expect(sent.filter(touchesUmkm)).toEqual([]);
  });

  it("the province paperwork figures read no paperwork item and count no UMKM", async () => {
    const sent = await sqlOf(() => getProvincePaperworkStats(officer));
    expect(sent.some((sql) => /paperwork_counts/.test(sql))).toBe(true);
    expect(
      sent.filter((sql) => /paperwork_items|count\(\*\)[^)]*FROM\s+("public"\.)?"?umkm"?(?![\w"])/i.test(sql)),
    ).toEqual([]);
  });

  it("their registry figures are the aggregate's (a counter row added by hand shows up) and equal the brute-force count", async () => {
    const brute = await bruteTotals();
    expect((await getPublicStats()).umkm).toBe(brute.active);
    const tiles = (await getDashboard(diskop)).tiles;
    expect(tiles.find((t) => t.key === "umkm")?.value).toBe(brute.active);
    expect(tiles.find((t) => t.key === "umkmWithNib")?.value).toBe(brute.withNib);
    expect((await getProvincePaperworkStats(officer)).nibNow).toBe(brute.withNib);
    await db.$executeRaw`INSERT INTO umkm_counts (regency_code, scale, has_nib, is_active, n) VALUES ('99.99', 'MIKRO', true, true, 1000)`;
    try {
      expect((await getPublicStats()).umkm).toBe(brute.active + 1000);
      expect((await getDashboard(officer)).tiles.find((t) => t.key === "umkmWithNib")?.value).toBe(
        brute.withNib + 1000,
      );
    } finally {
      await db.$executeRaw`DELETE FROM umkm_counts WHERE regency_code = '99.99'`;
    }
  });
});
