import "server-only";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { ImportKind, ParsedFile } from "@/lib/import/umkm-file";

/**
 * Parses an import upload in a worker thread with its own heap limit: the web process never
 * unpacks or parses uploaded files itself. A file that exhausts the worker's memory (a
 * decompression bomb that got past lib/import/zip-limits.ts) ends as the file error
 * "fileTooLargeUnpacked"; the web process keeps serving. At most two parses run at once per
 * process (the machine has two cores); later ones wait their turn.
 */
export const PARSE_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 64,
  stackSizeMb: 4,
};
const MAX_PARALLEL_PARSES = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (running < MAX_PARALLEL_PARSES) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the finishing task hands its slot over
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

// Under `next build` Turbopack bundles the worker entry found in `new Worker(new URL(…, import.meta.url))`
// into a chunk of its own; under tsx or Vitest the source is TypeScript, which a worker can only
// load through tsx's loader, so a small bootstrap registers it first.
const isSource = import.meta.url.endsWith(".ts");
const TSX_BOOTSTRAP = `const { workerData } = require("node:worker_threads"); import("tsx/esm/api").then((tsx) => tsx.tsImport(workerData.entry, workerData.entry));`;

function startWorker(kind: ImportKind, bytes: Uint8Array, resourceLimits: ResourceLimits): Worker {
  const copy = new Uint8Array(bytes); // transferred, so the caller's buffer stays usable
  const options = { workerData: { kind, bytes: copy }, transferList: [copy.buffer], resourceLimits };
  if (!isSource) return new Worker(new URL("./parse-worker.ts", import.meta.url), options);
  const entry = new URL("./parse-worker.ts", import.meta.url).href;
  return new Worker(TSX_BOOTSTRAP, { ...options, eval: true, workerData: { ...options.workerData, entry } });
}

const tooLargeUnpacked: ParsedFile = {
  records: [],
  headers: {},
  fileErrors: [{ line: 0, column: "", key: "fileTooLargeUnpacked" }],
};

/** The parsed upload, or its file errors; rejects only if the worker fails for another reason. */
export function parseUmkmFileInWorker(
  kind: ImportKind,
  bytes: Uint8Array,
  resourceLimits: ResourceLimits = PARSE_LIMITS,
): Promise<ParsedFile> {
  return inTurn(
    () =>
      new Promise<ParsedFile>((resolve, reject) => {
        const worker = startWorker(kind, bytes, resourceLimits);
        let result: ParsedFile | null = null;
        worker.once("message", (parsed: ParsedFile) => {
          result = parsed;
        });
        worker.once("error", (error: Error & { code?: string }) => {
          if (error.code === "ERR_WORKER_OUT_OF_MEMORY") resolve(tooLargeUnpacked);
          else reject(error);
        });
        worker.once("exit", (code) => {
          if (result) resolve(result);
          else reject(new Error(`import parse worker exited with code ${code} without a result`));
        });
      }),
  );
}
