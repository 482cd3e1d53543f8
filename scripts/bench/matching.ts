// `npm run bench:matching [-- --iterations 20 --limit 50 --needs 40]`: latency of the top-N
// candidate retrieval (lib/dal/matching/retrieve.ts) for up to `--needs` OPEN needs (the demo needs;
// add 500 synthetic ones across sectors and kabupaten/kota with `npm run bench:allocation --
// --keep`, remove them with `-- --remove`), on DATABASE_URL (PostgreSQL filled by
// `npm run db:generate-umkm -- --count 1200000`). Sequential, one retrieval at a time, after two
// warm-up runs per need. Prints p50/p95/max per need (first 10 lines) and overall; no assertions.
// Then what a "Jalankan pencocokan" click costs: `--runs` full matching runs per need
// (runMatchingForNeed: retrieval + the writes of the 50 matches + the audit event, as the first
// PMPTSP officer), alternating a first run (the need's SUGGESTED matches deleted beforehand, not
// timed: 50 inserts) and a re-run (50 refreshes). This WRITES matches and audit events to
// DATABASE_URL: run it on a copy (`--runs 0` skips it).
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { retrieveCandidates } from "@/lib/dal/matching/retrieve";
import { loadActiveWeights } from "@/lib/dal/matching/weights";
import { runMatchingForNeed } from "@/lib/dal/matching/matching-run";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "20" },
    limit: { type: "string", default: "50" },
    needs: { type: "string", default: "40" },
    runs: { type: "string", default: "10" },
  },
});
const iterations = Number(values.iterations);
const limit = Number(values.limit);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const umkmCount = await db.umkm.count();
  const needs = await db.supplyNeed.findMany({
    where: { status: { in: ["OPEN", "MATCHING"] } },
    select: { id: true, title: true, status: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: Number(values.needs),
  });
  const weights = await loadActiveWeights(db);
  console.log(`registry: ${umkmCount} UMKM; ${needs.length} open needs; top ${limit}; ${iterations} runs each`);
  const all: number[] = [];
  for (const need of needs) {
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < iterations + 2; i++) {
      const start = performance.now();
      const result = await retrieveCandidates(db, need.id, { limit, weights });
      const ms = performance.now() - start;
      found = result.length;
      if (i >= 2) times.push(ms); // two warm-up runs
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    if (needs.indexOf(need) < 10)
      console.log(
        `${need.title.slice(0, 60).padEnd(60)} found ${String(found).padStart(3)}  p50 ${pct(times, 50).toFixed(1)} ms  p95 ${pct(times, 95).toFixed(1)} ms  max ${times.at(-1)!.toFixed(1)} ms`,
      );
  }
  all.sort((a, b) => a - b);
  console.log(
    `overall: ${all.length} retrievals  p50 ${pct(all, 50).toFixed(1)} ms  p95 ${pct(all, 95).toFixed(1)} ms  p99 ${pct(all, 99).toFixed(1)} ms`,
  );
  await benchRuns(needs);
}

const summary = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${label}: ${sorted.length} runs  p50 ${pct(sorted, 50).toFixed(1)} ms  p95 ${pct(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1)!.toFixed(1)} ms`;
};

/** End to end per click: runMatchingForNeed, alternating a first run (inserts) and a re-run (updates). */
async function benchRuns(needs: { id: string; status: string }[]) {
  const runs = Number(values.runs);
  if (runs <= 0 || needs.length === 0) return;
  const officer = await db.user.findFirst({
    where: { role: "PMPTSP_OFFICER", isActive: true },
    select: { id: true, email: true, name: true, role: true, companyId: true, umkmId: true },
    orderBy: { createdAt: "asc" },
  });
  if (!officer) {
    console.log("matching runs: no active PMPTSP officer in the database (run db:seed); skipped");
    return;
  }
  const user = { ...officer, mustChangePassword: false };
  const runnable = needs.filter((need) => need.status === "OPEN" || need.status === "MATCHING");
  console.log(
    `matching runs (click cost: retrieval + writes + audit), ${runs} per need over ${runnable.length} needs:`,
  );
  const [first, rerun] = [[] as number[], [] as number[]];
  for (const need of runnable) {
    await runMatchingForNeed(user, need.id); // warm-up
    for (let i = 0; i < runs; i++) {
      const fresh = i % 2 === 0;
      if (fresh) await db.match.deleteMany({ where: { needId: need.id, status: "SUGGESTED" } });
      const start = performance.now();
      await runMatchingForNeed(user, need.id);
      (fresh ? first : rerun).push(performance.now() - start);
    }
  }
  if (first.length > 0) console.log(summary("  first run (50 inserts)", first));
  if (rerun.length > 0) console.log(summary("  re-run (50 refreshes) ", rerun));
  console.log(summary("  all runs               ", [...first, ...rerun]));
}

main().finally(() => db.$disconnect());
