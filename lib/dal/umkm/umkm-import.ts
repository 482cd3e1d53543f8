import "server-only";
import { promises as fs } from "node:fs";
import { hasRole, UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { db, type DbClient } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { setWriteContext } from "@/lib/dal/write-context";
import {
  countStagedDuplicates,
  findRegistryDuplicates,
  moveStagedRows,
  stageUmkmRows,
} from "@/lib/dal/umkm/umkm-import-sql";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import { safeFileName } from "@/lib/domain/file-names";
import { parseUmkmFileInWorker } from "@/lib/import/parse-in-worker";
import { detectImportKind, MAX_IMPORT_BYTES, type ImportKind } from "@/lib/import/umkm-file";
import { createRowValidator, type ImportRowError } from "@/lib/import/umkm-rows";
import * as staging from "@/lib/import/staging";
import type { SessionUser } from "@/lib/session-user";
import { isUuid } from "@/lib/validation/ids";
import { DAY_MS } from "@/lib/dates";

/** Where staging files live; scripts and tests pass their own folder. */
export type ImportOptions = { dir?: string };
const storageDir = (options: ImportOptions) => options.dir ?? env().STORAGE_DIR;
/** Errors kept on the job row for the preview; the full list is in the staging folder. */
const PREVIEW_ERRORS = 200;

export type ImportJobView = {
  id: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  validRows: number;
  errorRows: number;
  processed: number;
  errors: ImportRowError[];
  createdAt: Date;
  finishedAt: Date | null;
  /** Still VALIDATING long after upload: the process checking it died; the user uploads again. */
  isStale: boolean;
};

/** No check of a 20 MB file takes this long; a job still VALIDATING after it was abandoned. */
const STALE_AFTER_MS = 30 * 60_000;

function assertImporter(user: SessionUser): void {
  if (!hasRole(user, UMKM_REGISTRY_ROLES)) throw new AppError("FORBIDDEN");
}

/** A job is its creator's; ADMIN sees every job. A malformed id is simply not found. */
function jobScope(user: SessionUser, id: string) {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return user.role === "ADMIN" ? { id } : { id, createdById: user.id };
}

/** Imports nobody decided on within a week are cancelled and their staged rows dropped (keeps staging bounded). */
async function expireUndecidedJobs(now = new Date()): Promise<void> {
  const where = { status: "VALIDATED" as const, createdAt: { lt: new Date(now.getTime() - 7 * DAY_MS) } };
  await db.$transaction([
    db.umkmImportRow.deleteMany({ where: { job: where } }),
    db.importJob.updateMany({ where, data: { status: "CANCELLED", finishedAt: now } }),
  ]);
}

/**
 * Step 1: stores the uploaded file (≤ 20 MB) and opens an ImportJob in VALIDATING. The file's
 * kind comes from its bytes (anything but text or an XLSX workbook is refused here) and the
 * stored name ends in it (safeFileName). Validation is a separate call (validateUmkmImport)
 * so the page can show progress while it runs.
 */
export async function startUmkmImport(
  user: SessionUser,
  file: { name: string; bytes: Uint8Array },
  options: ImportOptions = {},
): Promise<{ id: string }> {
  assertImporter(user);
  if (file.bytes.byteLength === 0) throw new AppError("INVALID_INPUT", "fileEmpty");
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError("INVALID_INPUT", "fileTooLarge");
  const kind = await detectImportKind(file.bytes);
  if (!kind) throw new AppError("INVALID_INPUT", "fileType");
  const dir = storageDir(options);
  await Promise.all([staging.sweepOldFiles(dir), expireUndecidedJobs()]);
  const job = await db.importJob.create({
    data: { createdById: user.id, fileName: safeFileName(file.name, kind, "impor-umkm") },
    select: { id: true },
  });
  await staging.writeUpload(staging.stagingFiles(dir, job.id), file.bytes);
  return job;
}

/** Rows written to the staging table per statement (and per progress update). */
const STAGE_CHUNK = 5000;

/** File errors that end the check: the job is FAILED with the reason, nothing is staged. */
const FATAL_FILE_ERRORS = new Set(["fileTooLargeUnpacked", "fileTooManyRows"]);

/**
 * Step 2: parses the stored file in a worker thread with a memory limit (parse-in-worker.ts;
 * a file that unpacks into too much, or has too many rows, ends the job FAILED with the
 * reason), then validates every row with umkmInputSchema, including duplicates within the
 * file and against the registry; stages the valid rows in
 * `umkm_import_rows` (progress in `processed`), keeps all errors for the report and the
 * first ones on the job → VALIDATED. Nothing reaches the registry in this step.
 */
export async function validateUmkmImport(
  user: SessionUser,
  jobId: string,
  options: ImportOptions = {},
): Promise<ImportJobView> {
  assertImporter(user);
  const job = await db.importJob.findFirst({
    where: { ...jobScope(user, jobId), status: "VALIDATING" },
    select: { id: true, fileName: true },
  });
  if (!job) throw new AppError("NOT_FOUND");
  const files = staging.stagingFiles(storageDir(options), job.id);
  try {
    const kind: ImportKind = job.fileName.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
    const parsed = await parseUmkmFileInWorker(kind, new Uint8Array(await fs.readFile(files.upload)));
    const fatal = parsed.fileErrors.find((error) => FATAL_FILE_ERRORS.has(error.key));
    if (fatal) {
      await db.importJob.update({
        where: { id: job.id },
        data: { status: "FAILED", finishedAt: new Date(), errors: [fatal] },
      });
      await staging.writeRowErrors(files, [fatal]);
      return getImportJob(user, jobId);
    }
    const total = parsed.records.length;
    await db.importJob.update({ where: { id: job.id }, data: { totalRows: total } });
    const [regions, registry] = await Promise.all([getRegionReference(), findRegistryDuplicates(db, parsed.records)]);
    const validator = createRowValidator(parsed.headers, regions, registry);
    for (let start = 0; start < total; start += STAGE_CHUNK) {
      for (const record of parsed.records.slice(start, start + STAGE_CHUNK)) validator.validate(record);
      // Half the bar for checking, half for staging; yielding keeps the server answering meanwhile.
      await db.importJob.update({
        where: { id: job.id },
        data: { processed: Math.round(Math.min(start + STAGE_CHUNK, total) / 2) },
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = validator.result();
    const errors = [...parsed.fileErrors, ...result.errors];
    await staging.writeRowErrors(files, errors);
    await db.umkmImportRow.deleteMany({ where: { jobId: job.id } });
    for (let start = 0; start < result.valid.length; start += STAGE_CHUNK) {
      await stageUmkmRows(db, job.id, result.valid.slice(start, start + STAGE_CHUNK));
      const done = Math.min(start + STAGE_CHUNK, result.valid.length);
      await db.importJob.update({
        where: { id: job.id },
        data: { processed: Math.round(total / 2 + (total * done) / result.valid.length / 2) },
      });
    }
    await db.importJob.update({
      where: { id: job.id },
      data: {
        status: "VALIDATED",
        processed: total,
        validRows: result.valid.length,
        errorRows: result.errorLines,
        errors: errors.slice(0, PREVIEW_ERRORS),
      },
    });
  } catch (error) {
    await db.importJob.update({ where: { id: job.id }, data: { status: "FAILED", finishedAt: new Date() } });
    await db.umkmImportRow.deleteMany({ where: { jobId: job.id } });
    throw error;
  } finally {
    await staging.removeFiles(files.upload);
  }
  return getImportJob(user, jobId);
}

/** The job with counts, progress and the first row errors. NOT_FOUND for other users' jobs. */
export async function getImportJob(user: SessionUser, jobId: string): Promise<ImportJobView> {
  assertImporter(user);
  const job = await db.importJob.findFirst({ where: jobScope(user, jobId), omit: { createdById: true } });
  if (!job) throw new AppError("NOT_FOUND");
  const isStale = job.status === "VALIDATING" && Date.now() - job.createdAt.getTime() > STALE_AFTER_MS;
  return { ...job, errors: (job.errors ?? []) as ImportRowError[], isStale };
}

/** Every row error of the job, for the downloadable CSV report. */
export async function listImportErrors(
  user: SessionUser,
  jobId: string,
  options: ImportOptions = {},
): Promise<ImportRowError[]> {
  const job = await getImportJob(user, jobId);
  return staging.readRowErrors(staging.stagingFiles(storageDir(options), job.id));
}

/** NOT_FOUND for a job the user cannot see (another user's), CONFLICT for one in the wrong state. */
async function refuseUnclaimable(tx: DbClient, user: SessionUser, jobId: string, conflict: string): Promise<never> {
  const visible = await tx.importJob.findFirst({ where: jobScope(user, jobId), select: { id: true } });
  throw visible ? new AppError("CONFLICT", conflict) : new AppError("NOT_FOUND");
}

/** "Import nothing": the job is CANCELLED and its staged rows deleted. Only a VALIDATED job. */
export async function cancelUmkmImport(user: SessionUser, jobId: string): Promise<void> {
  assertImporter(user);
  await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: { ...jobScope(user, jobId), status: "VALIDATED" },
      data: { status: "CANCELLED", finishedAt: new Date() },
    });
    if (count === 0) await refuseUnclaimable(tx, user, jobId, "This import is no longer waiting for a decision.");
    await tx.umkmImportRow.deleteMany({ where: { jobId } });
  });
}

/** `beforeCommit` runs inside the transaction after the rows are written (tests simulate a crash there). */
export type CommitOptions = { beforeCommit?: () => void | Promise<void> };

/**
 * Step 3, "import the valid rows": in ONE transaction, claims the VALIDATED job (a second
 * click or a second officer gets CONFLICT), re-checks the staged rows against the registry
 * (a duplicate added since validation → CONFLICT), moves them into the registry with one
 * INSERT … SELECT, records one audit event and marks the job COMPLETED. If anything fails —
 * or the process dies — the transaction rolls back: nothing is half-imported and the job is
 * still VALIDATED, ready to retry.
 */
export async function commitUmkmImport(
  user: SessionUser,
  jobId: string,
  options: CommitOptions = {},
): Promise<{ imported: number }> {
  assertImporter(user);
  return db.$transaction(
    async (tx) => {
      // Each imported NIB becomes that UMKM's ISSUED NIB paperwork item (source IMPORT) at commit.
      await setWriteContext(tx, { actorId: user.id, nibSource: "IMPORT" });
      const claimed = await tx.importJob.updateMany({
        where: { ...jobScope(user, jobId), status: "VALIDATED", validRows: { gt: 0 } },
        data: { status: "COMPLETED", finishedAt: new Date() },
      });
      if (claimed.count === 0)
        await refuseUnclaimable(
          tx,
          user,
          jobId,
          "This import is not waiting to be imported (already imported, cancelled or without valid rows).",
        );
      if ((await countStagedDuplicates(tx, jobId)) > 0) {
        throw new AppError("CONFLICT", "conflict");
      }
      const imported = await moveStagedRows(tx, jobId, user.id);
      await tx.importJob.update({ where: { id: jobId }, data: { processed: imported } });
      await recordAuditEvent(
        { actorId: user.id, action: "umkm.import", entityType: "import_job", entityId: jobId, data: { imported } },
        tx,
      );
      await options.beforeCommit?.();
      return { imported };
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}
