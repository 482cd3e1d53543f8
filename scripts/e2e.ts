// End-to-end tests: a production build (next build + next start) against a fresh database
// (embedded PGlite by default, PostgreSQL when TEST_DATABASE_URL is set), driven by Playwright
// in Debian's Chromium. There is no browser download on these machines, so a missing Chromium
// fails loudly with the install command — the browser tests are never skipped silently.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { freePort } from "./lib/embedded-db";
import { createTestDatabase } from "./lib/test-db";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install Debian's Chromium (sudo apt-get update && sudo apt-get install -y chromium) ` +
      "or set CHROMIUM_PATH to a Chromium/Chrome binary. The end-to-end tests cannot run without it.",
  );
  process.exit(1);
}

// The server runs in its own process group so that stopping it also stops the next-server
// child that npx starts; an orphan would keep CI's output pipe open.
function start(command: string, args: string[], env: NodeJS.ProcessEnv, detached = false): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env, detached });
}

/** Stops the child's process group and waits (up to 10 s) until it has exited. */
async function stopGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const child = start(command, args, env);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("next start exited before it was ready");
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the portal did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

const database = await createTestDatabase("portal_e2e");
let server: ChildProcess | undefined;
let exitCode = 1;
try {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
    NEXTAUTH_URL: baseUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    CHROMIUM_PATH: chromium,
    BASE_URL: baseUrl,
    // The embedded database serves several connections through one PGlite session; concurrent
    // transactions and queries from several pool connections can interleave there ("bind
    // message supplies N parameters…"), so the app talks to it over one connection.
    ...(database.kind.startsWith("PGlite") ? { DB_POOL_MAX: "1" } : {}),
    // No background job may write while the forbidden matrix compares database snapshots.
    JOBS_ENABLED: "false",
    // The test mailbox: the portal writes each mail as a JSON file here (no SMTP), and
    // tests/e2e/password-reset.spec.ts reads the reset link from it.
    MAIL_OUTBOX_DIR: path.join(os.tmpdir(), `portal-e2e-outbox-${process.pid}`),
  };
  console.log(`e2e database: ${database.kind}`);
  await run("npx", ["--no-install", "tsx", "--conditions=react-server", "prisma/seed.ts"], {
    ...env,
    NODE_ENV: "test",
  });
  if (!process.env.E2E_SKIP_BUILD) await run("npx", ["--no-install", "next", "build"], env);
  server = start(
    "npx",
    ["--no-install", "next", "start", "-p", String(port), "-H", "127.0.0.1"],
    { ...env, NODE_ENV: "production" },
    true,
  );
  await waitForHealth(baseUrl, server);
  await run("npx", ["--no-install", "playwright", "test", ...process.argv.slice(2)], env);
  exitCode = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  // The server goes first: dropping the database under it would break its open connections.
  await stopGroup(server);
  await database.drop().catch((error: unknown) => console.error("could not drop the test database:", error));
}
process.exit(exitCode);
