import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import {
  AGRICULTURE_BY_ZONE,
  BRAND_WORDS,
  GIVEN_NAMES,
  MARGA,
  NON_MARGA_SURNAMES,
  PROFILES,
  STREETS,
  type Profile,
} from "@/prisma/seed/demo-umkm-data";
import { Rng } from "@/prisma/seed/random";
import { allDistricts, type DistrictRef } from "@/prisma/seed/regions";

/**
 * Synthetic registry rows at the province's real scale (~1.2 million business actors), for load
 * tests and benchmarks. Pure and deterministic: the same seed gives the same rows, ids included.
 */
export type SyntheticUmkm = {
  id: string;
  businessName: string;
  ownerName: string;
  phone: string | null;
  nib: string | null;
  productsText: string;
  regencyCode: string;
  districtCode: string;
  address: string;
  capitalRp: bigint;
  annualSalesRp: bigint;
  scale: UmkmScale;
  employees: number;
  yearEstablished: number;
  capacity: number;
  kbliPrefixes: string[];
};

/**
 * Synthetic ids are version-8 UUIDs (RFC 9562, "vendor-specific") starting with this prefix.
 * Real rows get v4 (gen_random_uuid) or v5 (seed) ids, so the prefix plus the version digit
 * marks generated rows without a schema change, and they are deletable by a primary-key range.
 */
export const SYNTHETIC_ID_PREFIX = "5e1f5e1f";

/** Population of each North Sumatra kabupaten/kota in thousands (BPS, Sensus Penduduk 2020, rounded). */
export const POPULATION_K: Readonly<Record<string, number>> = {
  "12.01": 366,
  "12.02": 312,
  "12.03": 301,
  "12.04": 147,
  "12.05": 1031,
  "12.06": 404,
  "12.07": 1931,
  "12.08": 991,
  "12.09": 769,
  "12.10": 493,
  "12.11": 311,
  "12.12": 206,
  "12.13": 472,
  "12.14": 360,
  "12.15": 52,
  "12.16": 197,
  "12.17": 135,
  "12.18": 657,
  "12.19": 410,
  "12.20": 261,
  "12.21": 261,
  "12.22": 314,
  "12.23": 374,
  "12.24": 147,
  "12.25": 90,
  "12.71": 2435,
  "12.72": 268,
  "12.73": 90,
  "12.74": 176,
  "12.75": 291,
  "12.76": 172,
  "12.77": 225,
  "12.78": 136,
};

/** Retail and wholesale (KBLI G) is the largest UMKM sector; the demo profiles have little of it. */
const TRADE: Profile = {
  key: "trade",
  weight: 14,
  codeSets: [["46900"], ["46209"], ["47242"], ["46900", "46209"], ["45302"]],
  names: ["Toko {W}", "UD {W} {X}", "Grosir {W}", "Kios {F}", "Toko Sembako {W}"],
  products: [
    "sembako",
    "beras",
    "minyak goreng",
    "gula pasir",
    "telur ayam",
    "hasil bumi",
    "kebutuhan rumah tangga",
    "kue dan roti titipan",
    "suku cadang",
  ],
};
const SECTORS = [...PROFILES, TRADE].map((p) => [p, p.weight] as const);
const SCALES = [
  ["MIKRO", 920],
  ["KECIL", 70],
  ["MENENGAH", 10],
] as const;
const NIB_CHANCE: Readonly<Record<string, number>> = { MIKRO: 0.022, KECIL: 0.1, MENENGAH: 0.4 };
const SURNAMES = [...Object.values(MARGA).flat(), ...NON_MARGA_SURNAMES];

function money(rng: Rng, target: UmkmScale): { capitalRp: bigint; annualSalesRp: bigint } {
  if (target === "MIKRO")
    return { capitalRp: rng.bigint(2_000_000n, 900_000_000n), annualSalesRp: rng.bigint(12_000_000n, 1_900_000_000n) };
  if (target === "KECIL")
    return {
      capitalRp: rng.bigint(1_050_000_000n, 4_900_000_000n, 1_000_000n),
      annualSalesRp: rng.bigint(2_100_000_000n, 14_000_000_000n, 1_000_000n),
    };
  return {
    capitalRp: rng.bigint(5_100_000_000n, 9_800_000_000n, 10_000_000n),
    annualSalesRp: rng.bigint(16_000_000_000n, 45_000_000_000n, 10_000_000n),
  };
}

function hex(rng: Rng, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += "0123456789abcdef"[rng.int(0, 15)];
  return out;
}

/** Unique by construction: index × an odd constant not divisible by 5 permutes 0…10¹¹−1. */
function nibOf(index: number): string {
  return `81${String((BigInt(index) * 2_654_435_761n) % 100_000_000_000n).padStart(11, "0")}`;
}

/** The id of row `index`: prefix, 4 random hex, version 8, 3 random, variant, 3 random, index. */
function idOf(rng: Rng, index: number): string {
  const tail = index.toString(16).padStart(12, "0");
  return `${SYNTHETIC_ID_PREFIX}-${hex(rng, 4)}-8${hex(rng, 3)}-${"89ab"[rng.int(0, 3)]}${hex(rng, 3)}-${tail}`;
}

function sectorOf(
  rng: Rng,
  regencyCode: string,
): { profile: Profile; codes: readonly string[]; products: readonly string[] } {
  const profile = rng.weighted(SECTORS);
  if (profile.key !== "agriculture") return { profile, codes: rng.pick(profile.codeSets), products: profile.products };
  const zone =
    Object.values(AGRICULTURE_BY_ZONE).find((z) => z.regencies.includes(regencyCode)) ?? AGRICULTURE_BY_ZONE.other;
  return { profile, codes: rng.pick(zone.codeSets), products: zone.products };
}

/**
 * Generates `count` synthetic UMKM lazily (1.2 million never sit in memory at once): regencies
 * weighted by population (Medan, then Deli Serdang), a kecamatan of that regency, a sector
 * weighted toward trade, food, agriculture and services, ≈99% micro and small with capital and
 * sales drawn inside the class, ~3% with an NIB, capacity 1–3.
 */
export function* generateSyntheticUmkm(count: number, seed = 42): Generator<SyntheticUmkm> {
  const rng = new Rng(seed);
  const districts = new Map<string, DistrictRef[]>();
  for (const d of allDistricts())
    if (POPULATION_K[d.regencyCode]) districts.set(d.regencyCode, [...(districts.get(d.regencyCode) ?? []), d]);
  const regencies = Object.entries(POPULATION_K).map(([code, weight]) => [code, weight] as const);
  for (let index = 0; index < count; index++) {
    const regencyCode = rng.weighted(regencies);
    const district = rng.pick(districts.get(regencyCode) ?? []);
    const { profile, codes, products } = sectorOf(rng, regencyCode);
    const first = rng.pick(rng.chance(0.5) ? GIVEN_NAMES.male : GIVEN_NAMES.female);
    const [w, x] = [rng.pick(BRAND_WORDS), rng.pick(BRAND_WORDS)];
    const businessName = rng
      .pick(profile.names)
      .replace("{W}", w)
      .replace("{X}", x === w ? "Sejati" : x)
      .replace("{F}", first)
      .replace("{P}", district.name);
    const scale = rng.weighted(SCALES);
    const { capitalRp, annualSalesRp } = money(rng, scale);
    const chosen = new Set<string>();
    const wanted = Math.min(products.length, rng.int(2, 4));
    while (chosen.size < wanted) chosen.add(rng.pick(products));
    yield {
      id: idOf(rng, index),
      businessName,
      ownerName: `${first} ${rng.pick(SURNAMES)}`,
      phone: rng.chance(0.85) ? `08${rng.pick(["12", "13", "21", "52", "77", "81"])}${rng.digits(8)}` : null,
      nib: rng.chance(NIB_CHANCE[scale] ?? 0) ? nibOf(index) : null,
      productsText: [...chosen].join(", "),
      regencyCode,
      districtCode: district.code,
      address: `${rng.pick(STREETS)} No. ${rng.int(1, 250)}, Kec. ${district.name}`,
      capitalRp,
      annualSalesRp,
      scale: classifyScale(capitalRp, annualSalesRp),
      employees: scale === "MIKRO" ? rng.int(1, 4) : scale === "KECIL" ? rng.int(5, 19) : rng.int(20, 99),
      yearEstablished: rng.int(1990, 2025),
      capacity: scale === "MIKRO" ? (rng.chance(0.85) ? 1 : 2) : rng.int(2, 3),
      kbliPrefixes: kbliPrefixesOf(codes),
    };
  }
}
