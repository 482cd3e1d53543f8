// `npm run bench:http [-- --url http://127.0.0.1:3000 --connections 20 --duration 10 --only umkm,needs]`:
// what a browser gets from a running portal, per page, under concurrency. It signs in through
// next-auth like a browser (csrf token + credentials callback → session cookie) as each demo
// role, checks that every page answers 200 with its own content (not the sign-in page), then
// runs autocannon against each page with rotating realistic URLs (the registry's six filter
// combinations of bench:registry, several needs' candidate pages) and prints p50/p95/p99,
// requests/s, non-2xx answers, HTML bytes and inline-script bytes per page, with the load average.
// Start the portal first (`npm run build && DATABASE_URL=… npm start`, or several processes:
// `DATABASE_URL=… npm start -- --instances 2`) on a database filled by
// `npm run db:seed && npm run db:generate-umkm -- --count 1200000`.
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/demo-accounts";
import { htmlPayload } from "./lib/html-payload";
import { FILTER_SHAPES } from "./lib/registry-shapes";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.BENCH_URL ?? "http://127.0.0.1:3000" },
    connections: { type: "string", default: "20" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    only: { type: "string" },
    label: { type: "string", default: "" },
  },
});
const base = values.url.replace(/\/$/, "");
const connections = Number(values.connections);
const duration = Number(values.duration);
const warmup = Number(values.warmup);
const only = values.only ? new Set(values.only.split(",")) : null;

type RoleKey = (typeof DEMO_USERS)[number]["role"];
type Page = { name: string; role: RoleKey | null; paths: string[]; target: string };

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/** The cookies a response sets, as one `Cookie` header value (name=value pairs only). */
function cookiesOf(response: Response, previous = ""): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0]!;
    jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** Signs in as `email` the way next-auth's own client does; returns the session cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  let cookie = cookiesOf(csrf);
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  cookie = cookiesOf(callback, cookie);
  if (!/session-token=/.test(cookie)) {
    throw new Error(`signing in as ${email} set no session cookie (status ${callback.status})`);
  }
  return cookie;
}

/** The registry's filter shapes (shared with bench:registry), 8 URLs each, interleaved. */
function registryPaths(): string[] {
  const paths: string[] = [];
  for (let i = 0; i < 8; i++) {
    for (const shape of Object.values(FILTER_SHAPES)) {
      paths.push(`/umkm?${new URLSearchParams(shape.filter(i) as Record<string, string>)}`);
    }
  }
  return paths;
}

/** Ids of needs linked from the officer's needs list (the candidates pages to load). */
async function needIds(cookie: string): Promise<string[]> {
  const html = await (await fetch(`${base}/needs`, { headers: { cookie } })).text();
  const ids = new Set<string>();
  for (const match of html.matchAll(/href="\/needs\/([0-9a-f-]{36})"/g)) ids.add(match[1]!);
  return [...ids].slice(0, 8);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function load(page: Page, cookie: string, seconds: number, record: boolean) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        headers: cookie ? { cookie } : {},
        requests: page.paths.map((path) => ({ method: "GET" as const, path })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // Every response's own time, so p95 is exact (autocannon's summary has p90 and p97.5, no p95).
    if (record) instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

async function main() {
  const health = await fetch(`${base}/api/health`).catch(() => null);
  if (!health?.ok) throw new Error(`${base}/api/health does not answer 200: start the portal first`);
  const emailOf = (role: RoleKey) => DEMO_USERS.find((user) => user.role === role)!.email;
  const cookies = new Map<RoleKey, string>();
  for (const role of ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"] as const) {
    cookies.set(role, await signIn(emailOf(role)));
  }
  const needs = await needIds(cookies.get("PMPTSP_OFFICER")!);
  if (needs.length === 0) throw new Error("the officer's /needs list links no need: seed the database first");

  const all: Page[] = [
    { name: "landing / (anonymous)", role: null, paths: ["/"], target: "p95 ≤ 100 ms" },
    { name: "sign-in", role: null, paths: ["/sign-in"], target: "—" },
    {
      name: "umkm registry, 6 filter shapes",
      role: "PMPTSP_OFFICER",
      paths: registryPaths(),
      target: "p95 ≤ 300 ms, ≥ 80 req/s",
    },
    { name: "needs list (officer)", role: "PMPTSP_OFFICER", paths: ["/needs"], target: "p95 ≤ 300 ms" },
    { name: "matches list (officer)", role: "PMPTSP_OFFICER", paths: ["/matches"], target: "p95 ≤ 300 ms" },
    {
      name: "need's candidates (officer)",
      role: "PMPTSP_OFFICER",
      paths: needs.map((id) => `/needs/${id}/matches`),
      target: "p95 ≤ 300 ms",
    },
    { name: "dashboard ADMIN", role: "ADMIN", paths: ["/dashboard"], target: "p95 ≤ 100 ms" },
    { name: "dashboard PMPTSP officer", role: "PMPTSP_OFFICER", paths: ["/dashboard"], target: "p95 ≤ 100 ms" },
    { name: "dashboard Diskop", role: "DISKOP_STAFF", paths: ["/dashboard"], target: "p95 ≤ 100 ms" },
    { name: "dashboard firm", role: "COMPANY_STAFF", paths: ["/dashboard"], target: "p95 ≤ 100 ms" },
    { name: "dashboard UMKM owner", role: "UMKM_OWNER", paths: ["/dashboard"], target: "p95 ≤ 100 ms" },
  ];
  const pages = all.filter((page) => !only || [...only].some((word) => page.name.includes(word)));

  console.log(
    `bench:http ${values.label} → ${base}; ${connections} connections, ${duration} s per page after ${warmup} s warm-up; ` +
      `${os.cpus().length} CPUs; load average ${loadavg()}`,
  );
  const rows: Record<string, string | number>[] = [];
  for (const page of pages) {
    const cookie = page.role ? cookies.get(page.role)! : "";
    // Every URL must answer 200 with the page itself: a redirect to /sign-in would measure nothing.
    let bytes = { html: 0, inline: 0 };
    for (const path of page.paths) {
      const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200)
        throw new Error(`${path} as ${page.role ?? "anonymous"} answered ${response.status}`);
      if (page.role && /name="password"/.test(html)) throw new Error(`${path} answered the sign-in form`);
      const measured = htmlPayload(html);
      bytes = {
        html: Math.max(bytes.html, measured.htmlBytes),
        inline: Math.max(bytes.inline, measured.inlineScriptBytes),
      };
    }
    if (warmup > 0) await load(page, cookie, warmup, false);
    const { result, latencies } = await load(page, cookie, duration, true);
    rows.push({
      page: page.name,
      urls: page.paths.length,
      requests: result.requests.total,
      "req/s": Math.round(result.requests.average * 10) / 10,
      "p50 ms": Math.round(percentile(latencies, 50)),
      "p95 ms": Math.round(percentile(latencies, 95)),
      "p99 ms": Math.round(percentile(latencies, 99)),
      "non-2xx": result.non2xx + result.errors + result.timeouts,
      "HTML KB (max)": Math.round(bytes.html / 102.4) / 10,
      "inline script KB (max)": Math.round(bytes.inline / 102.4) / 10,
      target: page.target,
      "load avg": loadavg(),
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
  console.log();
  console.table(rows);
  if (rows.some((row) => Number(row["non-2xx"]) > 0)) {
    console.error("Some requests failed (non-2xx, errors or timeouts): the figures above are not valid.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
