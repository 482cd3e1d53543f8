import { randomUUID } from "node:crypto";
import type { DbClient } from "@/lib/db";
import type { Frequency, InvestmentType, MatchStatus, NeedStatus, Role, UmkmScale } from "@/lib/generated/prisma/enums";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import { hashPassword } from "@/lib/password";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { ensureKbliCodes } from "@/prisma/seed/kbli";
import { addDays, addMonths } from "@/prisma/seed/random";
import { allDistricts, ensureRegency } from "@/prisma/seed/regions";

/**
 * Small factories for tests (STYLE.md habit 10). Each takes a transaction client (or the
 * client itself), works on an empty migrated database (it creates the kabupaten/kota, KBLI
 * codes and document types it needs) and fills every field with a sensible default that a
 * test can override. Names and emails get a random suffix so tests never collide.
 */
export const TEST_PASSWORD = "Test#password2026";

const suffix = () => randomUUID().slice(0, 8);

export type TestCompanyOverrides = Partial<{
  name: string;
  legalName: string;
  sector: string;
  investmentType: InvestmentType;
  regencyCode: string;
  address: string;
  isActive: boolean;
}>;

/** A firm in Kota Medan (PMDN) unless overridden. */
export async function createTestCompany(tx: DbClient, overrides: TestCompanyOverrides = {}) {
  const tag = suffix();
  const regencyCode = overrides.regencyCode ?? "12.71";
  await ensureRegency(tx, regencyCode);
  return tx.company.create({
    data: {
      name: `PT Uji ${tag}`,
      legalName: `PT Uji Kemitraan ${tag}`,
      sector: "Industri pengolahan",
      investmentType: "PMDN",
      address: "Kawasan Industri Medan, Kec. Medan Deli",
      contactEmail: `pengadaan.${tag}@test.kemitraan.id`,
      ...overrides,
      regencyCode,
    },
  });
}

/**
 * An active user of `role`. Give `companyId` for COMPANY_STAFF and `umkmId` for UMKM_OWNER.
 * Returns the user's id and email and the plain password (default TEST_PASSWORD) to sign in.
 */
export async function createTestUser(
  tx: DbClient,
  role: Role,
  options: {
    companyId?: string;
    umkmId?: string;
    password?: string;
    email?: string;
    name?: string;
    isActive?: boolean;
  } = {},
) {
  const password = options.password ?? TEST_PASSWORD;
  const user = await tx.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}.${suffix()}@test.kemitraan.id`,
      name: options.name ?? `Pengguna Uji ${role}`,
      role,
      passwordHash: await hashPassword(password),
      companyId: options.companyId ?? null,
      umkmId: options.umkmId ?? null,
      isActive: options.isActive ?? true,
    },
    select: { id: true, email: true, role: true, companyId: true, umkmId: true },
  });
  return { ...user, password };
}

export type TestUmkmOverrides = Partial<{
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
  capacity: number;
  isActive: boolean;
  kbliCodes: string[];
  createdById: string | null;
}>;

/**
 * A micro caterer in Kota Medan (KBLI 56210) unless overridden. `scale` and `kbliPrefixes`
 * are derived from capital/sales and `kbliCodes` (pass `scale` only to test the DB CHECK).
 */
export async function createTestUmkm(tx: DbClient, overrides: TestUmkmOverrides = {}) {
  const { kbliCodes = ["56210"], ...fields } = overrides;
  const regencyCode = fields.regencyCode ?? "12.71";
  await ensureRegency(tx, regencyCode);
  await ensureKbliCodes(tx, kbliCodes);
  const capitalRp = fields.capitalRp ?? 50_000_000n;
  const annualSalesRp = fields.annualSalesRp ?? 300_000_000n;
  const districtCode = fields.districtCode ?? allDistricts().find((d) => d.regencyCode === regencyCode)?.code;
  if (!districtCode) throw new Error(`no kecamatan for ${regencyCode}`);
  return tx.umkm.create({
    data: {
      businessName: `Katering Uji ${suffix()}`,
      ownerName: "Siti Aminah",
      phone: "081200000000",
      productsText: "Nasi kotak, katering harian karyawan, snack box rapat.",
      address: "Jl. Uji No. 1",
      employees: 3,
      capacity: 1,
      ...fields,
      regencyCode,
      districtCode,
      capitalRp,
      annualSalesRp,
      scale: fields.scale ?? classifyScale(capitalRp, annualSalesRp),
      kbliPrefixes: kbliPrefixesOf(kbliCodes),
      kbli: { create: kbliCodes.map((code) => ({ kbliVersion: "KBLI_2020" as const, code })) },
    },
  });
}

export type TestNeedOverrides = Partial<{
  title: string;
  description: string;
  status: NeedStatus;
  deliveryRegencyCode: string;
  quantity: number;
  unit: string;
  frequency: Frequency;
  estimatedValueRp: bigint | null;
  periodStart: Date;
  periodEnd: Date;
  responseDeadline: Date;
  slots: number;
  minScale: UmkmScale;
  maxScale: UmkmScale;
  createdById: string | null;
  kbliCodes: string[];
  documentCodes: string[];
}>;

/**
 * An OPEN catering need of `companyId` delivered to Kota Medan: KBLI 56210, requires NIB,
 * deadline 30 days from today, 6-month period starting in 60 days. Override anything.
 */
export async function createTestNeed(tx: DbClient, companyId: string, overrides: TestNeedOverrides = {}) {
  const { kbliCodes = ["56210"], documentCodes = ["NIB"], ...fields } = overrides;
  const deliveryRegencyCode = fields.deliveryRegencyCode ?? "12.71";
  await ensureRegency(tx, deliveryRegencyCode);
  await ensureKbliCodes(tx, kbliCodes);
  const documentIds = await ensureDocumentTypes(tx, documentCodes);
  const today = new Date();
  const periodStart = fields.periodStart ?? addDays(today, 60);
  const status = fields.status ?? "OPEN";
  return tx.supplyNeed.create({
    data: {
      title: `Katering karyawan uji ${suffix()}`,
      description: "Makan siang karyawan 100 porsi per hari, menu halal, dapur higienis.",
      quantity: 100,
      unit: "porsi per hari",
      frequency: "DAILY",
      estimatedValueRp: 450_000_000n,
      responseDeadline: addDays(today, 30),
      periodEnd: addDays(addMonths(periodStart, 6), -1),
      slots: 1,
      publishedAt: status === "DRAFT" ? null : today,
      ...fields,
      status,
      periodStart,
      companyId,
      deliveryRegencyCode,
      kbli: { create: kbliCodes.map((code) => ({ kbliVersion: "KBLI_2020" as const, code })) },
      requiredDocuments: { create: [...documentIds.values()].map((documentTypeId) => ({ documentTypeId })) },
    },
  });
}

export type TestMatchOverrides = Partial<{
  status: MatchStatus;
  score: number;
  scoreBreakdown: ScoreBreakdown;
  approvedById: string | null;
  approvedAt: Date | null;
  decisionReason: string | null;
  umkmConfirmedAt: Date | null;
  version: number;
}>;

/**
 * A plausible breakdown for a caterer matched to a catering need in its own kabupaten/kota,
 * scaled to `score` (the reasons use the "matching.reasons" message keys the engine emits).
 */
export function sampleScoreBreakdown(score = 79.5, missingDocuments: string[] = ["SLHS"]): ScoreBreakdown {
  const base = {
    kbli: [1, 0.3],
    text: [0.6, 0.2],
    location: [1, 0.15],
    capacity: [1, 0.1],
    readiness: [0.5, 0.15],
    nomination: [0, 0.05],
    fairness: [1, 0.05],
  } as const;
  const factor = score / 79.5;
  const components = Object.fromEntries(
    Object.entries(base).map(([name, [value, weight]]) => [
      name,
      { value, weight, points: Math.round(value * weight * 100 * factor * 100) / 100 },
    ]),
  ) as ScoreBreakdown["components"];
  return {
    score,
    components,
    reasons: [
      { key: "kbliSame5", params: { code: "56210" } },
      { key: "textMatch", params: { terms: "katering, nasi kotak" } },
      { key: "sameRegency", params: { regency: "Kota Medan" } },
      { key: "capacityFits", params: { capacity: 1, slots: 1 } },
      { key: "readinessPartial", params: { ready: 1, required: 1 + missingDocuments.length } },
    ],
    missingDocuments,
    weightsVersion: 1,
  };
}

/** A SUGGESTED match of `needId` × `umkmId` with score 79.5 and a plausible breakdown unless overridden. */
export async function createTestMatch(
  tx: DbClient,
  needId: string,
  umkmId: string,
  overrides: TestMatchOverrides = {},
) {
  const { score = 79.5, scoreBreakdown, ...fields } = overrides;
  return tx.match.create({
    data: {
      needId,
      umkmId,
      status: "SUGGESTED",
      score,
      scoreBreakdown: scoreBreakdown ?? sampleScoreBreakdown(score),
      ...fields,
    },
  });
}
