import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import { verifyPassword } from "@/lib/password";
import { generateDemoUmkm } from "@/prisma/seed/demo-umkm";
import {
  createTestCompany,
  createTestNeed,
  createTestUmkm,
  createTestUser,
  TEST_PASSWORD,
} from "@/prisma/seed/factories";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed/demo-accounts";
import { runSeed, type SeedOptions } from "@/prisma/seed/index";
import { INITIAL_NOTE } from "@/prisma/seed/weights";
import { testDatabaseUrl, truncateDomainTables, withTestDb } from "../setup/db";

// Seeds the run's test database (PGlite by default, PostgreSQL with TEST_DATABASE_URL) the way
// `npm run db:seed` does — one interactive transaction — and checks what the seed promises.

let db: Db;
const demoIds = generateDemoUmkm().map((u) => u.id);

function seed(options: SeedOptions) {
  return db.$transaction((tx) => runSeed(tx, options), { maxWait: 30_000, timeout: 600_000 });
}

/** Row count of every table plus a fingerprint of the demo rows' contents. */
async function snapshot(): Promise<Record<string, string>> {
  return withTestDb(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${name}`);
      result[name] = rows[0]?.n ?? "";
    }
    for (const table of ["umkm", "users", "supply_needs", "paperwork_items", "regencies", "document_types"]) {
      const { rows } = await client.query<{ h: string }>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t.${table === "regencies" ? "code" : "id"})) AS h FROM ${table} t`,
      );
      result[`${table}#md5`] = rows[0]?.h ?? "";
    }
    return result;
  });
}

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 4);
  await truncateDomainTables();
  await seed({ includeDemo: true });
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe("reference data", () => {
  it("has North Sumatra's 33 kabupaten/kota, each with centre coordinates", async () => {
    const regencies = await db.regency.findMany({ where: { provinceCode: "12" } });
    expect(regencies).toHaveLength(33);
    expect(regencies.filter((r) => r.type === "KABUPATEN")).toHaveLength(25);
    expect(regencies.filter((r) => r.type === "KOTA")).toHaveLength(8);
    for (const r of regencies) {
      expect(Number(r.latitude)).toBeGreaterThan(0.3);
      expect(Number(r.latitude)).toBeLessThan(4.4);
      expect(Number(r.longitude)).toBeGreaterThan(97);
      expect(Number(r.longitude)).toBeLessThan(100.5);
    }
    // Names as in idn-area-data (12.19 rather than Medan: other test files insert a few rows of
    // their own into these shared reference tables, and the seed never overwrites rows).
    expect(regencies.find((r) => r.code === "12.19")?.name).toBe("Kabupaten Batu Bara");
    expect(Number(regencies.find((r) => r.code === "12.71")?.latitude)).toBeCloseTo(3.5952, 3);
  });

  it("has the 455 kecamatan of province 12 and all provinces", async () => {
    expect(await db.district.count({ where: { regency: { provinceCode: "12" } } })).toBe(455);
    expect(await db.province.count()).toBe(38);
  });

  it("has active matching weights version 1 summing to 1", async () => {
    const weights = await db.matchingWeights.findUnique({ where: { version: 1 } });
    expect(weights?.isActive).toBe(true);
    const sum = Object.values(weights?.weights as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
  });
});

describe("demo firms and needs", () => {
  it("has PT Inalum at Kuala Tanjung and PT Agincourt Resources at Batangtoru", async () => {
    const inalum = await db.company.findUnique({ where: { legalName: "PT Indonesia Asahan Aluminium" } });
    expect(inalum).toMatchObject({ name: "PT Inalum", investmentType: "BUMN", regencyCode: "12.19" });
    const agincourt = await db.company.findUnique({ where: { legalName: "PT Agincourt Resources" } });
    expect(agincourt).toMatchObject({ investmentType: "PMA", regencyCode: "12.03" });
  });

  it("has the article's open needs: scrap, car rental with driver, catering for foreign investors", async () => {
    const open = await db.supplyNeed.findMany({
      where: { status: "OPEN" },
      include: { company: true, kbli: true, requiredDocuments: { include: { documentType: true } } },
    });
    const docs = (n: (typeof open)[number]) => n.requiredDocuments.map((d) => d.documentType.code).sort();
    const codes = (n: (typeof open)[number]) => n.kbli.map((k) => k.code);
    const scrap = open.find((n) => n.company.name === "PT Inalum" && codes(n).includes("46696"));
    expect(scrap).toBeDefined();
    const rental = open.find((n) => n.company.name === "PT Agincourt Resources" && codes(n).includes("49422"));
    expect(rental && docs(rental)).toEqual(["NIB", "SERTIFIKAT_STANDAR"]);
    const catering = open.find((n) => codes(n).includes("56210"));
    expect(catering && docs(catering)).toEqual(["HALAL", "NIB", "SLHS"]);
    const today = new Date(new Date().toISOString().slice(0, 10));
    for (const need of open) {
      expect(need.responseDeadline.getTime()).toBeGreaterThan(today.getTime());
      expect(need.estimatedValueRp).toBeGreaterThan(0n);
      expect(need.kbli.length).toBeGreaterThan(0);
    }
    expect(await db.supplyNeed.count({ where: { status: "DRAFT" } })).toBeGreaterThan(0);
    expect(await db.supplyNeed.count({ where: { status: "CLOSED" } })).toBeGreaterThan(0);
  });
});

describe("demo UMKM", () => {
  it("has ~300 UMKM over all 33 kabupaten/kota, Medan and Deli Serdang heaviest", async () => {
    const groups = await db.umkm.groupBy({ by: ["regencyCode"], where: { id: { in: demoIds } }, _count: true });
    expect(groups.reduce((sum, g) => sum + g._count, 0)).toBe(300);
    expect(groups).toHaveLength(33);
    const ranked = groups.sort((a, b) => b._count - a._count).map((g) => g.regencyCode);
    expect(ranked.slice(0, 2)).toEqual(["12.71", "12.07"]);
  });

  it("stores every UMKM's scale as classifyScale(capital, sales) and its KBLI prefixes", async () => {
    const all = await db.umkm.findMany({ include: { kbli: true } });
    expect(all.length).toBeGreaterThanOrEqual(300);
    for (const u of all) {
      expect(u.scale).toBe(classifyScale(u.capitalRp, u.annualSalesRp));
      expect(u.kbliPrefixes.sort()).toEqual(kbliPrefixesOf(u.kbli.map((k) => k.code)));
    }
    const scales = new Set(all.map((u) => u.scale));
    expect(scales).toEqual(new Set(["MIKRO", "KECIL", "MENENGAH"]));
  });

  it("gives about 10% an NIB and keeps paperwork consistent", async () => {
    const withNib = await db.umkm.count({ where: { id: { in: demoIds }, nib: { not: null } } });
    expect(withNib).toBeGreaterThanOrEqual(15);
    expect(withNib).toBeLessThanOrEqual(60);
    const issued = await db.paperworkItem.findMany({ where: { status: { in: ["ISSUED", "EXPIRED"] } } });
    for (const item of issued) expect(item.number && item.issuedOn).toBeTruthy();
    const expired = issued.filter((item) => item.status === "EXPIRED");
    expect(expired.length).toBeGreaterThanOrEqual(1);
    for (const item of expired) expect(item.expiresOn!.getTime()).toBeLessThan(Date.now());
  });
});

describe("demo users", () => {
  it("has exactly one demo account per role, linked and signing in with the documented password", async () => {
    const users = await db.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      omit: { passwordHash: false },
      include: { company: true, umkm: true },
    });
    expect(users.map((u) => u.role).sort()).toEqual([
      "ADMIN",
      "COMPANY_STAFF",
      "COMPANY_STAFF",
      "DISKOP_STAFF",
      "PMPTSP_OFFICER",
      "UMKM_OWNER",
    ]);
    expect(users.find((u) => u.email === "inalum@demo.kemitraan.id")?.company?.name).toBe("PT Inalum");
    expect(users.find((u) => u.email === "agincourt@demo.kemitraan.id")?.company?.name).toBe("PT Agincourt Resources");
    expect(users.find((u) => u.role === "UMKM_OWNER")?.umkm?.businessName).toBe("Katering Nauli Batangtoru");
    const admin = users.find((u) => u.role === "ADMIN");
    expect(await verifyPassword(admin?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });
});

describe("idempotency", () => {
  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const summary = await seed({ includeDemo: true });
    expect(summary.regionsInserted).toBe(0);
    expect(summary.kbliInserted).toBe(0);
    expect(summary.demo).toMatchObject({ umkm: 300, needsInserted: 0, paperworkInserted: 0, nominationsInserted: 0 });
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("rewords version 1's old note (it named the seed and DESIGN.md) and keeps it worded for people", async () => {
    const v1 = await db.matchingWeights.findUniqueOrThrow({ where: { version: 1 } });
    expect(v1.note).toBe(INITIAL_NOTE);
    expect(v1.note).not.toMatch(/seed|DESIGN/i);
    await db.matchingWeights.update({
      where: { id: v1.id },
      data: { note: "Versi awal (seed): bobot dari DESIGN.md" },
    });
    await seed({ includeDemo: true });
    expect((await db.matchingWeights.findUniqueOrThrow({ where: { version: 1 } })).note).toBe(INITIAL_NOTE);
  }, 120_000);

  it("seeds reference data but no demo data when told to (production)", async () => {
    await truncateDomainTables();
    const summary = await seed({ includeDemo: false });
    expect(summary.demo).toBeNull();
    expect(await db.user.count()).toBe(0);
    expect(await db.umkm.count()).toBe(0);
    expect(await db.regency.count({ where: { provinceCode: "12" } })).toBe(33);
  }, 120_000);
});

describe("test factories", () => {
  it("create a firm, its staff, an UMKM with its owner and a need, all valid against the DB checks", async () => {
    const company = await createTestCompany(db);
    const staff = await createTestUser(db, "COMPANY_STAFF", { companyId: company.id });
    const umkm = await createTestUmkm(db, { regencyCode: "12.03", kbliCodes: ["49422"], capitalRp: 3_000_000_000n });
    const owner = await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id });
    const need = await createTestNeed(db, company.id, {
      kbliCodes: ["49422"],
      documentCodes: ["NIB", "SERTIFIKAT_STANDAR"],
      createdById: staff.id,
    });
    expect(umkm).toMatchObject({ scale: "KECIL", regencyCode: "12.03", kbliPrefixes: ["49", "494", "4942", "49422"] });
    expect(owner).toMatchObject({ role: "UMKM_OWNER", umkmId: umkm.id, password: TEST_PASSWORD });
    expect(need).toMatchObject({ status: "OPEN", companyId: company.id, deliveryRegencyCode: "12.71" });
    expect(await db.supplyNeedDocument.count({ where: { needId: need.id } })).toBe(2);
  });
});
