// `npm run dev|build|start`: runs Next.js against DATABASE_URL when it is set (a real
// PostgreSQL), otherwise against the embedded PGlite in .data/pglite. Pending migrations are
// applied first; an embedded database is seeded with reference and demo data on first start.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { parseArgs } from "node:util";
import { startCluster } from "./lib/cluster-start";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";

const mode = process.argv[2] ?? "";
if (!["dev", "build", "start"].includes(mode)) {
  console.error("usage: tsx scripts/with-db.ts dev|build|start [--instances N]");
  process.exit(2);
}
// `npm start -- --instances 2`: several next start processes behind one address (one per core).
const { values: options } = parseArgs({
  args: process.argv.slice(3),
  options: { instances: { type: "string", default: process.env.APP_INSTANCES ?? "1" } },
});
const instances = Number(options.instances);
if (!Number.isInteger(instances) || instances < 1 || (instances > 1 && mode !== "start")) {
  console.error("--instances takes a whole number ≥ 1, and more than one only with start");
  process.exit(2);
}
const DATA_DIR = process.env.EMBEDDED_DB_DIR ?? ".data/pglite";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      if (code === 0 || (signal && signal !== "SIGKILL")) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`));
    });
  });
}

async function isEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM provinces");
    return rows[0].n === 0;
  } finally {
    await client.end();
  }
}

/** A stable secret for the embedded demo, so sessions survive restarts; never used with DATABASE_URL. */
function embeddedSecret() {
  const file = ".data/auth-secret";
  if (!fs.existsSync(file)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  env.NEXTAUTH_URL ??= `http://localhost:${env.PORT ?? 3000}`;
  let embedded: EmbeddedDb | undefined;
  if (!env.DATABASE_URL && instances > 1) {
    console.error("--instances > 1 needs DATABASE_URL: the embedded database serves one process");
    process.exit(2);
  }
  if (!env.DATABASE_URL) {
    embedded = await startEmbeddedDb({ dataDir: DATA_DIR });
    env.DATABASE_URL = embedded.url;
    env.NEXTAUTH_SECRET ??= embeddedSecret();
    // One PGlite session behind the socket: several pool connections' transactions and queries
    // can interleave there, so the embedded portal uses one connection (ARCHITECTURE.md).
    env.DB_POOL_MAX ??= "1";
    console.log(`Embedded PostgreSQL (PGlite) in ${DATA_DIR}`);
  }
  const stop = async () => embedded?.stop();
  try {
    if (mode !== "build") {
      await run("npx", ["--no-install", "tsx", "scripts/db/migrate.ts"], env);
      if (embedded && (await isEmpty(embedded.url))) {
        console.log("First start: seeding reference and demo data…");
        await run("npm", ["run", "--silent", "db:seed"], env);
      }
    }
    if (instances > 1) await startCluster(instances, env.PORT ?? "3000", env);
    else await run("npx", ["--no-install", "next", mode], env);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
