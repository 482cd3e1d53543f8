import "server-only";
import type { DbClient } from "@/lib/db";
import { computeReadiness, type HeldDocument, type Readiness } from "@/lib/domain/readiness";

// The one way paperwork readiness is read (DESIGN.md: "Readiness is computed in one place and
// every screen and the score show that one answer"): what a UMKM holds is its paperwork items —
// nothing else (an NIB on the profile IS its ISSUED NIB item, migration `nib_one_fact`) — and
// lib/domain/readiness.ts computeReadiness turns them into an answer. The matching score
// (lib/dal/matching/features.ts), the match screens (match-visibility.ts), the UMKM page and the
// owner's checklist (paperwork-readiness.ts) all read through here. No access check: callers
// pass only UMKM and needs their user may see.

/** Names of the document types a readiness mentions, by document type id (pick by locale). */
export type DocumentNames = Record<string, { code: string; nameId: string; nameEn: string }>;

/** The paperwork items of the given UMKM for the given document types, by UMKM id (one query). */
export async function loadHeldDocuments(
  client: DbClient,
  umkmIds: readonly string[],
  documentTypeIds: readonly string[],
): Promise<Map<string, HeldDocument[]>> {
  const held = new Map<string, HeldDocument[]>(umkmIds.map((id) => [id, []]));
  if (umkmIds.length === 0 || documentTypeIds.length === 0) return held;
  const items = await client.paperworkItem.findMany({
    where: { umkmId: { in: [...new Set(umkmIds)] }, documentTypeId: { in: [...new Set(documentTypeIds)] } },
    select: { umkmId: true, documentTypeId: true, status: true, issuedOn: true, expiresOn: true },
  });
  for (const { umkmId, ...item } of items) held.get(umkmId)?.push(item);
  return held;
}

export const readinessPairKey = (needId: string, umkmId: string) => `${needId}:${umkmId}`;

/**
 * Readiness of each (need, UMKM) pair: the needs' required documents (in the types' sort
 * order) and periods, the UMKM's items for those documents, computeReadiness — two queries
 * whatever the number of pairs. Map key: readinessPairKey(needId, umkmId); unknown needs are
 * left out.
 */
export async function loadReadiness(
  client: DbClient,
  pairs: readonly { needId: string; umkmId: string }[],
): Promise<{ byPair: Map<string, Readiness>; documents: DocumentNames }> {
  const needIds = [...new Set(pairs.map((p) => p.needId))];
  if (needIds.length === 0) return { byPair: new Map(), documents: {} };
  const needs = await client.supplyNeed.findMany({
    where: { id: { in: needIds } },
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      requiredDocuments: {
        select: { documentType: { select: { id: true, code: true, nameId: true, nameEn: true, sortOrder: true } } },
      },
    },
  });
  const typeIds = needs.flatMap((n) => n.requiredDocuments.map((d) => d.documentType.id));
  const held = await loadHeldDocuments(
    client,
    pairs.map((p) => p.umkmId),
    typeIds,
  );
  const documents: DocumentNames = {};
  const needById = new Map(
    needs.map((need) => {
      const required = need.requiredDocuments
        .map((d) => d.documentType)
        .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
      for (const type of required) documents[type.id] = { code: type.code, nameId: type.nameId, nameEn: type.nameEn };
      return [need.id, { need, required: required.map((type) => ({ documentTypeId: type.id, code: type.code })) }];
    }),
  );
  const byPair = new Map<string, Readiness>();
  for (const { needId, umkmId } of pairs) {
    const entry = needById.get(needId);
    if (!entry) continue;
    byPair.set(
      readinessPairKey(needId, umkmId),
      computeReadiness(entry.required, held.get(umkmId) ?? [], {
        start: entry.need.periodStart,
        end: entry.need.periodEnd,
      }),
    );
  }
  return { byPair, documents };
}
