// `npm run bench:matching [-- --iterations 20 --limit 50 --needs 40]`: latency of the top-N
// candidate retrieval (lib/dal/matching/retrieve.ts) for up to `--needs` OPEN needs (the demo needs;
// add 500 synthetic ones across sectors and kabupaten/kota with `npm run bench:allocation --
// --keep`, remove them with `-- --remove`), on DATABASE_URL (PostgreSQL filled by
// `npm run db:generate-umkm -- --count 1200000`). Sequential, one retrieval at a time, after two
// warm-up runs per need. Prints p50/p95/max per need (first 10 lines) and overall; no assertions.
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { retrieveCandidates } from "@/lib/dal/matching/retrieve";
import { loadActiveWeights } from "@/lib/dal/matching/weights";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "20" },
    limit: { type: "string", default: "50" },
    needs: { type: "string", default: "40" },
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
    select: { id: true, title: true },
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
}

main().finally(() => db.$disconnect());
