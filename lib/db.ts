import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dbEnv } from "@/lib/env";

/**
 * The one Prisma client factory. Every environment talks PostgreSQL's wire protocol through
 * adapter-pg: the embedded PGlite behind pglite-server in development, a real PostgreSQL in
 * CI and production — only DATABASE_URL differs. Secrets are omitted by default.
 */
export function createPrismaClient(connectionString: string, max = dbEnv().DB_POOL_MAX) {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process:
  // pg emits 'error' on the pool, and an unhandled 'error' event is fatal in Node.
  pool.on("error", (error) => console.error(`database connection lost: ${error.message}`));
  const adapter = new PrismaPg(pool);
  // With a small pool (the embedded database uses one connection) a transaction may wait for
  // the connection longer than Prisma's 2 s default before it starts.
  const client = new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 15_000, timeout: 15_000 },
  });
  pools().set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForPrisma = globalThis as unknown as { prisma?: Db; prismaPools?: WeakMap<object, pg.Pool> };
// On globalThis like the client itself, so a dev hot-reload of this module still finds the pool.
const pools = () => (globalForPrisma.prismaPools ??= new WeakMap());

/**
 * The node-postgres pool behind a client of `createPrismaClient`, for libraries that speak
 * node-postgres (the API rate limiter): they share the client's connections instead of
 * opening a pool of their own.
 */
export function pgPoolOf(client: Db): pg.Pool {
  const pool = pools().get(client);
  if (!pool) throw new Error("pgPoolOf: this client was not made by createPrismaClient");
  return pool;
}

/** The module singleton (kept on globalThis so dev hot-reload does not open new pools). */
export const db: Db = globalForPrisma.prisma ?? createPrismaClient(dbEnv().DATABASE_URL);
if (dbEnv().NODE_ENV !== "production") globalForPrisma.prisma = db;

/** The client inside `db.$transaction(async (tx) => …)`, or `db` itself: what dal helpers accept. */
export type DbClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
