// Several `next start` processes behind one address, with Node's own cluster module: each
// worker is Next.js's unchanged `next start` (its own server, its own pool of DB_POOL_MAX
// connections), and the primary hands incoming connections to the workers in turn (round
// robin, Node's default on Linux). Sessions are stateless JWTs and rate limits and the job
// queue live in PostgreSQL, so any worker can answer any request. A worker that dies is
// replaced; the address stays up while at least one worker lives. Used by
// `npm start -- --instances N` (scripts/with-db.ts) on a real PostgreSQL only: the embedded
// database is one PGlite session and cannot be shared by several processes.
import cluster from "node:cluster";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const RESTART_WINDOW_MS = 60_000;
const MAX_RESTARTS_PER_WINDOW = 5;

type ClusterOptions = {
  /** The worker program and its arguments; `next start --port <port>` unless a test swaps it. */
  exec?: string;
  args?: string[];
  /** Resolves when the cluster should stop (SIGINT/SIGTERM of the primary by default). */
  stopSignal?: Promise<void>;
};

/** Forks `instances` `next start` workers on `port`; resolves when they have all exited after a stop. */
export function startCluster(
  instances: number,
  port: string,
  env: NodeJS.ProcessEnv,
  options: ClusterOptions = {},
): Promise<void> {
  cluster.setupPrimary({
    exec: options.exec ?? require.resolve("next/dist/bin/next"),
    args: options.args ?? ["start", "--port", port],
    execArgv: [],
  });
  let stopping = false;
  const restarts: number[] = [];
  const fork = (index: number) => {
    // Every worker starts pg-boss (instrumentation.ts): pg-boss keeps one schedule and hands each job to one worker.
    const worker = cluster.fork({ ...env, PORT: port });
    worker.on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length > MAX_RESTARTS_PER_WINDOW) {
        console.error(`instance ${index} keeps exiting (${code ?? signal}); not restarting it`);
        return;
      }
      console.error(`instance ${index} exited (${code ?? signal}); starting a new one`);
      fork(index);
    });
  };
  for (let index = 1; index <= instances; index++) fork(index);
  console.log(`${instances} next start instances behind http://localhost:${port} (node:cluster, round robin)`);
  return new Promise((resolve) => {
    const stop = () => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      let alive = workers.length;
      if (alive === 0) resolve();
      for (const worker of workers) {
        worker?.once("exit", () => --alive === 0 && resolve());
        worker?.process.kill("SIGTERM");
      }
    };
    if (options.stopSignal) void options.stopSignal.then(stop);
    else {
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    }
  });
}
