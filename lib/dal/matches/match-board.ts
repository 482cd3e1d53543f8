import "server-only";
import { hasRole, MATCH_BOARD_ROLES } from "@/lib/access/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStatus, UmkmScale } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { MATCH_STATUSES } from "@/lib/domain/match-lifecycle";
import { AppError } from "@/lib/errors";
import { instantIdCursor } from "@/lib/pagination/cursor";
import { matchVisibilityWhere, type MatchViewer } from "@/lib/dal/matches/match-visibility";
import type { MatchBoardFilter } from "@/lib/validation/matches";

export const BOARD_PAGE_SIZE = 50;

export type BoardItem = {
  id: string;
  status: MatchStatus;
  score: number;
  updatedAt: string;
  need: { id: string; title: string; firmName: string };
  umkm: { id: string; businessName: string; regency: string; scale: UmkmScale };
};

export type MatchBoard = {
  items: BoardItem[];
  /** Matches per status under the need filter (the tabs' counts). */
  counts: Record<MatchStatus, number>;
  /** Needs that have visible matches, for the need filter (at most 200, newest first). */
  needs: { id: string; title: string }[];
  nextCursor: string | null;
};

/**
 * The matches board of PMPTSP (all matches) and Diskop (matches of the UMKM they nominated):
 * one status at a time (or all), optionally one need, most recently changed first, keyset
 * pages of 50 on (updated_at, id). Firms and UMKM owners use their introductions instead.
 * A cursor the board did not make is INVALID_INPUT (`cursorInvalid`).
 */
export async function listMatchBoard(viewer: MatchViewer, filter: MatchBoardFilter): Promise<MatchBoard> {
  if (!hasRole(viewer, MATCH_BOARD_ROLES)) throw new AppError("FORBIDDEN");
  const scope = matchVisibilityWhere(viewer);
  const byNeed: Prisma.MatchWhereInput = filter.need ? { needId: filter.need } : {};
  const cursor = instantIdCursor.parse(filter.after);
  const where: Prisma.MatchWhereInput = {
    AND: [
      scope,
      byNeed,
      filter.status ? { status: filter.status } : {},
      cursor
        ? { OR: [{ updatedAt: { lt: new Date(cursor.t) } }, { updatedAt: new Date(cursor.t), id: { lt: cursor.id } }] }
        : {},
    ],
  };
  const [rows, grouped, needs] = await Promise.all([
    db.match.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: BOARD_PAGE_SIZE + 1,
      select: {
        id: true,
        status: true,
        score: true,
        updatedAt: true,
        need: { select: { id: true, title: true, company: { select: { name: true } } } },
        umkm: { select: { id: true, businessName: true, scale: true, regency: { select: { name: true } } } },
      },
    }),
    db.match.groupBy({ by: ["status"], where: { AND: [scope, byNeed] }, _count: { _all: true } }),
    db.supplyNeed.findMany({
      where: { matches: { some: scope } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 200,
      select: { id: true, title: true },
    }),
  ]);
  const page = rows.slice(0, BOARD_PAGE_SIZE);
  const last = page.at(-1);
  const counts = Object.fromEntries(
    MATCH_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0]),
  ) as Record<MatchStatus, number>;
  return {
    items: page.map((r) => ({
      id: r.id,
      status: r.status,
      score: Number(r.score),
      updatedAt: r.updatedAt.toISOString(),
      need: { id: r.need.id, title: r.need.title, firmName: r.need.company.name },
      umkm: { id: r.umkm.id, businessName: r.umkm.businessName, regency: r.umkm.regency.name, scale: r.umkm.scale },
    })),
    counts,
    needs,
    nextCursor:
      rows.length > BOARD_PAGE_SIZE && last
        ? instantIdCursor.encode({ t: last.updatedAt.toISOString(), id: last.id })
        : null,
  };
}
