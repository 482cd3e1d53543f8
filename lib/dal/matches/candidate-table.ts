import "server-only";
import { db } from "@/lib/db";
import { listNeedCandidates, type MatchView, type NeedCandidates } from "@/lib/dal/matches/match-reads";
import type { MatchViewer } from "@/lib/dal/matches/match-visibility";
import { compareScored } from "@/lib/matching/score";
import { CANDIDATE_PAGE_SIZE, type CandidateFilter } from "@/lib/validation/matches";

/** One row of the candidates table: the match, its rank in the score order and whether it shares its score. */
export type CandidateRow = {
  match: MatchView;
  /** 1-based place in the ranking (score, then the tie-break), whatever the filters and sort. */
  rank: number;
  /** Another candidate of the need has the same score: the tie-break decided the order. */
  tied: boolean;
  /** A VERIFIED Diskop nomination (today). */
  nominated: boolean;
  /** The UMKM is in the need's delivery kabupaten/kota. */
  sameRegency: boolean;
};

export type CandidateTable = {
  need: NeedCandidates["need"];
  rows: CandidateRow[];
  /** Candidates of the need before filters, and after them. */
  total: number;
  matching: number;
  page: number;
  pages: number;
};

/**
 * The candidates table of a need (PMPTSP_OFFICER, ADMIN; listNeedCandidates authorises): every
 * candidate ranked by compareScored (the ranking of retrieval too), then filtered, sorted and
 * paged as the URL asks. A page past the last shows the last.
 */
export async function listCandidateTable(
  viewer: MatchViewer,
  needId: string,
  filter: CandidateFilter,
): Promise<CandidateTable> {
  const { need, candidates } = await listNeedCandidates(viewer, needId);
  const ranked = [...candidates].sort((a, b) =>
    compareScored({ umkmId: a.umkm.id, breakdown: a.breakdown }, { umkmId: b.umkm.id, breakdown: b.breakdown }),
  );
  const scoreCount = new Map<number, number>();
  for (const match of ranked) scoreCount.set(match.score, (scoreCount.get(match.score) ?? 0) + 1);
  const nominated = new Set(
    (
      await db.nomination.findMany({
        where: { umkmId: { in: ranked.map((match) => match.umkm.id) }, status: "VERIFIED" },
        select: { umkmId: true },
        distinct: ["umkmId"],
      })
    ).map((row) => row.umkmId),
  );
  const all: CandidateRow[] = ranked.map((match, index) => ({
    match,
    rank: index + 1,
    tied: (scoreCount.get(match.score) ?? 0) > 1,
    nominated: nominated.has(match.umkm.id),
    sameRegency: match.umkm.regency === match.need.regency,
  }));
  const kept = all.filter(
    (row) =>
      (!filter.ready || row.match.readiness.isComplete) &&
      (!filter.sameRegency || row.sameRegency) &&
      (!filter.nominated || row.nominated) &&
      (!filter.scale || row.match.umkm.scale === filter.scale),
  );
  if (filter.sort === "name") {
    kept.sort((a, b) => a.match.umkm.businessName.localeCompare(b.match.umkm.businessName, "id") || a.rank - b.rank);
  }
  const pages = Math.max(1, Math.ceil(kept.length / CANDIDATE_PAGE_SIZE));
  const page = Math.min(filter.page ?? 1, pages);
  return {
    need,
    rows: kept.slice((page - 1) * CANDIDATE_PAGE_SIZE, page * CANDIDATE_PAGE_SIZE),
    total: all.length,
    matching: kept.length,
    page,
    pages,
  };
}
