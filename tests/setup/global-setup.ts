// One database per `vitest run` (scripts/lib/test-db.ts): a fresh database on TEST_DATABASE_URL's
// server when set, otherwise an in-memory PGlite behind a socket server, so tests talk to it
// through adapter-pg exactly as they would to PostgreSQL. Workers start after this runs and
// inherit process.env, so DATABASE_URL is visible to every test; also as inject("databaseUrl").
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../scripts/lib/test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Vitest globalSetup: creates and migrates the test database; the returned function removes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789abcdef";
  const database = await createTestDatabase("portal_test");
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return database.drop;
}
