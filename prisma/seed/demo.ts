import type { DbClient } from "@/lib/db";
import { readAreaCsv } from "@/prisma/seed/csv";
import { seedDemoAllocationRun } from "@/prisma/seed/demo-allocation";
import { seedDemoCases } from "@/prisma/seed/demo-cases";
import { DEMO_COMPANIES } from "@/prisma/seed/demo-firms";
import { DEMO_OWNER_FLAGSHIP } from "@/prisma/seed/demo-flagships";
import { seedDemoMatches } from "@/prisma/seed/demo-matches";
import { seedDemoNeeds, seedDemoNominations } from "@/prisma/seed/demo-needs";
import { planPaperwork } from "@/prisma/seed/demo-paperwork";
import { generateDemoUmkm, type DemoUmkm } from "@/prisma/seed/demo-umkm";
import { seedDemoUsers } from "@/prisma/seed/demo-users";
import { seedUuid } from "@/prisma/seed/random";

/** Firms, UMKM and users present afterwards; needs, paperwork and nominations inserted by this run. */
export type DemoSummary = {
  companies: number;
  umkm: number;
  users: number;
  needsInserted: number;
  paperworkInserted: number;
  nominationsInserted: number;
  matchesInserted: number;
  casesInserted: number;
};

/**
 * Upserts the demo firms by their unique legal name (never overwriting an existing firm) and
 * returns their ids by key.
 */
export async function seedDemoCompanies(tx: DbClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, ...company } of DEMO_COMPANIES) {
    const row = await tx.company.upsert({
      where: { legalName: company.legalName },
      create: { id: seedUuid(`company:${key}`), ...company, contactEmail: `pengadaan.${key}@demo.kemitraan.id` },
      update: {},
      select: { id: true },
    });
    ids.set(key, row.id);
  }
  return ids;
}

/**
 * Inserts the generated demo UMKM and their KBLI rows that are missing. Returns the UMKM that
 * are in the database afterwards (a row skipped because, say, its NIB was taken by a real
 * registration is left out, so nothing below references a missing id).
 */
export async function seedDemoUmkm(tx: DbClient, umkms: readonly DemoUmkm[]): Promise<DemoUmkm[]> {
  await tx.umkm.createMany({
    data: umkms.map(({ key: _key, profile: _profile, kbliCodes: _codes, ...row }) => row),
    skipDuplicates: true,
  });
  const present = new Set(
    (await tx.umkm.findMany({ where: { id: { in: umkms.map((u) => u.id) } }, select: { id: true } })).map((u) => u.id),
  );
  const seeded = umkms.filter((u) => present.has(u.id));
  await tx.umkmKbli.createMany({
    data: seeded.flatMap((u) => u.kbliCodes.map((code) => ({ umkmId: u.id, kbliVersion: "KBLI_2020" as const, code }))),
    skipDuplicates: true,
  });
  return seeded;
}

async function seedDemoPaperwork(
  tx: DbClient,
  umkms: readonly DemoUmkm[],
  refs: { now: Date; documentTypeIds: ReadonlyMap<string, string>; officerId: string | undefined },
): Promise<number> {
  const regencyNames = new Map(readAreaCsv("regencies").map((r) => [r.code ?? "", r.name ?? ""]));
  const rows = planPaperwork(umkms, refs.now, regencyNames).map(({ documentCode, assisted, ...item }) => {
    const documentTypeId = refs.documentTypeIds.get(documentCode);
    if (!documentTypeId) throw new Error(`document type ${documentCode} is not seeded`);
    return { ...item, documentTypeId, assistingOfficerId: assisted ? (refs.officerId ?? null) : null };
  });
  return (await tx.paperworkItem.createMany({ data: rows, skipDuplicates: true })).count;
}

/**
 * All demo data: firms, ~300 UMKM with KBLI and paperwork, one account per role, the firms'
 * supply needs and a few Diskop nominations. Every insert skips rows that already exist
 * (deterministic ids), so a second run changes nothing.
 */
export async function seedDemoData(
  tx: DbClient,
  options: { now: Date; documentTypeIds: ReadonlyMap<string, string> },
): Promise<DemoSummary> {
  const companyIds = await seedDemoCompanies(tx);
  const umkms = await seedDemoUmkm(tx, generateDemoUmkm());
  const owner = umkms.find((u) => u.businessName === DEMO_OWNER_FLAGSHIP);
  if (!owner) throw new Error(`demo UMKM "${DEMO_OWNER_FLAGSHIP}" is missing`);
  const userIds = await seedDemoUsers(tx, { companyIds, ownerUmkmId: owner.id });
  const officerId = userIds.get("petugas@demo.kemitraan.id");
  const paperworkInserted = await seedDemoPaperwork(tx, umkms, { ...options, officerId });
  const needsInserted = await seedDemoNeeds(tx, {
    now: options.now,
    companyIds,
    userIds,
    documentTypeIds: options.documentTypeIds,
  });
  const nominationsInserted = await seedDemoNominations(tx, { now: options.now, umkms, userIds });
  const matchesInserted = await seedDemoMatches(tx, { now: options.now, umkms, userIds });
  const casesInserted = await seedDemoCases(tx, {
    now: options.now,
    umkms,
    userIds,
    documentTypeIds: options.documentTypeIds,
  });
  await seedDemoAllocationRun(tx, { now: options.now, officerId });
  return {
    companies: companyIds.size,
    umkm: umkms.length,
    users: userIds.size,
    needsInserted,
    paperworkInserted,
    nominationsInserted,
    matchesInserted,
    casesInserted,
  };
}
