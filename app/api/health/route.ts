import { checkDatabase } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

/** Liveness + database reachability, for load balancers and monitoring (no secrets, no counts). */
export async function GET() {
  const database = await checkDatabase();
  const body = {
    status: database.ok ? "ok" : "degraded",
    database: database.ok ? { ok: true, latencyMs: database.latencyMs } : { ok: false },
  };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
