import "server-only";
import { db } from "@/lib/db";

/** Round-trips one query to the database; returns its latency, or the error message. */
export async function checkDatabase(): Promise<{ ok: true; latencyMs: number } | { ok: false; error: string }> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split("\n")[0]! : "unknown error" };
  }
}
