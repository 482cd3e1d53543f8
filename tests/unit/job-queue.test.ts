import { afterAll, describe, expect, it, vi } from "vitest";
import { createJobQueue, JOBS_SCHEMA, startJobs, type JobQueue } from "@/lib/jobs/boss";
import { PAPERWORK_REMINDERS_CRON, PAPERWORK_REMINDERS_JOB } from "@/lib/jobs/paperwork-reminders";
import { testDatabaseUrl } from "../setup/db";

// pg-boss 10 on the run's database (the embedded PGlite behind its socket server, or
// PostgreSQL): the queue starts, keeps one daily schedule in WIB and runs the worker's handler.

const queues: JobQueue[] = [];

afterAll(async () => {
  for (const queue of queues) await queue.boss.stop({ graceful: false, wait: true });
});

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("job queue", () => {
  it(
    "starts pg-boss in its own schema, schedules the reminders daily at 00:05 WIB and runs a job through the worker",
    { timeout: 60_000 },
    async () => {
      const run = vi.fn(async () => ({ expired: 0, notified: 0, emailed: 0 }));
      const queue = await createJobQueue(testDatabaseUrl(), run);
      queues.push(queue);
      const schedules = await queue.boss.getSchedules();
      expect(schedules).toEqual([
        expect.objectContaining({
          name: PAPERWORK_REMINDERS_JOB,
          cron: PAPERWORK_REMINDERS_CRON,
          timezone: "Asia/Jakarta",
        }),
      ]);
      expect(await queue.boss.getQueue(PAPERWORK_REMINDERS_JOB)).toMatchObject({ policy: "singleton", retryLimit: 3 });

      const jobId = await queue.boss.send(PAPERWORK_REMINDERS_JOB, {});
      expect(jobId).not.toBeNull();
      queue.boss.notifyWorker(queue.workerId);
      await until(() => run.mock.calls.length === 1);
      await until(async () => (await queue.boss.getJobById(PAPERWORK_REMINDERS_JOB, jobId!))?.state === "completed");
      expect(JOBS_SCHEMA).toBe("pgboss");
    },
  );

  it("starting again (another instance) keeps one schedule", { timeout: 60_000 }, async () => {
    const again = await createJobQueue(testDatabaseUrl(), async () => ({ expired: 0, notified: 0, emailed: 0 }));
    queues.push(again);
    expect(await again.boss.getSchedules()).toHaveLength(1);
  });

  it("with JOBS_ENABLED=false the worker does not start and says so", async () => {
    vi.stubEnv("JOBS_ENABLED", "false");
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    expect(await startJobs()).toBeNull();
    expect(
      info.mock.calls
        .map((call) => String(call[0]))
        .some((line) => line.includes("background jobs disabled (JOBS_ENABLED=false)")),
    ).toBe(true);
    vi.unstubAllEnvs();
  });

  it(
    "a queue that cannot start is logged and the app goes on (startJobs never throws)",
    { timeout: 60_000 },
    async () => {
      delete (globalThis as { portalJobs?: unknown }).portalJobs;
      vi.resetModules();
      vi.stubEnv("JOBS_ENABLED", "true");
      vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/nothing_listens_here");
      const errors = vi.spyOn(console, "error").mockImplementation(() => {});
      const fresh = await import("@/lib/jobs/boss");
      await expect(fresh.startJobs()).resolves.toBeNull();
      const line = errors.mock.calls
        .map((call) => String(call[0]))
        .find((text) => text.includes("background jobs could not start"));
      expect(JSON.parse(line!)).toMatchObject({ level: "error", error: expect.stringMatching(/ECONNREFUSED|connect/) });
      vi.unstubAllEnvs();
      delete (globalThis as { portalJobs?: unknown }).portalJobs;
    },
  );
});
