import "server-only";
import { hasRole, PAPERWORK_EDITORS } from "@/lib/access/roles";
import { db, type DbClient } from "@/lib/db";
import { needVisibilityWhere } from "@/lib/dal/needs/needs";
import { listUmkmPaperwork, type PaperworkRow } from "@/lib/dal/paperwork/paperwork";
import { documentCodesForKbli } from "@/lib/domain/document-types";
import type { Readiness } from "@/lib/domain/readiness";
import { loadReadiness, readinessPairKey, type DocumentNames } from "@/lib/dal/paperwork/readiness-source";
import { AppError } from "@/lib/errors";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { toIsoDate } from "@/lib/dates";

export type { DocumentNames };
export { loadReadiness };

/** One need's readiness for one UMKM, as the UMKM page, the owner's checklist and the match screens show it. */
export type NeedReadiness = {
  needId: string;
  needTitle: string;
  firmName: string;
  periodStart: string;
  periodEnd: string;
  matchId: string;
  matchStatus: MatchStatus;
  readiness: Readiness;
};

const pairKey = readinessPairKey;

/** The readiness of one pair (see loadReadiness); null when the need does not exist. */
export async function readinessOf(
  client: DbClient,
  needId: string,
  umkmId: string,
): Promise<{ readiness: Readiness; documents: DocumentNames } | null> {
  const { byPair, documents } = await loadReadiness(client, [{ needId, umkmId }]);
  const readiness = byPair.get(pairKey(needId, umkmId));
  return readiness ? { readiness, documents } : null;
}

async function readinessOfMatches(
  umkmId: string,
  matchWhere: object,
): Promise<{ needs: NeedReadiness[]; documents: DocumentNames }> {
  const matches = await db.match.findMany({
    where: { umkmId, ...matchWhere },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      status: true,
      need: {
        select: { id: true, title: true, periodStart: true, periodEnd: true, company: { select: { name: true } } },
      },
    },
  });
  const { byPair, documents } = await loadReadiness(
    db,
    matches.map((m) => ({ needId: m.need.id, umkmId })),
  );
  const needs = matches.flatMap((m) => {
    const readiness = byPair.get(pairKey(m.need.id, umkmId));
    return readiness
      ? [
          {
            needId: m.need.id,
            needTitle: m.need.title,
            firmName: m.need.company.name,
            periodStart: toIsoDate(m.need.periodStart),
            periodEnd: toIsoDate(m.need.periodEnd),
            matchId: m.id,
            matchStatus: m.status,
            readiness,
          },
        ]
      : [];
  });
  return { needs, documents };
}

/**
 * For the UMKM page (offices): the readiness of the UMKM for every need it has a match with,
 * whatever the match's status, newest match first (needs the viewer may not see are left out).
 */
export async function getUmkmMatchReadiness(
  user: SessionUser,
  umkmId: string,
): Promise<{ needs: NeedReadiness[]; documents: DocumentNames }> {
  if (!hasRole(user, PAPERWORK_EDITORS)) throw new AppError("FORBIDDEN");
  return readinessOfMatches(umkmId, { need: needVisibilityWhere(user) });
}

/** Introductions an owner sees (DESIGN.md: matches PMPTSP approved, and what followed). */
export const INTRODUCED: readonly MatchStatus[] = ["APPROVED", "ACCEPTED", "AGREEMENT_SIGNED"];

/**
 * The UMKM owner's checklist, always of its own UMKM (`user.umkmId`, never a parameter): for
 * each need it is introduced to, what is ready and what is missing; and all its paperwork
 * with the plain-language steps of each document type (its items, the documents its
 * introductions need, and those its KBLI codes usually need).
 */
export async function getOwnerChecklist(
  user: SessionUser,
): Promise<{ needs: NeedReadiness[]; documents: DocumentNames; items: PaperworkRow[] }> {
  if (user.role !== "UMKM_OWNER" || !user.umkmId) throw new AppError("FORBIDDEN");
  const [introduced, rows, kbli] = await Promise.all([
    readinessOfMatches(user.umkmId, { status: { in: [...INTRODUCED] } }),
    listUmkmPaperwork(user, user.umkmId),
    db.umkmKbli.findMany({ where: { umkmId: user.umkmId }, select: { code: true } }),
  ]);
  // Its items, the documents its introductions require and those its KBLI codes usually need:
  // a caterer is not shown construction certificates.
  const needed = new Set(introduced.needs.flatMap((n) => n.readiness.items.map((i) => i.documentTypeId)));
  const usual = new Set(
    documentCodesForKbli(
      kbli.map((k) => k.code),
      rows.map((r) => r.documentType),
    ),
  );
  const items = rows.filter(
    (row) => row.item !== null || needed.has(row.documentType.id) || usual.has(row.documentType.code),
  );
  return { ...introduced, items };
}
