// Runs once when a server instance starts: a bad environment stops it at once with a message
// naming the variable, instead of failing on the first request. Then the background-job worker
// starts (lib/jobs/boss.ts; not during `next build`, and never blocking or crashing the start).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/lib/env");
    env();
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startJobs } = await import("@/lib/jobs/boss");
      void startJobs();
    }
  }
}
