import { beforeAll, describe, expect, it, vi } from "vitest";

// Eight transactions write overlapping umkm_counts keys at the same moment — multi-row INSERTs
// over three kabupaten/kota and two scales (each worker lists them in its own order), then an
// UPDATE moving its rows, then a DELETE — while readers sum the aggregate. On PostgreSQL
// (TEST_DATABASE_URL) they really overlap: the triggers' upserts lock counters in key order, so
// none deadlocks (40P01) and the aggregate ends equal to a brute-force count. PGlite serialises them.
vi.hoisted(() => {
  process.env.DB_POOL_MAX = "12";
});

const { db } = await import("@/lib/db");
const { getUmkmTotals } = await import("@/lib/dal/umkm/umkm-counts");
const { ensureUmkmReference, TEST_REGENCIES } = await import("../setup/umkm");

const WORKERS = 8;

beforeAll(() => ensureUmkmReference());

describe("concurrent writers of umkm_counts", () => {
  it("never deadlock and leave the aggregate equal to a brute-force count", async () => {
    const tag = `Paralel ${Date.now()}`;
    let deleted = 0;
    const worker = (w: number) =>
      db.$transaction(async (tx) => {
        const regencies = w % 2 === 0 ? [...TEST_REGENCIES] : [...TEST_REGENCIES].reverse();
        await tx.$executeRaw`
          INSERT INTO umkm (business_name, owner_name, products_text, regency_code, district_code, capital_rp,
            annual_sales_rp, scale, kbli_prefixes, updated_at)
          SELECT ${tag} || ' ' || ${w}::int || '-' || r.ord || '-' || g || '-' || s.scale, 'Uji', 'Nasi kotak', r.code,
                 (SELECT min(d.code) FROM districts d WHERE d.regency_code = r.code), s.capital, s.sales,
                 s.scale::"UmkmScale", '{56,562,5621,56210}', now()
            FROM unnest(${regencies}::text[]) WITH ORDINALITY AS r(code, ord)
           CROSS JOIN generate_series(1, 5) AS g
           CROSS JOIN (VALUES ('MIKRO', 50000000::bigint, 300000000::bigint),
                              ('KECIL', 900000000::bigint, 5000000000::bigint)) AS s(scale, capital, sales)
           ORDER BY r.ord, g`;
        const target = regencies[w % regencies.length]!;
        await tx.$executeRaw`
          UPDATE umkm SET regency_code = ${target},
                 district_code = (SELECT min(d.code) FROM districts d WHERE d.regency_code = ${target}),
                 is_active = (${w}::int % 3 <> 0)
           WHERE business_name LIKE ${`${tag} ${w}-%`} AND business_name LIKE '%-1-%'`;
        deleted +=
          await tx.$executeRaw`DELETE FROM umkm WHERE business_name LIKE ${`${tag} ${w}-%`} AND business_name LIKE '%-2-%'`;
      });
    const readers = Array.from({ length: 4 }, () => getUmkmTotals());
    const results = await Promise.allSettled([...Array.from({ length: WORKERS }, (_, w) => worker(w)), ...readers]);
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM umkm WHERE business_name LIKE ${`${tag} %`}`;
    expect(deleted).toBeGreaterThan(0);
    expect(row!.n).toBe(WORKERS * 3 * 5 * 2 - deleted);
    const [mismatch] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n
        FROM (SELECT regency_code, scale, nib IS NOT NULL AS has_nib, is_active, count(*) AS n FROM umkm GROUP BY 1, 2, 3, 4) b
        FULL JOIN (SELECT * FROM umkm_counts WHERE n <> 0) c
          ON (c.regency_code, c.scale, c.has_nib, c.is_active) = (b.regency_code, b.scale, b.has_nib, b.is_active)
       WHERE coalesce(b.n, 0) <> coalesce(c.n, 0)`;
    expect(mismatch!.n).toBe(0);
    await db.$executeRaw`DELETE FROM umkm WHERE business_name LIKE ${`${tag} %`}`;
  });
});
