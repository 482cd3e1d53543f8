// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (see lib/db/migrator.ts for
// why this is not `prisma migrate deploy`).
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations, pgSqlClient } from "../../lib/db/migrator";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: export the postgresql:// URL of the database to migrate");
  process.exit(1);
}

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));
const client = new pg.Client({ connectionString: url });
try {
  await client.connect();
  await applyMigrations(pgSqlClient(client), migrationsDir, (line) => console.log(line));
} catch (error) {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
