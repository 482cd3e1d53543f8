import { parentPort, workerData } from "node:worker_threads";
import { parseUmkmFile, type ImportKind } from "@/lib/import/umkm-file";

// Entry of the import's parse worker (started by lib/import/parse-in-worker.ts): parses one
// upload and posts the records back. Runs under the worker's memory limits, so a file that
// unpacks into too much ends this thread, not the web process.
const { kind, bytes } = workerData as { kind: ImportKind; bytes: Uint8Array };
void parseUmkmFile(kind, bytes).then((parsed) => parentPort?.postMessage(parsed));
