import "server-only";
import type pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { db, pgPoolOf } from "@/lib/db";

/**
 * The `rate_limits` table (created by a migration): rate-limiter-flexible's PostgreSQL store,
 * shared by the sign-in limiter (lib/dal/users/sign-in-limiter.ts) and the API limits
 * (lib/api/rate-limit.ts), each under its own key prefixes.
 */

/** What a counter needs of node-postgres: a pool's `query` (tests pass a pool of their own). */
export type RateLimitPool = Pick<pg.Pool, "query">;

/**
 * The app's counters run on the Prisma client's own node-postgres pool: no second pool, whose
 * connections the embedded database's socket server would feed into its one session too.
 */
export function appRateLimitPool(): RateLimitPool {
  return pgPoolOf(db);
}

/**
 * A fixed-window counter (`points` per `duration` seconds) under `keyPrefix` in `rate_limits`,
 * on `pool`. `tableCreated: true`: never DDL at request time. Unnamed statements: the library
 * names its prepared statements, and on the embedded database every connection shares one
 * PGlite session (a second connection's "prepare" then fails with "already exists"); poolers in
 * transaction mode break them too. Unnamed statements work everywhere.
 */
export function rateLimitCounter(
  pool: RateLimitPool,
  options: { keyPrefix: string; points: number; duration: number },
): RateLimiterPostgres {
  const unnamed = { query: (q: pg.QueryConfig) => pool.query({ text: q.text, values: q.values }) };
  return new RateLimiterPostgres({
    storeClient: unnamed,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    ...options,
  });
}
