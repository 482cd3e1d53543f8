// `npm run bench:registry [-- --workers 20 --iterations 25 --no-explain]`: latency of the registry
// list (lib/dal/umkm/umkm.ts listUmkm, the function the page calls) on DATABASE_URL under N
// concurrent workers on loopback, per realistic filter combination; prints p50/p95/p99 and
// throughput, EXPLAIN (ANALYZE, BUFFERS) of the query shapes (the slow ones of issue 13 included)
// and the "±" total the page shows next to the exact count. Fill the database first:
// `npm run db:seed && npm run db:generate-umkm -- --count 1200000`. Target (issue 13, over HTTP):
// p95 ≤ 300 ms and ≥ 80 requests/s at 20 connections; this measures the data layer under it.
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { FILTER_SHAPES } from "./lib/registry-shapes";

const { values } = parseArgs({
  options: {
    workers: { type: "string", default: "20" },
    iterations: { type: "string", default: "25" },
    "no-explain": { type: "boolean", default: false },
  },
});
const workers = Number(values.workers);
const iterations = Number(values.iterations);
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL is not set: point it at a PostgreSQL database filled by db:generate-umkm");
  process.exit(1);
}
// One connection per worker, as an app instance with DB_POOL_MAX=workers would have.
process.env.DB_POOL_MAX ??= String(workers);

const { listUmkm } = await import("../../lib/dal/umkm/umkm");
const { countSql, sparseSql, walkSql } = await import("../../lib/dal/umkm/umkm-registry-query");
const { db } = await import("../../lib/db");
const { idCursor } = await import("../../lib/pagination/cursor");
type Filter = Parameters<typeof listUmkm>[1];

const officer = {
  id: "00000000-0000-4000-8000-000000000000",
  email: "bench@local",
  name: "bench",
  role: "PMPTSP_OFFICER" as const,
  companyId: null,
  umkmId: null,
  mustChangePassword: false,
};
// A deep page: the cursor the page would hand out after a random row (listUmkm takes encoded cursors).
const randomCursor = () => idCursor.encode({ id: crypto.randomUUID() });

const SCENARIOS: { name: string; make: (i: number) => { filter: Filter; after: string | null } }[] = [
  { name: FILTER_SHAPES.main.name, make: (i) => ({ filter: FILTER_SHAPES.main.filter(i), after: null }) },
  {
    name: `${FILTER_SHAPES.regency.name}, first page`,
    make: (i) => ({ filter: FILTER_SHAPES.regency.filter(i), after: null }),
  },
  {
    name: `${FILTER_SHAPES.regency.name}, deep page (random cursor)`,
    make: (i) => ({ filter: FILTER_SHAPES.regency.filter(i), after: randomCursor() }),
  },
  { name: FILTER_SHAPES.text.name, make: (i) => ({ filter: FILTER_SHAPES.text.filter(i), after: null }) },
  {
    name: FILTER_SHAPES.kbliScaleNib.name,
    make: (i) => ({ filter: FILTER_SHAPES.kbliScaleNib.filter(i), after: null }),
  },
  {
    name: FILTER_SHAPES.districtText.name,
    make: (i) => ({ filter: FILTER_SHAPES.districtText.filter(i), after: null }),
  },
  { name: "no filter, deep page (random cursor)", make: () => ({ filter: {}, after: randomCursor() }) },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function run(make: (i: number) => { filter: Filter; after: string | null }) {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let n = 0; n < iterations; n++) {
        const { filter, after } = make(w * iterations + n);
        const t0 = performance.now();
        await listUmkm(officer, filter, after);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    n: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    qps: latencies.length / seconds,
  };
}

const {
  rows: [info],
} = await (async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query<{ n: string; version: string }>(
      "SELECT (SELECT count(*) FROM umkm)::text AS n, version() AS version",
    );
  } finally {
    await client.end();
  }
})();
console.log(
  `umkm rows: ${info?.n}; ${info?.version.split(",")[0]}; ${os.cpus().length} CPUs; load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(
  `${workers} concurrent workers × ${iterations} queries per scenario, page size 50, pool ${process.env.DB_POOL_MAX}\n`,
);
for (let i = 0; i < workers; i++) await listUmkm(officer, SCENARIOS[0]!.make(i).filter); // warm the pool and caches
const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
for (const scenario of SCENARIOS) {
  const r = await run(scenario.make);
  console.log(
    `${scenario.name.padEnd(44)} n=${r.n}  p50 ${fmt(r.p50)}  p95 ${fmt(r.p95)}  p99 ${fmt(r.p99)}  max ${fmt(r.max)}  ${r.qps.toFixed(0).padStart(5)} q/s`,
  );
}
console.log(
  `load average after: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);

if (!values["no-explain"]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const shapes: [string, Filter, typeof walkSql][] = [
    ["walk", { regency: "12.71", kbli: "56", q: "katering" }, walkSql],
    ["walk", { regency: "12.71", kbli: "01", q: "kopi" }, walkSql],
    ["sparse", { regency: "12.71", kbli: "01", q: "kopi" }, sparseSql],
    ["sparse", { kbli: "96200", scale: "KECIL", nib: "yes" }, sparseSql],
    ["walk", { regency: "12.71", district: "12.71.04", q: "kopi" }, walkSql],
  ];
  await client.query("SET work_mem = '32MB'"); // as the data layer sets for the sparse plan
  for (const [plan, filter, build] of shapes) {
    const sql = build(filter ?? {}, null, 51);
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    console.log(
      `\n${plan} plan, EXPLAIN (ANALYZE, BUFFERS) for ${JSON.stringify(filter)}:\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`,
    );
  }
  // The count line: the planner's estimate (what the page shows) against the exact count (never on a request).
  for (const filter of [{}, ...shapes.map(([, f]) => f), { regency: "12.71", district: "12.71.04" }] as Filter[]) {
    const shape = countSql(filter ?? {});
    const t0 = performance.now();
    const { rows: plan } = await client.query<{ "QUERY PLAN": { Plan: { "Plan Rows": number } }[] }>(
      `EXPLAIN (FORMAT JSON) ${shape.text}`,
      shape.values,
    );
    const ms = performance.now() - t0;
    const { rows: exact } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (${shape.text}) c`,
      shape.values,
    );
    console.log(
      `estimate ${JSON.stringify(filter)}: ±${plan[0]?.["QUERY PLAN"][0]?.Plan["Plan Rows"]} in ${ms.toFixed(1)} ms (exact ${exact[0]?.n})`,
    );
  }
  await client.end();
}
await db.$disconnect();
