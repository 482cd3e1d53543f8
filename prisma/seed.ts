// `npm run db:seed`: seeds reference data and (outside production) demo data in ONE
// transaction, so a failure leaves the database exactly as it was. Run through tsx with
// `--conditions=react-server`: lib/db.ts and lib/password.ts import "server-only", whose
// react-server export is an empty module (its default export throws outside Next.js).
import { createPrismaClient } from "@/lib/db";
import { runSeed } from "@/prisma/seed/index";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: export a postgresql:// URL (or run under scripts/with-db.mjs)");
  const includeDemo = process.env.NODE_ENV !== "production";
  const client = createPrismaClient(url, 2);
  const started = performance.now();
  try {
    const summary = await client.$transaction((tx) => runSeed(tx, { includeDemo }), {
      maxWait: 30_000,
      timeout: 10 * 60_000,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seed finished in ${seconds}s:`, JSON.stringify(summary));
    if (!includeDemo)
      console.log("NODE_ENV=production: demo firms, UMKM and accounts were skipped (reference data only).");
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error("Seed failed; the transaction was rolled back and nothing was changed.");
  console.error(error);
  process.exitCode = 1;
});
