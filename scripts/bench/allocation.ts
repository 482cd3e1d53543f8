// `npm run bench:allocation [-- --needs 500 --seed 7 --keep --concurrency 4]`: portfolio allocation end to end
// (candidate retrieval in SQL for every open need, then the HiGHS solve, then the proposals
// stored) on DATABASE_URL, without the UI. Creates `--needs` deterministic synthetic OPEN needs
// (KBLI and products from the generator's sector profiles, kabupaten/kota by population) of a
// separate synthetic firm, runs one allocation through the same code as the portal's background
// run, prints the figures, then removes the needs, the firm and the run (unless --keep;
// `--remove` only removes a kept set; `--concurrency` overrides the run's retrieval budget,
// by default min(4, DB_POOL_MAX / 2)). Fill the database first: `npm run db:seed &&
// npm run db:generate-umkm -- --count 1200000`. Target (issue 7): ≤ 30 s for 500 needs over
// 1.2 million UMKM. Prints figures; asserts nothing about time.
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    needs: { type: "string", default: "500" },
    seed: { type: "string", default: "7" },
    keep: { type: "boolean", default: false },
    remove: { type: "boolean", default: false },
    concurrency: { type: "string" },
  },
});
const needCount = Number(values.needs);
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set: point it at a seeded PostgreSQL database filled by db:generate-umkm");
  process.exit(1);
}
if (!Number.isInteger(needCount) || needCount < 1 || needCount > 10_000) {
  console.error("usage: npm run bench:allocation -- [--needs <1–10000>] [--seed <integer>] [--keep | --remove]");
  process.exit(1);
}

const { db } = await import("../../lib/db");
const { executeAllocationRun, retrievalConcurrency } = await import("../../lib/dal/allocation/allocation-run");
const { retrieveCandidates } = await import("../../lib/dal/matching/retrieve");
const { loadActiveWeights } = await import("../../lib/dal/matching/weights");
const { PROFILES } = await import("../../prisma/seed/demo-umkm-data");
const { POPULATION_K } = await import("../../prisma/seed/synthetic-umkm");
const { addDays, Rng, seedUuid } = await import("../../prisma/seed/random");

const FIRM_ID = seedUuid("bench:allocation-firm");
const needId = (i: number) => seedUuid(`bench:allocation-need:${i}`);

/** Removes every synthetic need of the bench firm (proposals and matches cascade), its runs' rows and the firm. */
async function removeSynthetic(runId?: string): Promise<number> {
  const needs = await db.supplyNeed.findMany({ where: { companyId: FIRM_ID }, select: { id: true } });
  const runIds = (
    await db.allocationProposal.findMany({
      where: { needId: { in: needs.map((n) => n.id) } },
      distinct: ["runId"],
      select: { runId: true },
    })
  ).map((p) => p.runId);
  const { count } = await db.supplyNeed.deleteMany({ where: { companyId: FIRM_ID } });
  await db.allocationRun.deleteMany({ where: { id: { in: runId ? [...runIds, runId] : runIds }, createdById: null } });
  await db.company.deleteMany({ where: { id: FIRM_ID } });
  return count;
}

/** Deterministic needs: sector profile by weight, kabupaten/kota by population, 1–3 slots. */
async function createSyntheticNeeds(count: number, seed: number): Promise<void> {
  const rng = new Rng(seed);
  const sectors = PROFILES.filter((p) => p.codeSets.length > 0 && p.products.length > 0).map(
    (p) => [p, p.weight] as const,
  );
  const regencies = Object.entries(POPULATION_K).map(([code, weight]) => [code, weight] as const);
  const documents = await db.documentType.findMany({
    where: { code: { in: ["NIB", "HALAL", "SLHS"] } },
    select: { id: true, code: true },
  });
  const documentId = new Map(documents.map((d) => [d.code, d.id]));
  await db.company.create({
    data: {
      id: FIRM_ID,
      name: "PT Uji Beban Alokasi",
      legalName: "PT Uji Beban Alokasi (sintetis)",
      sector: "Sintetis untuk benchmark",
      investmentType: "PMDN",
      regencyCode: "12.71",
      address: "Data sintetis, hapus dengan --remove",
    },
  });
  const today = new Date(new Date().toISOString().slice(0, 10));
  const needs = [];
  const kbli = [];
  const required = [];
  for (let i = 0; i < count; i++) {
    const profile = rng.weighted(sectors);
    const codes = rng.pick(profile.codeSets);
    const first = rng.pick(profile.products);
    const second = rng.pick(profile.products);
    const periodStart = addDays(today, rng.int(30, 90));
    const id = needId(i);
    needs.push({
      id,
      companyId: FIRM_ID,
      status: "OPEN" as const,
      title: `Pengadaan ${first}`,
      description: `Kebutuhan rutin ${first} dan ${second} untuk operasional perusahaan; pemasok UMKM lokal diutamakan.`,
      deliveryRegencyCode: rng.weighted(regencies),
      quantity: rng.int(10, 500),
      unit: "paket",
      frequency: rng.pick(["MONTHLY", "WEEKLY", "DAILY", "QUARTERLY"] as const),
      estimatedValueRp: rng.bigint(50_000_000n, 2_000_000_000n, 1_000_000n),
      periodStart,
      periodEnd: addDays(periodStart, 180),
      responseDeadline: addDays(today, rng.int(7, 40)),
      slots: rng.weighted([
        [1, 50],
        [2, 35],
        [3, 15],
      ] as const),
      publishedAt: today,
    });
    for (const code of codes) kbli.push({ needId: id, kbliVersion: "KBLI_2020" as const, code });
    const docs = [
      "NIB",
      ...(profile.key.includes("catering") || profile.key === "warung" ? ["SLHS", "HALAL"] : []),
    ].filter((c) => rng.chance(c === "NIB" ? 0.7 : 0.5));
    for (const code of docs)
      if (documentId.has(code)) required.push({ needId: id, documentTypeId: documentId.get(code)! });
  }
  await db.supplyNeed.createMany({ data: needs });
  await db.supplyNeedKbli.createMany({ data: kbli });
  await db.supplyNeedDocument.createMany({ data: required });
}

try {
  const removed = await removeSynthetic();
  if (removed > 0) console.log(`Removed ${removed} synthetic needs left by an earlier run.`);
  if (!values.remove) {
    const umkm = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM umkm`;
    console.log(`Registry: ${Number(umkm[0]?.n ?? 0).toLocaleString("en")} UMKM`);
    let t0 = performance.now();
    await createSyntheticNeeds(needCount, Number(values.seed));
    console.log(`Created ${needCount} synthetic OPEN needs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const weights = await loadActiveWeights(db);
    const run = await db.allocationRun.create({
      data: { weightsId: weights.id, stats: { heartbeatAt: new Date().toISOString() } },
      select: { id: true },
    });
    t0 = performance.now();
    const concurrency = values.concurrency ? Number(values.concurrency) : retrievalConcurrency();
    await executeAllocationRun(run.id, weights, (id, limit) => retrieveCandidates(db, id, { limit, weights }), {
      concurrency,
    });
    const wallSeconds = (performance.now() - t0) / 1000;
    const done = await db.allocationRun.findUniqueOrThrow({
      where: { id: run.id },
      select: { status: true, error: true, stats: true, totalScore: true, needCount: true },
    });
    if (done.status !== "DONE") throw new Error(`allocation run ${done.status}: ${done.error ?? "no error recorded"}`);
    const s = done.stats as Record<
      | "edges"
      | "distinctUmkm"
      | "variables"
      | "constraints"
      | "proposals"
      | "retrievalMs"
      | "solverMs"
      | "needsWithoutCandidates",
      number
    >;
    console.log(`Weights version ${weights.version}`);
    console.log(`Open needs with free slots: ${done.needCount} (${s.needsWithoutCandidates} without candidates)`);
    console.log(
      `Candidate edges: ${s.edges} over ${s.distinctUmkm} distinct UMKM; LP ${s.variables} variables × ${s.constraints} binding rows`,
    );
    console.log(`Proposals: ${s.proposals}, total score ${done.totalScore?.toString()}`);
    console.log(
      `Retrieval: ${(s.retrievalMs / 1000).toFixed(2)} s (${(s.retrievalMs / Math.max(done.needCount, 1)).toFixed(1)} ms per need, ${concurrency} at a time)`,
    );
    console.log(`Solver: ${(s.solverMs / 1000).toFixed(3)} s`);
    console.log(`Total wall time (retrieval + capacities + solve + storing proposals): ${wallSeconds.toFixed(2)} s`);
    if (values.keep) console.log(`Kept the synthetic needs and run ${run.id}: remove them with --remove`);
    else
      console.log(`Removed ${await removeSynthetic(run.id)} synthetic needs, their proposals, the run and the firm.`);
  }
} catch (error) {
  console.error(`Benchmark failed: ${(error as Error).message}`);
  if (!values.keep) await removeSynthetic().catch(() => undefined);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
