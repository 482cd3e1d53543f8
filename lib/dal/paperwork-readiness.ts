import "server-only";
import { db, type DbClient } from "@/lib/db";
import { needVisibilityWhere, toIsoDate } from "@/lib/dal/needs";
import { listUmkmPaperwork, PAPERWORK_EDITORS, type PaperworkRow } from "@/lib/dal/paperwork";
import { documentCodesForKbli } from "@/lib/domain/document-types";
import { computeReadiness, type Readiness } from "@/lib/domain/readiness";
import { AppError } from "@/lib/errors";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";

/** Names of the document types a readiness mentions, by document type id (pick by locale). */
export type DocumentNames = Record<string, { code: string; nameId: string; nameEn: string }>;

/** One need's readiness for one UMKM, as the UMKM page, the owner's checklist and the match screens show it. */
export type NeedReadiness = {
  needId: string; needTitle: string; firmName: string; periodStart: string; periodEnd: string;
  matchId: string; matchStatus: MatchStatus; readiness: Readiness;
};

const pairKey = (needId: string, umkmId: string) => `${needId}:${umkmId}`;

/**
 * Readiness of each (need, UMKM) pair (lib/domain/readiness.ts): the needs' required
 * documents and periods and the UMKM's items for those documents, in two queries whatever
 * the number of pairs. No access check: callers (this file's functions, the match screens)
 * pass only pairs their user may see. Map key: `${needId}:${umkmId}`; unknown needs are left out.
 */
export async function loadReadiness(
  client: DbClient,
  pairs: readonly { needId: string; umkmId: string }[],
): Promise<{ byPair: Map<string, Readiness>; documents: DocumentNames }> {
  const needIds = [...new Set(pairs.map((p) => p.needId))];
  const umkmIds = [...new Set(pairs.map((p) => p.umkmId))];
  if (needIds.length === 0) return { byPair: new Map(), documents: {} };
  const needs = await client.supplyNeed.findMany({
    where: { id: { in: needIds } },
    select: { id: true, periodStart: true, periodEnd: true, requiredDocuments: { select: { documentType: { select: { id: true, code: true, nameId: true, nameEn: true, sortOrder: true } } } } },
  });
  const typeIds = [...new Set(needs.flatMap((n) => n.requiredDocuments.map((d) => d.documentType.id)))];
  const items = typeIds.length === 0 ? [] : await client.paperworkItem.findMany({
    where: { umkmId: { in: umkmIds }, documentTypeId: { in: typeIds } },
    select: { umkmId: true, documentTypeId: true, status: true, issuedOn: true, expiresOn: true },
  });
  const documents: DocumentNames = {};
  const needById = new Map(needs.map((need) => {
    const required = need.requiredDocuments.map((d) => d.documentType).sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
    for (const type of required) documents[type.id] = { code: type.code, nameId: type.nameId, nameEn: type.nameEn };
    return [need.id, { need, required: required.map((type) => ({ documentTypeId: type.id, code: type.code })) }];
  }));
  const byPair = new Map<string, Readiness>();
  for (const { needId, umkmId } of pairs) {
    const entry = needById.get(needId);
    if (!entry) continue;
    const held = items.filter((item) => item.umkmId === umkmId);
    byPair.set(pairKey(needId, umkmId), computeReadiness(entry.required, held, { start: entry.need.periodStart, end: entry.need.periodEnd }));
  }
  return { byPair, documents };
}

/** The readiness of one pair (see loadReadiness); null when the need does not exist. */
export async function readinessOf(client: DbClient, needId: string, umkmId: string): Promise<{ readiness: Readiness; documents: DocumentNames } | null> {
  const { byPair, documents } = await loadReadiness(client, [{ needId, umkmId }]);
  const readiness = byPair.get(pairKey(needId, umkmId));
  return readiness ? { readiness, documents } : null;
}

async function readinessOfMatches(umkmId: string, matchWhere: object): Promise<{ needs: NeedReadiness[]; documents: DocumentNames }> {
  const matches = await db.match.findMany({
    where: { umkmId, ...matchWhere },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { id: true, status: true, need: { select: { id: true, title: true, periodStart: true, periodEnd: true, company: { select: { name: true } } } } },
  });
  const { byPair, documents } = await loadReadiness(db, matches.map((m) => ({ needId: m.need.id, umkmId })));
  const needs = matches.flatMap((m) => {
    const readiness = byPair.get(pairKey(m.need.id, umkmId));
    return readiness ? [{
      needId: m.need.id, needTitle: m.need.title, firmName: m.need.company.name, periodStart: toIsoDate(m.need.periodStart),
      periodEnd: toIsoDate(m.need.periodEnd), matchId: m.id, matchStatus: m.status, readiness,
    }] : [];
  });
  return { needs, documents };
}

/**
 * For the UMKM page (offices): the readiness of the UMKM for every need it has a match with,
 * whatever the match's status, newest match first (needs the viewer may not see are left out).
 */
export async function getUmkmMatchReadiness(user: SessionUser, umkmId: string): Promise<{ needs: NeedReadiness[]; documents: DocumentNames }> {
  if (!PAPERWORK_EDITORS.includes(user.role)) throw new AppError("FORBIDDEN");
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
export async function getOwnerChecklist(user: SessionUser): Promise<{ needs: NeedReadiness[]; documents: DocumentNames; items: PaperworkRow[] }> {
  if (user.role !== "UMKM_OWNER" || !user.umkmId) throw new AppError("FORBIDDEN");
  const [introduced, rows, kbli] = await Promise.all([
    readinessOfMatches(user.umkmId, { status: { in: [...INTRODUCED] } }),
    listUmkmPaperwork(user, user.umkmId),
    db.umkmKbli.findMany({ where: { umkmId: user.umkmId }, select: { code: true } }),
  ]);
  // Its items, the documents its introductions require and those its KBLI codes usually need:
  // a caterer is not shown construction certificates.
  const needed = new Set(introduced.needs.flatMap((n) => n.readiness.items.map((i) => i.documentTypeId)));
  const usual = new Set(documentCodesForKbli(kbli.map((k) => k.code), rows.map((r) => r.documentType)));
  const items = rows.filter((row) => row.item !== null || needed.has(row.documentType.id) || usual.has(row.documentType.code));
  return { ...introduced, items };
}
