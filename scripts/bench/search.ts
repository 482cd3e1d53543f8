// `npm run bench:search`: the ranked UMKM search behind /search?q= and the /users/new picker
// (lib/dal/umkm/umkm-search.ts rankedUmkmSearch) on DATABASE_URL, read-only. Fill the database
// first: `npm run db:seed && npm run db:generate-umkm -- --count 1200000`. For each term kind
// (an existing NIB, a common exact name, a one-word prefix, a two-letter term, several words,
// a name that does not exist) prints the median and worst of `--runs` calls after one warm-up.
// Prints figures; asserts nothing about time.
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set: point it at a seeded PostgreSQL database filled by db:generate-umkm");
  process.exit(1);
}

const { db } = await import("../../lib/db");
const { rankedUmkmSearch } = await import("../../lib/dal/umkm/umkm-search");

const [withNib] = await db.$queryRaw<{ nib: string }[]>`SELECT nib FROM umkm WHERE nib IS NOT NULL LIMIT 1`;
const [common] = await db.$queryRaw<{ name: string; n: number }[]>`
  SELECT business_name AS name, count(*)::int AS n FROM umkm GROUP BY business_name ORDER BY 2 DESC LIMIT 1`;
const terms: [string, string][] = [
  ["NIB", withNib?.nib ?? "0000000000000"],
  [`exact name (${common?.n ?? 0} rows)`, common?.name ?? "Dapur Makmur"],
  ["one-word prefix", "tani"],
  ["two letters", "da"],
  ["three words with punctuation", "CV. Kebun Asahan"],
  ["no such name", "Zzqx Tidak Ada"],
];
console.log(`umkm rows: ${(await db.umkm.count()).toLocaleString("en")}; runs per term: ${runs}`);
for (const [kind, term] of terms) {
  for (const activeOnly of [false, true]) {
    await rankedUmkmSearch(db, term, { limit: 20, activeOnly });
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      hits = (await rankedUmkmSearch(db, term, { limit: 20, activeOnly })).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(
      `${kind.padEnd(32)} ${activeOnly ? "picker" : "search"} "${term}": ${hits} hits, median ${median.toFixed(1)} ms, worst ${(times.at(-1) ?? 0).toFixed(1)} ms`,
    );
  }
}
await db.$disconnect();
