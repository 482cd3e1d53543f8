// `npm start -- --instances N` (scripts/lib/cluster-start.ts): N workers behind one address, and a
// worker that dies is replaced while the address keeps answering. The workers here are a tiny
// server that answers with its pid (a real `next start` needs a build).
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startCluster } from "@/scripts/lib/cluster-start";

async function freePort(): Promise<string> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return String(port);
}

/** Pids that answered `requests` fresh connections (no keep-alive: each one is handed out anew). */
async function pidsAnswering(port: string, requests: number): Promise<Set<string>> {
  const pids = new Set<string>();
  for (let i = 0; i < requests; i++) {
    // A connection handed to a worker as it dies is lost: give up on it and probe again.
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { connection: "close" },
      signal: AbortSignal.timeout(2_000),
    });
    pids.add(await response.text());
  }
  return pids;
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("several instances behind one address", () => {
  it("spreads connections over every worker and replaces one that dies", async () => {
    const port = await freePort();
    let stop!: () => void;
    const stopSignal = new Promise<void>((resolve) => (stop = resolve));
    const exec = path.resolve("tests/unit/support/pid-server.mjs");
    const stopped = startCluster(2, port, process.env, { exec, args: [port], stopSignal });
    try {
      const first = await waitFor(async () => {
        const pids = await pidsAnswering(port, 8);
        return pids.size === 2 ? pids : null;
      });
      const victim = [...first][0]!;
      process.kill(Number(victim), "SIGKILL");
      const after = await waitFor(async () => {
        const pids = await pidsAnswering(port, 8);
        return pids.size === 2 && !pids.has(victim) ? pids : null;
      });
      expect(after.has(victim)).toBe(false);
      expect(after.size).toBe(2);
    } finally {
      stop();
      await stopped;
    }
  }, 60_000);
});
