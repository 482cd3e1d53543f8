// `npm run bench:dashboard [-- --workers 20 --iterations 25]`: latency of the landing page's
// figures (getPublicStats), of the ADMIN / PMPTSP officer / Diskop dashboards (getDashboard) and
// of the province paperwork figures (getProvincePaperworkStats)
// through the data layer, `--workers` concurrent callers × `--iterations` calls each, on
// DATABASE_URL (PostgreSQL filled by `npm run db:generate-umkm -- --count 1200000`). Prints
// p50/p95/p99 and calls/s per figure set and the load average; no assertions. The page's HTTP
// latency is `npm run bench:http`'s business; this isolates the queries.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { getDashboard, getPublicStats } from "@/lib/dal/dashboard";
import { getProvincePaperworkStats } from "@/lib/dal/paperwork/paperwork-stats";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";

const { values } = parseArgs({
  options: { workers: { type: "string", default: "20" }, iterations: { type: "string", default: "25" } },
});
const workers = Number(values.workers);
const iterations = Number(values.iterations);

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function userOf(role: Role): Promise<SessionUser> {
  const user = await db.user.findFirst({ where: { role, isActive: true }, orderBy: { createdAt: "asc" } });
  if (!user) throw new Error(`no active ${role} user: seed the database first (npm run db:seed)`);
  const { id, email, name, companyId, umkmId } = user;
  return { id, email, name, role, companyId, umkmId, mustChangePassword: false };
}

async function measure(label: string, call: () => Promise<unknown>) {
  await call(); // warm-up: connections, plans
  const times: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = 0; i < iterations; i++) {
        const t = performance.now();
        await call();
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(22)} p50 ${pct(times, 50).toFixed(1).padStart(7)} ms  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms  p99 ${pct(times, 99).toFixed(1).padStart(7)} ms  ${(times.length / seconds).toFixed(0).padStart(5)} calls/s`,
  );
}

async function main() {
  const [admin, officer, diskop] = [
    await userOf("ADMIN"),
    await userOf("PMPTSP_OFFICER"),
    await userOf("DISKOP_STAFF"),
  ];
  console.log(
    `${workers} concurrent callers × ${iterations} calls; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  await measure("landing getPublicStats", () => getPublicStats());
  await measure("dashboard ADMIN", () => getDashboard(admin));
  await measure("dashboard PMPTSP", () => getDashboard(officer));
  await measure("dashboard DISKOP", () => getDashboard(diskop));
  await measure("paperwork figures", () => getProvincePaperworkStats(officer));
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
}

main().finally(() => db.$disconnect());
