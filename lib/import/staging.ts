import { promises as fs } from "node:fs";
import path from "node:path";
import type { ImportRowError } from "@/lib/import/umkm-rows";
import { DAY_MS } from "@/lib/dates";

/**
 * Files of an import in `<STORAGE_DIR>/imports/`, named by the ImportJob id: the uploaded file
 * until it is validated, and the full row-error list for the downloadable report. (The valid
 * rows themselves wait in the `umkm_import_rows` table.) Several app instances share the
 * folder, as they share uploaded attachments; never process memory.
 */
const KEEP_DAYS = 7;

export type StagingFiles = { upload: string; errors: string };

export function stagingFiles(dir: string, jobId: string): StagingFiles {
  const base = path.join(dir, "imports", jobId);
  return { upload: `${base}.upload`, errors: `${base}.errors.json` };
}

/** Writes atomically (temp file + rename) so a crash never leaves a half-written file behind. */
async function writeJson(file: string, data: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, JSON.stringify(data));
  await fs.rename(temp, file);
}

export async function writeUpload(files: StagingFiles, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(files.upload), { recursive: true });
  await fs.writeFile(files.upload, bytes);
}

export const writeRowErrors = (files: StagingFiles, errors: ImportRowError[]) => writeJson(files.errors, errors);

export async function readRowErrors(files: StagingFiles): Promise<ImportRowError[]> {
  try {
    return JSON.parse(await fs.readFile(files.errors, "utf8")) as ImportRowError[];
  } catch {
    return [];
  }
}

export async function removeFiles(...paths: string[]): Promise<void> {
  await Promise.all(paths.map((file) => fs.rm(file, { force: true })));
}

/** Deletes staging files older than a week (called when a new import starts): keeps the folder bounded. */
export async function sweepOldFiles(dir: string, now = Date.now()): Promise<void> {
  const folder = path.join(dir, "imports");
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      const stat = await fs.stat(file).catch(() => null);
      if (stat && now - stat.mtimeMs > KEEP_DAYS * DAY_MS) await fs.rm(file, { force: true });
    }),
  );
}
