// The embedded default database: PGlite (WASM PostgreSQL) served over the PostgreSQL wire
// protocol, so the app always uses adapter-pg and only DATABASE_URL differs from production.
// One process owns a data folder at a time (two writers silently lose rows: TOOLCHAIN.md), so
// a lock file guards it.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDb = { url: string; db: PGlite; stop: () => Promise<void> };

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function acquireLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database ${dataDir} is in use by process ${pid} (another npm run dev/start/build?). ` +
          "Stop it first: two processes writing one PGlite folder lose data.",
      );
    }
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

/**
 * Starts PGlite on `dataDir` ("memory://" for a throw-away database) behind a socket server on
 * 127.0.0.1 (a free port unless one is given). Returns its DATABASE_URL, the PGlite instance
 * and a stop() that closes everything and frees the lock.
 */
export async function startEmbeddedDb({
  dataDir,
  port = 0,
  maxConnections = 20,
}: {
  dataDir: string;
  port?: number;
  maxConnections?: number;
}): Promise<EmbeddedDb> {
  let releaseLock = () => {};
  if (!dataDir.startsWith("memory://")) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    releaseLock = acquireLock(dataDir);
  }
  const db = await PGlite.create(dataDir);
  // Several connections: adapter-pg keeps a pool. PGlite still runs one query at a time.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections });
  await server.start();
  let stopped = false;
  return {
    // The URL format `pglite-server --include-database-url` prints (any password is accepted).
    url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`,
    db,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}
