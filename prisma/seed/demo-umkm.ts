import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import { REGENCY_CENTRES } from "@/lib/reference/regency-centres";
import {
  AGRICULTURE_BY_ZONE,
  BRAND_WORDS,
  GIVEN_NAMES,
  MARGA,
  MARGA_REGION,
  NON_MARGA_SURNAMES,
  PROFILES,
  STREETS,
  UMKM_PER_REGENCY,
  type Profile,
} from "@/prisma/seed/demo-umkm-data";
import { applyFlagships } from "@/prisma/seed/demo-flagships";
import { Rng, seedUuid } from "@/prisma/seed/random";
import { allDistricts, type DistrictRef } from "@/prisma/seed/regions";

export type DemoUmkm = {
  key: string;
  id: string;
  profile: string;
  businessName: string;
  ownerName: string;
  phone: string | null;
  email: string | null;
  nib: string | null;
  npwp: string | null;
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
  kbliCodes: string[];
  kbliPrefixes: string[];
};

/** Fixed seed: the demo registry is the same on every machine and every run. */
const DEMO_SEED = 20_241_166;

const MARGA_WEIGHTS = [
  ["toba", 4],
  ["angkola", 3],
  ["karo", 2],
  ["simalungun", 2],
  ["nias", 1],
  ["pakpak", 1],
] as const;

function ownerName(rng: Rng, regencyCode: string): { full: string; first: string } {
  const first = rng.pick(rng.chance(0.5) ? GIVEN_NAMES.male : GIVEN_NAMES.female);
  const home = MARGA_REGION[regencyCode];
  // Kota Medan and the east coast mix every group; about half the names there carry no marga.
  if (!home && rng.chance(0.5)) return { full: `${first} ${rng.pick(NON_MARGA_SURNAMES)}`, first };
  const group = home && rng.chance(0.9) ? home : rng.weighted(MARGA_WEIGHTS);
  return { full: `${first} ${rng.pick(MARGA[group])}`, first };
}

/** Capital and sales shaped so most are micro, a quarter small, a few medium (PP 7/2021 decides). */
function money(rng: Rng): { capitalRp: bigint; annualSalesRp: bigint } {
  const target = rng.weighted([
    ["MIKRO", 70],
    ["KECIL", 25],
    ["MENENGAH", 5],
  ] as const);
  if (target === "MIKRO") {
    const capitalRp = rng.chance(0.8) ? rng.bigint(5_000_000n, 300_000_000n) : rng.bigint(300_000_000n, 950_000_000n);
    return { capitalRp, annualSalesRp: rng.bigint(24_000_000n, 1_900_000_000n) };
  }
  if (target === "KECIL") {
    // Half are "micro capital, small sales": the rule takes the higher class.
    return rng.chance(0.5)
      ? {
          capitalRp: rng.bigint(1_050_000_000n, 4_900_000_000n, 1_000_000n),
          annualSalesRp: rng.bigint(500_000_000n, 14_000_000_000n, 1_000_000n),
        }
      : {
          capitalRp: rng.bigint(200_000_000n, 950_000_000n),
          annualSalesRp: rng.bigint(2_100_000_000n, 14_000_000_000n, 1_000_000n),
        };
  }
  return {
    capitalRp: rng.bigint(5_100_000_000n, 9_800_000_000n, 10_000_000n),
    annualSalesRp: rng.bigint(10_000_000_000n, 45_000_000_000n, 10_000_000n),
  };
}

function codesAndProducts(rng: Rng, profile: Profile, regencyCode: string): { codes: string[]; products: string[] } {
  if (profile.key !== "agriculture") return { codes: [...rng.pick(profile.codeSets)], products: [...profile.products] };
  const zone =
    Object.values(AGRICULTURE_BY_ZONE).find((z) => z.regencies.includes(regencyCode)) ?? AGRICULTURE_BY_ZONE.other;
  return { codes: [...rng.pick(zone.codeSets)], products: [...zone.products] };
}

function fillName(template: string, rng: Rng, first: string, regencyCode: string): string {
  const [w, x] = [rng.pick(BRAND_WORDS), rng.pick(BRAND_WORDS)];
  return template
    .replace("{W}", w)
    .replace("{X}", x === w ? "Sejati" : x)
    .replace("{F}", first)
    .replace("{P}", REGENCY_CENTRES[regencyCode]?.capital ?? "");
}

function oneUmkm(
  rng: Rng,
  index: number,
  regencyCode: string,
  district: DistrictRef,
  usedNames: Set<string>,
  usedNibs: Set<string>,
): DemoUmkm {
  const profile = rng.weighted(PROFILES.map((p) => [p, p.weight] as const));
  const owner = ownerName(rng, regencyCode);
  const { codes, products } = codesAndProducts(rng, profile, regencyCode);
  let businessName = fillName(rng.pick(profile.names), rng, owner.first, regencyCode);
  if (usedNames.has(businessName)) businessName = `${businessName} ${district.name}`;
  if (usedNames.has(businessName)) businessName = `${businessName} ${index}`;
  usedNames.add(businessName);
  const { capitalRp, annualSalesRp } = money(rng);
  const scale = classifyScale(capitalRp, annualSalesRp);
  const bigger = scale !== "MIKRO";
  let nib: string | null = null;
  if (rng.chance(scale === "MENENGAH" ? 0.5 : 0.08)) {
    do nib = `91${rng.digits(11)}`;
    while (usedNibs.has(nib));
    usedNibs.add(nib);
  }
  const chosen = new Set<string>();
  while (chosen.size < Math.min(products.length, rng.int(2, 4))) chosen.add(rng.pick(products));
  const key = `umkm-${String(index).padStart(4, "0")}`;
  const slug = businessName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");
  return {
    key,
    id: seedUuid(key),
    profile: profile.key,
    businessName,
    ownerName: owner.full,
    phone: rng.chance(0.9) ? `08${rng.pick(["12", "13", "21", "52", "77", "81"])}${rng.digits(8)}` : null,
    email: rng.chance(0.5) ? `${slug}@umkm.demo.kemitraan.id` : null,
    nib,
    npwp: rng.chance(scale === "MENENGAH" ? 1 : bigger ? 0.6 : 0.25)
      ? `${regencyCode.replace(".", "")}${rng.digits(12)}`
      : null,
    productsText: `${[...chosen].join(", ")}.`.replace(/^./, (c) => c.toUpperCase()),
    regencyCode,
    districtCode: district.code,
    address: `${rng.pick(STREETS)} No. ${rng.int(1, 250)}, Kec. ${district.name}`,
    capitalRp,
    annualSalesRp,
    scale,
    employees: scale === "MIKRO" ? rng.int(1, 4) : scale === "KECIL" ? rng.int(5, 19) : rng.int(20, 80),
    yearEstablished: rng.int(1998, 2024),
    capacity: scale === "MENENGAH" ? rng.int(2, 3) : bigger ? rng.int(1, 2) : rng.chance(0.8) ? 1 : 2,
    kbliCodes: codes,
    kbliPrefixes: kbliPrefixesOf(codes),
  };
}

/**
 * The ~300 demo UMKM, deterministic: same seed, same registry (ids are name-based UUIDs).
 * Spread over all 33 North Sumatra kabupaten/kota per `UMKM_PER_REGENCY`, each in a
 * kecamatan of its own kabupaten/kota, with a few hand-written flagships (demo-flagships.ts)
 * that tell the article's story.
 */
export function generateDemoUmkm(): DemoUmkm[] {
  const rng = new Rng(DEMO_SEED);
  const byRegency = new Map<string, DistrictRef[]>();
  for (const district of allDistricts()) {
    const list = byRegency.get(district.regencyCode) ?? [];
    list.push(district);
    byRegency.set(district.regencyCode, list);
  }
  const usedNames = new Set<string>();
  const usedNibs = new Set<string>();
  const result: DemoUmkm[] = [];
  for (const [regencyCode, count] of Object.entries(UMKM_PER_REGENCY).sort(([a], [b]) => a.localeCompare(b))) {
    const districts = byRegency.get(regencyCode);
    if (!districts?.length) throw new Error(`no kecamatan for ${regencyCode} in idn-area-data`);
    for (let i = 0; i < count; i++) {
      result.push(oneUmkm(rng, result.length + 1, regencyCode, rng.pick(districts), usedNames, usedNibs));
    }
  }
  return applyFlagships(result, usedNibs);
}
