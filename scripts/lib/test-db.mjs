// A fresh, throw-away database for one test run: a new database on TEST_DATABASE_URL's server
// when that is set (real PostgreSQL), otherwise an in-memory embedded PGlite. Refuses to touch
// anything but a database it created itself (Dub's assert-local-database habit).
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedDb } from "./embedded-db.mjs";

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database and returns { url, kind, drop() }. */
export async function createTestDatabase(prefix = "portal_test") {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDb({ dataDir: "memory://" });
    return { url: embedded.url, kind: "PGlite (in-memory)", drop: () => embedded.stop() };
  }
  const name = `${prefix}_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    kind: `PostgreSQL (${name})`,
    async drop() {
      if (!name.startsWith(`${prefix}_`)) throw new Error(`refusing to drop ${name}`);
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
