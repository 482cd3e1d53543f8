// Benchmark: import 100,000 UMKM rows from CSV with validation (target ≤ 60 s on PostgreSQL).
// Usage: DATABASE_URL=postgresql://… npm run bench:import [-- --rows 100000]
// Needs a migrated and seeded database (reference data). Generates a deterministic CSV, runs it
// through the same data-layer functions as the import page (start → validate → commit), prints
// rows/s per phase, then deletes the rows it imported.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "../../lib/db";
import { commitUmkmImport, startUmkmImport, validateUmkmImport } from "../../lib/dal/umkm/umkm-import";
import { getRegionReference } from "../../lib/dal/umkm/umkm-reference";
import { KBLI_CODES } from "../../lib/reference/kbli-codes";
import type { SessionUser } from "../../lib/session-user";

const argIndex = process.argv.indexOf("--rows");
const ROWS = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 100_000;
const BENCH_EMAIL = "bench.import@bench.kemitraan.invalid";

/** mulberry32: a tiny seeded PRNG, so the file is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function benchUser(): Promise<SessionUser> {
  // A disabled account (no usable password) that owns the benchmark's rows and audit events.
  const user = await db.user.upsert({
    where: { email: BENCH_EMAIL },
    update: {},
    create: {
      email: BENCH_EMAIL,
      name: "Benchmark import",
      role: "DISKOP_STAFF",
      passwordHash: "!disabled",
      isActive: false,
    },
  });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "DISKOP_STAFF",
    companyId: null,
    umkmId: null,
    mustChangePassword: false,
  };
}

async function csv(rows: number): Promise<string> {
  const { districts } = await getRegionReference();
  if (districts.length < 400) throw new Error("reference data missing: run `npm run db:seed` first");
  const next = random(20261128);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const lines = [
    "business_name;owner_name;phone;nib;npwp;kbli_codes;products;regency_code;district_code;capital_rp;annual_sales_rp;employees;year_established;capacity;is_active",
  ];
  for (let i = 0; i < rows; i++) {
    const district = pick(districts);
    const kbli = pick(KBLI_CODES);
    const capital = Math.floor(next() * 900_000) * 1000;
    const nib = next() < 0.03 ? `7${String(i).padStart(12, "0")}` : "";
    lines.push(
      [
        `Usaha Bench ${i}`,
        `Pemilik ${i}`,
        `08${String(1_200_000_000 + i)}`,
        nib,
        "",
        kbli.code,
        `${kbli.titleId}, pesanan harian`,
        district.regencyCode,
        district.code,
        `Rp ${capital.toLocaleString("id-ID")}`,
        String(capital * 3),
        String(1 + (i % 20)),
        String(1990 + (i % 35)),
        "1",
        "ya",
      ].join(";"),
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const user = await benchUser();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const content = await csv(ROWS);
  const bytes = new TextEncoder().encode(content);
  console.log(`CSV: ${ROWS.toLocaleString("en")} rows, ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`);
  const t0 = performance.now();
  const job = await startUmkmImport(user, { name: "bench.csv", bytes }, { dir });
  const validated = await validateUmkmImport(user, job.id, { dir });
  const t1 = performance.now();
  const { imported } = await commitUmkmImport(user, job.id);
  const t2 = performance.now();
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  console.log(
    `validate + stage: ${seconds(t1 - t0)} s (${Math.round(ROWS / ((t1 - t0) / 1000)).toLocaleString("en")} rows/s), ${validated.validRows} valid, ${validated.errorRows} with errors`,
  );
  console.log(`commit (one transaction): ${seconds(t2 - t1)} s, ${imported.toLocaleString("en")} rows`);
  console.log(
    `TOTAL: ${seconds(t2 - t0)} s for ${ROWS.toLocaleString("en")} rows = ${Math.round(ROWS / ((t2 - t0) / 1000)).toLocaleString("en")} rows/s (target ≤ 60 s)`,
  );
  await db.umkm.deleteMany({ where: { createdById: user.id } });
  rmSync(dir, { recursive: true, force: true });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
