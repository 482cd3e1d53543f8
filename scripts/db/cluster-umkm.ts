// `npm run db:cluster-umkm`: rewrites the UMKM table in (kabupaten/kota, KBLI) order on
// DATABASE_URL, then VACUUM ANALYZE — run after large imports so the matching service's slices
// stay on consecutive pages (prisma/seed/synthetic-umkm-load.ts: clusterUmkmByRegion).
import pg from "pg";
import { clusterUmkmByRegion } from "../../prisma/seed/synthetic-umkm-load";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: export the postgresql:// URL of the database to reorder");
  process.exit(1);
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const started = performance.now();
  await clusterUmkmByRegion(client);
  await client.query("VACUUM (ANALYZE) umkm");
  console.log(
    `umkm clustered by (regency_code, kbli_prefixes) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await client.end();
}
