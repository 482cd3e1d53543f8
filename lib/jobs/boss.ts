import "server-only";
import PgBoss from "pg-boss";
import { todayIso } from "@/lib/dates";
import { dbEnv, env } from "@/lib/env";
import { TIME_ZONE } from "@/lib/i18n/config";
import {
  PAPERWORK_REMINDERS_CRON,
  PAPERWORK_REMINDERS_JOB,
  runPaperworkReminders,
  type ReminderResult,
} from "@/lib/jobs/paperwork-reminders";
import { logLine } from "@/lib/log";

/** pg-boss keeps its tables in this schema of the app's database (never in `public`). */
export const JOBS_SCHEMA = "pgboss";

/** A daily job: polling more often than this only adds queries (the embedded PGlite runs one at a time). */
const POLLING_SECONDS = 30;

export type JobQueue = { boss: PgBoss; workerId: string };

type RunReminders = () => Promise<ReminderResult>;

/**
 * Starts pg-boss on `connectionString` (schema "pgboss", created/migrated by pg-boss itself),
 * creates the paperwork-reminder queue (one job active at a time, 3 retries 10 minutes apart),
 * schedules it daily at 00:05 WIB (cron with tz Asia/Jakarta: every instance may call this,
 * pg-boss keeps one schedule and creates one job per tick) and starts this instance's worker.
 * Throws when the queue cannot start; `startJobs` is the caller that never does.
 */
export async function createJobQueue(
  connectionString: string,
  run: RunReminders = () => runPaperworkReminders(new Date()),
): Promise<JobQueue> {
  // One connection on the embedded database (DB_POOL_MAX=1: one PGlite session, see lib/db.ts).
  const boss = new PgBoss({
    connectionString,
    schema: JOBS_SCHEMA,
    max: Math.min(2, dbEnv().DB_POOL_MAX),
    application_name: "portal-jobs",
  });
  boss.on("error", (error) => logLine("error", "job queue error", { error }));
  await boss.start();
  try {
    await boss.createQueue(PAPERWORK_REMINDERS_JOB, {
      name: PAPERWORK_REMINDERS_JOB,
      policy: "singleton",
      retryLimit: 3,
      retryDelay: 600,
      expireInSeconds: 1800,
    });
    await boss.schedule(PAPERWORK_REMINDERS_JOB, PAPERWORK_REMINDERS_CRON, {}, { tz: TIME_ZONE });
    const workerId = await boss.work(
      PAPERWORK_REMINDERS_JOB,
      { pollingIntervalSeconds: POLLING_SECONDS, batchSize: 1 },
      async ([job]) => {
        const started = Date.now();
        try {
          const result = await run();
          logLine("info", "paperwork reminders done", {
            jobId: job?.id,
            today: todayIso(),
            ms: Date.now() - started,
            ...result,
          });
          return result;
        } catch (error) {
          // Thrown on: pg-boss marks the job failed and retries it (3 times, 10 minutes apart).
          logLine("error", "paperwork reminders failed", { jobId: job?.id, error });
          throw error;
        }
      },
    );
    return { boss, workerId };
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    throw error;
  }
}

const globalForJobs = globalThis as unknown as { portalJobs?: Promise<JobQueue | null> };

/**
 * Starts this process's job queue once (dev hot reloads reuse it), from instrumentation.ts.
 * Never throws and never crashes the app: with JOBS_ENABLED=false it logs that jobs are off;
 * when the queue cannot start it logs the error (reminders then need `npm run jobs:reminders`
 * or a restart) and the portal runs on without it.
 */
export function startJobs(): Promise<JobQueue | null> {
  globalForJobs.portalJobs ??= (async () => {
    try {
      const config = env();
      if (!config.JOBS_ENABLED) {
        logLine(
          "info",
          "background jobs disabled (JOBS_ENABLED=false): paperwork reminders do not run in this instance",
        );
        return null;
      }
      const queue = await createJobQueue(config.DATABASE_URL);
      logLine("info", "background jobs started", {
        schema: JOBS_SCHEMA,
        queue: PAPERWORK_REMINDERS_JOB,
        cron: PAPERWORK_REMINDERS_CRON,
        tz: TIME_ZONE,
      });
      return queue;
    } catch (error) {
      logLine(
        "error",
        "background jobs could not start: paperwork reminders will not run until the next start (or run `npm run jobs:reminders`)",
        { error },
      );
      return null;
    }
  })();
  return globalForJobs.portalJobs;
}

/** Stops the queue started by `startJobs` (waits for a running job up to 30 s). */
export async function stopJobs(): Promise<void> {
  const queue = await globalForJobs.portalJobs;
  globalForJobs.portalJobs = undefined;
  await queue?.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
}
