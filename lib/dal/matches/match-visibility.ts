import "server-only";
import { hasRole, NEED_ESTIMATE_READERS } from "@/lib/access/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/actor";
import type { DbClient } from "@/lib/db";
import { loadReadiness, readinessPairKey } from "@/lib/dal/paperwork/readiness-source";
import type { Readiness } from "@/lib/domain/readiness";
import { INTRODUCTION_STATUSES } from "@/lib/domain/match-lifecycle";
import { AppError } from "@/lib/errors";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { COMPONENTS } from "@/lib/matching/types";

/** Who reads matches: a session user (with its UMKM) or a firm's API token (an Actor). */
export type MatchViewer = Pick<Actor, "id" | "role" | "companyId"> & { umkmId?: string | null };

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
export const seesNeedEstimate = (role: Role) => hasRole(role, NEED_ESTIMATE_READERS);

const EMPTY_COMPONENT = { value: 0, weight: 0, points: 0 };

/** The stored breakdown as a ScoreBreakdown, tolerating older or partial JSON (missing parts are empty). */
export function toBreakdown(json: Prisma.JsonValue, score: number): ScoreBreakdown {
  const raw = (json && typeof json === "object" && !Array.isArray(json) ? json : {}) as Partial<ScoreBreakdown>;
  const components = Object.fromEntries(
    COMPONENTS.map((name) => [name, { ...EMPTY_COMPONENT, ...(raw.components?.[name] ?? {}) }]),
  ) as ScoreBreakdown["components"];
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
 * Paperwork readiness of each UMKM for one need: lib/dal/paperwork/readiness-source.ts loadReadiness (the
 * same reading as the score, the UMKM page and the owner's checklist), with the documents'
 * names by code for the screens. Two queries whatever the number of UMKM.
 */
export async function readinessFor(
  client: DbClient,
  needId: string,
  umkmIds: readonly string[],
): Promise<Map<string, ReadinessView>> {
  const { byPair, documents } = await loadReadiness(
    client,
    umkmIds.map((umkmId) => ({ needId, umkmId })),
  );
  const names = Object.fromEntries(
    Object.values(documents).map((d) => [d.code, { nameId: d.nameId, nameEn: d.nameEn }]),
  );
  return new Map(
    umkmIds.flatMap((umkmId) => {
      const readiness = byPair.get(readinessPairKey(needId, umkmId));
      return readiness ? [[umkmId, { ...readiness, names }] as const] : [];
    }),
  );
}
