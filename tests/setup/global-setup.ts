// One database per `vitest run`, migrated with the project's own migrator:
// - TEST_DATABASE_URL set: a fresh, uniquely named database on that server, dropped afterwards;
// - otherwise: an in-memory PGlite behind PGLiteSocketServer on a free loopback port, so tests
//   talk to it through adapter-pg/pg exactly as they would to PostgreSQL.
// Workers are created after this runs and inherit process.env, so DATABASE_URL is visible to
// every test; it is also provided as inject("databaseUrl").
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations, pgSqlClient } from "../../lib/db/migrator";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

interface TestDatabase { url: string; teardown: () => Promise<void> }

/** Vitest globalSetup: creates and migrates the test database; the returned function removes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789abcdef";
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await createServerDatabase(serverUrl) : await startEmbeddedDatabase();
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return database.teardown;
}

async function createServerDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `portal_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await withClient(url.href, (client) => applyMigrations(pgSqlClient(client), migrationsDir));
  return {
    url: url.href,
    // FORCE: a test's pool may still hold idle connections when the run ends.
    teardown: () => withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function startEmbeddedDatabase(): Promise<TestDatabase> {
  const db = await PGlite.create();
  await applyMigrations(db, migrationsDir);
  // Several connections: adapter-pg keeps a pool. PGlite still runs one query at a time.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 20 });
  await server.start();
  return {
    // The URL format `pglite-server --include-database-url` prints (any password is accepted).
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    teardown: async () => {
      await server.stop();
      await db.close();
    },
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
