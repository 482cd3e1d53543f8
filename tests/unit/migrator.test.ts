import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrator";
import { truncateDomainTables, withTestDb } from "../setup/db";

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

const tempDirs: string[] = [];
/** A migrations directory holding `files` ({ "001_a": "CREATE …" }), removed after the test. */
function tempMigrations(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrator-test-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function records(db: PGlite) {
  const { rows } = await db.query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    applied_steps_count: number;
  }>(
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  return rows;
}

async function tableExists(db: PGlite, name: string): Promise<boolean> {
  const { rows } = await db.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [name]);
  return rows[0]?.found !== null;
}

describe("applyMigrations on an in-process PGlite", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterAll(() => db.close());

  it("applies the project's migrations once, recording Prisma's checksum", async () => {
    const applied = await applyMigrations(db, migrationsDir);
    expect(applied.length).toBeGreaterThan(0);
    expect(await tableExists(db, "umkm")).toBe(true);
    const rows = await records(db);
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const row of rows) {
      const sha = createHash("sha256")
        .update(readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql")))
        .digest("hex");
      expect(row.checksum).toBe(sha);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }

    const lines: string[] = [];
    expect(await applyMigrations(db, migrationsDir, (line) => lines.push(line))).toEqual([]);
    expect(lines).toEqual(["Database is up to date"]);
    expect(await records(db)).toEqual(rows);
  });
});

describe("applyMigrations refusals", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  });
  afterEach(() => db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`));
  afterAll(() => db.close());

  it("refuses an applied migration whose file changed, applying nothing after it", async () => {
    const dir = tempMigrations({ "001_a": `CREATE TABLE a (id int);` });
    await applyMigrations(db, dir);
    const before = await records(db);
    appendFileSync(path.join(dir, "001_a", "migration.sql"), "\n-- edited");
    mkdirSync(path.join(dir, "002_b"));
    writeFileSync(path.join(dir, "002_b", "migration.sql"), `CREATE TABLE b (id int);`);

    await expect(applyMigrations(db, dir)).rejects.toThrow(/001_a was modified after it was applied/);
    expect(await records(db)).toEqual(before);
    expect(await tableExists(db, "b")).toBe(false);
  });

  it("refuses when an applied migration is missing on disk", async () => {
    const dir = tempMigrations({ "001_a": `CREATE TABLE a (id int);` });
    await applyMigrations(db, dir);
    rmSync(path.join(dir, "001_a"), { recursive: true });
    await expect(applyMigrations(db, dir)).rejects.toThrow(/001_a is applied to the database but missing/);
  });

  it("refuses to continue after an unfinished attempt", async () => {
    const dir = tempMigrations({ "001_a": `CREATE TABLE a (id int);` });
    await applyMigrations(db, dir);
    await db.query(`UPDATE "_prisma_migrations" SET finished_at = NULL`);
    await expect(applyMigrations(db, dir)).rejects.toThrow(/001_a was started but never finished/);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const dir = tempMigrations({
      "001_a": `CREATE TABLE a (id int);`,
      "002_bad": `CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\nSELECT no_such_function();`,
    });
    await expect(applyMigrations(db, dir)).rejects.toThrow(/002_bad failed and was rolled back/);
    expect(await tableExists(db, "a")).toBe(true);
    expect(await tableExists(db, "b")).toBe(false);
    expect((await records(db)).map((r) => r.migration_name)).toEqual(["001_a"]);
  });
});

// These run on the run's database (tests/setup/global-setup.ts): PGlite behind the socket
// server by default, PostgreSQL when TEST_DATABASE_URL is set.
describe("constraints the migration adds beyond Prisma's schema", () => {
  const umkm = (overrides: Record<string, unknown> = {}) => ({
    business_name: "Keripik Pisang Bu Sri",
    owner_name: "Sri",
    products_text: "keripik pisang, kerupuk",
    regency_code: "12.07",
    district_code: "12.07.01",
    capital_rp: 50_000_000,
    annual_sales_rp: 300_000_000,
    scale: "MIKRO",
    nib: "1234567890123",
    updated_at: new Date(),
    ...overrides,
  });
  async function insert(client: pg.Client, table: string, row: Record<string, unknown>) {
    const cols = Object.keys(row);
    const sql = `INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING *`;
    return (await client.query(sql, Object.values(row))).rows[0];
  }
  const violates = (constraint: string) => expect.objectContaining({ constraint });

  beforeAll(() =>
    withTestDb(async (client) => {
      await client.query(`INSERT INTO provinces VALUES ('12', 'Sumatera Utara') ON CONFLICT DO NOTHING`);
      await client.query(`INSERT INTO regencies (code, province_code, name, type) VALUES
      ('12.07', '12', 'Deli Serdang', 'KABUPATEN'), ('12.71', '12', 'Medan', 'KOTA') ON CONFLICT DO NOTHING`);
      await client.query(
        `INSERT INTO districts VALUES ('12.07.01', '12.07', 'Gunung Meriah'), ('12.71.01', '12.71', 'Medan Tuntungan') ON CONFLICT DO NOTHING`,
      );
    }),
  );
  afterAll(() => truncateDomainTables());

  it("accepts a consistent UMKM and keeps its search vector current", () =>
    withTestDb(async (client) => {
      const row = await insert(client, "umkm", umkm());
      const search = `SELECT count(*)::int AS n FROM umkm WHERE id = $1 AND search_vector @@ plainto_tsquery('indonesian', $2)`;
      expect((await client.query(search, [row.id, "keripik"])).rows[0].n).toBe(1);
      await client.query(`UPDATE umkm SET products_text = 'dodol durian' WHERE id = $1`, [row.id]);
      expect((await client.query(search, [row.id, "durian"])).rows[0].n).toBe(1);
      expect((await client.query(search, [row.id, "keripik pisang"])).rows[0].n).toBe(1);
    }));

  it("refuses a UMKM whose scale contradicts capital and sales, a 12-digit NIB, or a kecamatan of another kabupaten", () =>
    withTestDb(async (client) => {
      await expect(insert(client, "umkm", umkm({ nib: null, scale: "KECIL" }))).rejects.toEqual(
        violates("umkm_scale_check"),
      );
      await expect(
        insert(client, "umkm", umkm({ nib: null, capital_rp: 2_000_000_000, scale: "MIKRO" })),
      ).rejects.toEqual(violates("umkm_scale_check"));
      await expect(insert(client, "umkm", umkm({ nib: "123456789012" }))).rejects.toEqual(violates("umkm_nib_check"));
      await expect(insert(client, "umkm", umkm({ nib: null, npwp: "12345" }))).rejects.toEqual(
        violates("umkm_npwp_check"),
      );
      await expect(insert(client, "umkm", umkm({ nib: null, district_code: "12.71.01" }))).rejects.toEqual(
        violates("umkm_district_code_regency_code_fkey"),
      );
      expect(await insert(client, "umkm", umkm({ nib: null, capital_rp: 2_000_000_000, scale: "KECIL" }))).toBeTruthy();
    }));

  it("ties company and UMKM accounts to their role", () =>
    withTestDb(async (client) => {
      const user = { email: "a@example.test", name: "A", password_hash: "x", updated_at: new Date() };
      await expect(insert(client, "users", { ...user, role: "COMPANY_STAFF" })).rejects.toEqual(
        violates("users_company_id_role_check"),
      );
      const owned = await insert(client, "umkm", umkm({ nib: null }));
      await expect(insert(client, "users", { ...user, role: "ADMIN", umkm_id: owned.id })).rejects.toEqual(
        violates("users_umkm_id_role_check"),
      );
      expect(await insert(client, "users", { ...user, role: "UMKM_OWNER", umkm_id: owned.id })).toBeTruthy();
    }));

  it("refuses an inverted scale range on a need and an issued document without its number", () =>
    withTestDb(async (client) => {
      const company = await insert(client, "companies", {
        name: "PT Contoh",
        legal_name: "PT Contoh Tbk",
        sector: "Pangan",
        investment_type: "PMDN",
        regency_code: "12.07",
        address: "Jl. Contoh 1",
        updated_at: new Date(),
      });
      const need = {
        company_id: company.id,
        title: "Pisang kepok",
        description: "Pasokan mingguan",
        delivery_regency_code: "12.07",
        quantity: 100,
        unit: "kg",
        frequency: "WEEKLY",
        period_start: "2026-01-01",
        period_end: "2026-12-31",
        response_deadline: "2025-12-15",
        updated_at: new Date(),
      };
      await expect(
        insert(client, "supply_needs", { ...need, min_scale: "MENENGAH", max_scale: "KECIL" }),
      ).rejects.toEqual(violates("supply_needs_scale_range_check"));
      await expect(insert(client, "supply_needs", { ...need, period_end: "2025-06-30" })).rejects.toEqual(
        violates("supply_needs_period_check"),
      );
      expect(await insert(client, "supply_needs", { ...need, min_scale: "KECIL", max_scale: "KECIL" })).toBeTruthy();

      const docType = await insert(client, "document_types", {
        code: `TEST_${Date.now()}`,
        name_id: "Uji",
        name_en: "Test",
        issuer: "OSS",
      });
      const owner = await insert(client, "umkm", umkm({ nib: null }));
      const item = { umkm_id: owner.id, document_type_id: docType.id, status: "ISSUED", updated_at: new Date() };
      await expect(insert(client, "paperwork_items", item)).rejects.toEqual(violates("paperwork_items_issued_check"));
      expect(await insert(client, "paperwork_items", { ...item, number: "123", issued_on: "2025-01-02" })).toBeTruthy();
    }));

  it("keeps audit_events append-only", () =>
    withTestDb(async (client) => {
      const event = await insert(client, "audit_events", { action: "test.event" });
      await expect(client.query(`UPDATE audit_events SET reason = 'x' WHERE id = $1`, [event.id])).rejects.toThrow(
        /append-only: UPDATE/,
      );
      await expect(client.query(`DELETE FROM audit_events WHERE id = $1`, [event.id])).rejects.toThrow(
        /append-only: DELETE/,
      );
      const { rows } = await client.query(`SELECT reason FROM audit_events WHERE id = $1`, [event.id]);
      expect(rows).toEqual([{ reason: null }]);
    }));
});
