import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { prefixUpperBound, searchNameKey, searchRegistry, searchWordsQuery } from "@/lib/dal/umkm/umkm-search";
import { searchUmkmOptions } from "@/lib/dal/users/user-options";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { createTestUmkm } from "@/prisma/seed/factories";

// The ranked search behind /search?q= and the /users/new UMKM picker (lib/dal/umkm/umkm-search.ts),
// on the run's real database. Names carry a word made for this run, so rows other files left
// behind never rank among them.

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
const admin = user("ADMIN");

// Letters only (digits would make the word match other rows' NIB-free names differently).
const TOKEN = `zq${Array.from({ length: 6 }, () => String.fromCharCode(97 + randomInt(26))).join("")}`;
const nib = () => `8${String(Date.now()).slice(-7)}${String(randomInt(100000)).padStart(5, "0")}`;
const ids: Record<string, string> = {};
let districts: { code: string; name: string }[] = [];

beforeAll(async () => {
  const make = async (key: string, businessName: string, extra: Parameters<typeof createTestUmkm>[1] = {}) => {
    ids[key] = (await createTestUmkm(db, { businessName, productsText: "Kue kering dan roti", ...extra })).id;
  };
  await make("exact", `CV. Maju ${TOKEN}`);
  districts = await db.district.findMany({ where: { regencyCode: "12.71" }, orderBy: { name: "asc" }, take: 2 });
  await make("noDot", `CV Maju ${TOKEN}`);
  await make("prefix", `CV. Maju ${TOKEN} Abadi`);
  await make("longerPrefix", `CV. Maju ${TOKEN} Abadi Sentosa Sejahtera`);
  await make("words", `Toko ${TOKEN} Maju CV`);
  await make("productOnly", `Rumah Makan ${TOKEN}`, { productsText: "katering maju cv" });
  await make("inactive", `CV. Maju ${TOKEN}`, { isActive: false });
  // Two businesses of the same name in different kecamatan: kecamatan and NIB tell them apart.
  await make("sinarA", `UD Sinar-Baru ${TOKEN}`, { districtCode: districts[1]?.code, nib: nib() });
  await make("sinarB", `UD Sinar-Baru ${TOKEN}`, { districtCode: districts[0]?.code, nib: nib() });
});

afterAll(async () => {
  await db.umkm.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.$disconnect();
});

describe("search terms", () => {
  it("normalise names like the name_key trigger and split words on punctuation", () => {
    expect(searchNameKey("  CV.  Maju\tJaya ")).toBe("cv. maju jaya");
    expect(searchWordsQuery("UD Sinar-Baru")).toBe("'ud':* & 'sinar':* & 'baru':*");
    expect(searchWordsQuery(" ';-- ")).toBeNull();
  });

  it("bound a name prefix by the next string in code-point order", () => {
    expect(prefixUpperBound("tani")).toBe("tanj");
    expect(prefixUpperBound("cv.")).toBe("cv/");
    expect(prefixUpperBound("kopi é")).toBe("kopi ê");
    expect(prefixUpperBound("a\ud7ff")).toBe("a\ue000");
    for (const name of ["tani", "tani jaya", "tani\u{10ffff}"]) expect(name < prefixUpperBound("tani")).toBe(true);
  });
});

describe("searchRegistry (global search)", () => {
  it("puts the exact name, punctuation included, first; then names starting with it; then word matches", async () => {
    const hits = await searchRegistry(officer, `CV. Maju ${TOKEN}`);
    const order = hits.map((h) => h.id);
    // The registry shows inactive UMKM too; both exact rows come before anything else.
    expect(new Set(order.slice(0, 2))).toEqual(new Set([ids.exact, ids.inactive]));
    expect(hits.slice(0, 2).map((h) => h.match)).toEqual(["exact", "exact"]);
    expect(order.slice(2, 4)).toEqual([ids.prefix, ids.longerPrefix]);
    expect(hits.slice(2, 4).map((h) => h.match)).toEqual(["prefix", "prefix"]);
    expect(new Set(order.slice(4))).toEqual(new Set([ids.noDot, ids.words, ids.productOnly]));
    expect(hits.slice(4).every((h) => h.match === "words")).toBe(true);
  });

  it("matches the exact name whatever the case and spacing", async () => {
    const hits = await searchRegistry(officer, `  cv.   MAJU ${TOKEN.toUpperCase()} `);
    expect(hits[0]?.match).toBe("exact");
    expect([ids.exact, ids.inactive]).toContain(hits[0]?.id);
  });

  it("finds a hyphenated name exactly and tells same-named businesses apart by kecamatan and NIB", async () => {
    const hits = await searchRegistry(officer, `UD Sinar-Baru ${TOKEN}`);
    expect(hits.map((h) => h.id)).toEqual([ids.sinarB, ids.sinarA]);
    expect(hits.map((h) => h.match)).toEqual(["exact", "exact"]);
    expect(hits.map((h) => h.district)).toEqual([districts[0]?.name, districts[1]?.name]);
    expect(hits[0]?.nib).not.toBe(hits[1]?.nib);
  });

  it("puts an exact NIB first", async () => {
    const row = await db.umkm.findUniqueOrThrow({ where: { id: ids.sinarA } });
    const hits = await searchRegistry(officer, row.nib ?? "");
    expect(hits[0]).toMatchObject({ id: ids.sinarA, match: "nib" });
  });

  it("treats LIKE wildcards as text and ignores terms shorter than 2 characters", async () => {
    const hits = await searchRegistry(officer, `%${TOKEN}`);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.match === "words")).toBe(true);
    expect(await searchRegistry(officer, `_`)).toEqual([]);
    expect(await searchRegistry(officer, "c")).toEqual([]);
  });

  it("serves the offices and refuses firms and UMKM owners", async () => {
    for (const role of ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF"] as const)
      expect((await searchRegistry(user(role), `CV. Maju ${TOKEN}`)).length).toBeGreaterThan(0);
    for (const role of ["COMPANY_STAFF", "UMKM_OWNER"] as const) {
      const error = await searchRegistry(user(role), `CV. Maju ${TOKEN}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
    }
  });
});

describe("searchUmkmOptions (the /users/new picker)", () => {
  it("ranks the exact active name first and leaves inactive UMKM out", async () => {
    const options = await searchUmkmOptions(admin, `CV. Maju ${TOKEN}`);
    expect(options[0]?.id).toBe(ids.exact);
    expect(options.map((o) => o.id)).not.toContain(ids.inactive);
    expect(options.slice(1, 3).map((o) => o.id)).toEqual([ids.prefix, ids.longerPrefix]);
  });

  it("gives each option its kecamatan and NIB", async () => {
    const options = await searchUmkmOptions(admin, `UD Sinar-Baru ${TOKEN}`);
    expect(options.map((o) => o.district)).toEqual([districts[0]?.name, districts[1]?.name]);
    expect(options.every((o) => o.nib?.length === 13)).toBe(true);
  });

  it("refuses every role but ADMIN", async () => {
    for (const role of ["PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"] as const)
      await expect(searchUmkmOptions(user(role), `CV. Maju ${TOKEN}`)).rejects.toBeInstanceOf(AppError);
  });
});
