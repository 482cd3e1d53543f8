import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadNeedProfile } from "@/lib/dal/matching/features";
import { needTerms } from "@/lib/matching/features";
import { createTestCompany, createTestNeed } from "@/prisma/seed/factories";
import { DEMO_COMPANIES, DEMO_NEEDS } from "@/prisma/seed/demo-firms";
import { ensureRegency } from "@/prisma/seed/regions";

// Text relevance counts product words, not places (issue 14): the seed's real needs name the
// firm's site ("site Martabe") and the plant's village ("Kuala Tanjung"), which made every UMKM
// called "Rental Martabe Trans" or "UD Besi Tua Kuala Tanjung" look like a product match.

describe("needTerms", () => {
  it("leaves out the place words it is given, keeping order and the limit", () => {
    expect(needTerms(["sewa", "mobil", "martabe"], ["pengemudi", "batangtoru"], new Set(["martabe"]))).toEqual([
      "sewa",
      "mobil",
      "pengemudi",
      "batangtoru",
    ]);
    expect(needTerms(["sewa", "martabe"], [])).toEqual(["sewa", "martabe"]);
  });
});

describe("loadNeedProfile place words (the seed's real needs)", () => {
  const firmOf = (key: string) => DEMO_COMPANIES.find((c) => c.key === key)!;
  const needOf = (key: string) => DEMO_NEEDS.find((n) => n.key === key)!;
  let tag = 0;
  async function termsOf(firmKey: string, needKey: string, overrides: { title?: string; description?: string } = {}) {
    const firm = firmOf(firmKey);
    const need = needOf(needKey);
    tag += 1;
    const company = await createTestCompany(db, {
      name: firm.name,
      legalName: `${firm.legalName} ${process.pid}-${tag}-${Date.now()}`,
      sector: firm.sector,
      address: firm.address,
      regencyCode: firm.regencyCode,
    });
    const created = await createTestNeed(db, company.id, {
      title: overrides.title ?? need.title,
      description: overrides.description ?? need.description,
      deliveryRegencyCode: need.deliveryRegencyCode,
      kbliCodes: need.kbli.slice(0, 1),
    });
    return (await loadNeedProfile(db, created.id))!.terms;
  }

  beforeAll(async () => {
    // Kab. Tapanuli Selatan (Batang Toru), Kab. Batu Bara (Sei Suka), Kab. Langkat (Kuala,
    // Pangkalan Susu), Kota Padangsidimpuan: the kecamatan names come from the reference data.
    for (const code of ["12.03", "12.19", "12.05", "12.77"]) await ensureRegency(db, code);
  }, 60_000);

  it("Agincourt's car rental: 'martabe' (its site) and the towns are not product words", async () => {
    const terms = await termsOf("agincourt", "agincourt-rental");
    expect(terms).toEqual(expect.arrayContaining(["sewa", "mobil", "double", "cabin"]));
    for (const place of ["martabe", "padangsidimpu", "batang", "toru", "tambang"]) expect(terms).not.toContain(place);
  });

  it("Inalum's scrap: 'kuala' and 'tanjung' (its plant's village) are not product words", async () => {
    const terms = await termsOf("inalum", "inalum-scrap");
    expect(terms).toEqual(expect.arrayContaining(["beli", "bekas", "scrap"]));
    expect(terms).not.toContain("kuala");
    expect(terms).not.toContain("tanjung");
  });

  it("a kecamatan's name counts only as the whole phrase: 'susu' stays a product word unless 'Pangkalan Susu' is named", async () => {
    const milk = await termsOf("inalum", "inalum-scrap", {
      title: "Susu segar untuk karyawan",
      description: "Susu sapi segar 200 liter per minggu.",
    });
    expect(milk).toContain("susu");
    const place = await termsOf("inalum", "inalum-scrap", {
      title: "Ikan segar dari Pangkalan Susu",
      description: "Ikan laut segar 100 kg per minggu.",
    });
    expect(place).toContain("ikan");
    expect(place).not.toContain("susu");
    expect(place).not.toContain("pangkal");
  });
});
