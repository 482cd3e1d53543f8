import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/actor";
import type { DbClient } from "@/lib/db";
import { computeReadiness, type Readiness } from "@/lib/domain/readiness";
import { INTRODUCTION_STATUSES } from "@/lib/domain/match-lifecycle";
import { AppError } from "@/lib/errors";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { COMPONENTS } from "@/lib/matching/types";

/** Who reads matches: a session user (with its UMKM) or a firm's API token (an Actor). */
export type MatchViewer = Pick<Actor, "id" | "role" | "companyId"> & { umkmId?: string | null };

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which matches `viewer` may see, as a where clause (DESIGN.md roles table):
 * - PMPTSP_OFFICER, ADMIN: all;
 * - DISKOP_STAFF: matches of UMKM they nominated (any nomination of theirs);
 * - COMPANY_STAFF (and the firm's API tokens): introductions (APPROVED and later) for their firm's needs;
 * - UMKM_OWNER: introductions of their own UMKM.
 * Anything outside it is reported NOT_FOUND, exactly like an id that does not exist.
 */
export function matchVisibilityWhere(viewer: MatchViewer): Prisma.MatchWhereInput {
  switch (viewer.role) {
    case "ADMIN":
    case "PMPTSP_OFFICER":
      return {};
    case "DISKOP_STAFF":
      if (!viewer.id) throw new AppError("FORBIDDEN");
      return { umkm: { nominations: { some: { nominatedById: viewer.id } } } };
    case "COMPANY_STAFF":
      if (!viewer.companyId) throw new AppError("FORBIDDEN");
      return { status: { in: [...INTRODUCTION_STATUSES] }, need: { companyId: viewer.companyId } };
    case "UMKM_OWNER":
      if (!viewer.umkmId) throw new AppError("FORBIDDEN");
      return { status: { in: [...INTRODUCTION_STATUSES] }, umkmId: viewer.umkmId };
  }
}

/** Contract values (need estimate, partnership value) are never shown to Diskop staff. */
export const seesValues = (role: Role) => role !== "DISKOP_STAFF";
/** The estimated value of a need is the firm's internal figure: offices and the firm only. */
export const seesNeedEstimate = (role: Role) => role !== "DISKOP_STAFF" && role !== "UMKM_OWNER";

const EMPTY_COMPONENT = { value: 0, weight: 0, points: 0 };

/** The stored breakdown as a ScoreBreakdown, tolerating older or partial JSON (missing parts are empty). */
export function toBreakdown(json: Prisma.JsonValue, score: number): ScoreBreakdown {
  const raw = (json && typeof json === "object" && !Array.isArray(json) ? json : {}) as Partial<ScoreBreakdown>;
  const components = Object.fromEntries(COMPONENTS.map((name) => [name, { ...EMPTY_COMPONENT, ...(raw.components?.[name] ?? {}) }])) as ScoreBreakdown["components"];
  return {
    score,
    components,
    reasons: Array.isArray(raw.reasons) ? raw.reasons.filter((r) => r && typeof r.key === "string") : [],
    missingDocuments: Array.isArray(raw.missingDocuments) ? raw.missingDocuments.map(String) : [],
    weightsVersion: typeof raw.weightsVersion === "number" ? raw.weightsVersion : 0,
  };
}

export type ReadinessView = Readiness & { names: Record<string, { nameId: string; nameEn: string }> };

/**
 * Paperwork readiness of each UMKM for one need (lib/domain/readiness.ts), with two queries
 * whatever the number of UMKM: the need's required documents and the UMKM's items of those types.
 */
export async function readinessFor(client: DbClient, needId: string, umkmIds: readonly string[]): Promise<Map<string, ReadinessView>> {
  const need = await client.supplyNeed.findUniqueOrThrow({
    where: { id: needId },
    select: { periodStart: true, periodEnd: true, requiredDocuments: { select: { documentType: { select: { id: true, code: true, nameId: true, nameEn: true, sortOrder: true } } } } },
  });
  const docs = need.requiredDocuments.map((r) => r.documentType).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  const held = umkmIds.length === 0 || docs.length === 0 ? [] : await client.paperworkItem.findMany({
    where: { umkmId: { in: [...umkmIds] }, documentTypeId: { in: docs.map((d) => d.id) } },
    select: { umkmId: true, documentTypeId: true, status: true, issuedOn: true, expiresOn: true },
  });
  const names = Object.fromEntries(docs.map((d) => [d.code, { nameId: d.nameId, nameEn: d.nameEn }]));
  const required = docs.map((d) => ({ documentTypeId: d.id, code: d.code }));
  return new Map(umkmIds.map((umkmId) => [umkmId, {
    ...computeReadiness(required, held.filter((h) => h.umkmId === umkmId), { start: need.periodStart, end: need.periodEnd }),
    names,
  }]));
}
