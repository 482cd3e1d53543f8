/**
 * Whether `error` means "the database cannot be reached right now" (refused or dropped
 * connection, server shutting down or starting, no free connection) rather than a fault of the
 * request or of our code. The API answers such errors with 503 + Retry-After; anything else
 * unexpected is a 500. Recognised, at any depth of `cause` / `errors` (AggregateError):
 * - socket errors of node-postgres: ECONNREFUSED, ECONNRESET, ETIMEDOUT, ENOTFOUND, …;
 * - PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01 admin shutdown, 57P02 crash
 *   shutdown, 57P03 cannot connect now, 53300 too many connections;
 * - node-postgres' own messages for a connection lost mid-query or a connect timeout;
 * - Prisma: PrismaClientInitializationError; P1001 (cannot reach), P1002 (timed out), P1017
 *   (server closed the connection), P2024 (no pool connection in time); and the driver adapter's
 *   error kinds (DatabaseNotReachable, ConnectionClosed, SocketTimeout, TooManyConnections, or a
 *   `postgres` error with one of the SQLSTATEs above) carried in `meta.driverAdapterError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return check(error, 0);
}

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);
const SQLSTATE_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/;

type Shape = {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
};

function check(value: unknown, depth: number): boolean {
  if (depth > 5 || typeof value !== "object" || value === null) return false;
  const error = value as Shape;
  if (error.name === "PrismaClientInitializationError") return true;
  if (
    typeof error.code === "string" &&
    (SOCKET_CODES.has(error.code) || PRISMA_CODES.has(error.code) || SQLSTATE_UNAVAILABLE.test(error.code))
  )
    return true;
  const adapter = error.meta?.driverAdapterError?.cause;
  if (
    adapter &&
    (ADAPTER_KINDS.has(adapter.kind as string) ||
      [adapter.code, adapter.originalCode].some((code) => typeof code === "string" && SQLSTATE_UNAVAILABLE.test(code)))
  )
    return true;
  if (typeof error.message === "string" && PG_MESSAGES.test(error.message)) return true;
  if (Array.isArray(error.errors) && error.errors.some((inner) => check(inner, depth + 1))) return true;
  return check(error.cause, depth + 1);
}
