// `npm run db:generate-umkm -- --count 1200000 [--seed 42] [--replace] [--method copy|insert]`:
// loads a deterministic synthetic registry into DATABASE_URL (prisma/seed/synthetic-umkm*.ts).
// Refuses when synthetic rows exist unless --replace (which deletes them first, in the same
// transaction). Reference data must be seeded first (`npm run db:seed`).
import { parseArgs } from "node:util";
import pg from "pg";
import { loadSyntheticUmkm } from "../prisma/seed/synthetic-umkm-load";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1200000" },
    seed: { type: "string", default: "42" },
    replace: { type: "boolean", default: false },
    method: { type: "string", default: "auto" },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const method = values.method as "auto" | "copy" | "insert";
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: export the postgresql:// URL of the database to fill");
  process.exit(1);
}
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !["auto", "copy", "insert"].includes(method)) {
  console.error(
    "usage: npm run db:generate-umkm -- --count <n ≥ 1> [--seed <integer>] [--replace] [--method auto|copy|insert]",
  );
  process.exit(1);
}

const client = new pg.Client({ connectionString: url });
const start = performance.now();
try {
  await client.connect();
  const result = await loadSyntheticUmkm(client, {
    count,
    seed,
    replace: values.replace,
    method,
    log: (line) => console.log(line),
  });
  const total = (performance.now() - start) / 1000;
  console.log(
    `Inserted ${result.inserted} synthetic UMKM (deleted ${result.deleted} earlier ones) by ${result.method} in ${total.toFixed(1)} s`,
  );
  console.log(`Steps (s): ${JSON.stringify(result.seconds)}`);
} catch (error) {
  console.error(`Generation failed, nothing was loaded: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
