import "server-only";
import { hasRole, MATCH_BOARD_ROLES } from "@/lib/access/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStatus, UmkmScale } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { MATCH_STATUSES } from "@/lib/domain/match-lifecycle";
import { z } from "zod";
import { AppError, fieldError } from "@/lib/errors";
import { cursorCodec, cursorField, instantIdCursor } from "@/lib/pagination/cursor";
import { text } from "@/lib/validation/text";
import { matchVisibilityWhere, type MatchViewer } from "@/lib/dal/matches/match-visibility";
import { MATCH_BOARD_SORT_NEEDS_NEED, type MatchBoardFilter, type MatchBoardSort } from "@/lib/validation/matches";

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

/** A score as `Decimal(5,2)` prints it ("88.5", "100"). */
const scoreDigits = text().regex(/^\d{1,3}(\.\d{1,2})?$/);
/**
 * One cursor shape per order, so a cursor made in one order is refused in another (and the
 * page shows the first page, saying so). The default order keeps the common (t, id) cursor.
 */
const boardCursors = {
  "updated-desc": instantIdCursor,
  "updated-asc": cursorCodec(z.object({ asc: z.literal(true), t: cursorField.instant, id: cursorField.id })),
  "score-desc": cursorCodec(z.object({ s: scoreDigits, id: cursorField.id })),
  "score-asc": cursorCodec(z.object({ asc: z.literal(true), s: scoreDigits, id: cursorField.id })),
};

type BoardRowKey = { id: string; updatedAt: Date; score: Prisma.Decimal };

/** Order, "after the cursor" clause and next cursor of each board order (ids break ties). */
function boardOrder(sort: MatchBoardSort, after: string | undefined) {
  const dir = sort.endsWith("asc") ? "asc" : "desc";
  const beyond = <T>(value: T) => (dir === "asc" ? { gt: value } : { lt: value });
  if (sort === "updated-desc" || sort === "updated-asc") {
    const codec = boardCursors[sort];
    const cursor = codec.parse(after);
    return {
      orderBy: [{ updatedAt: dir }, { id: dir }] satisfies Prisma.MatchOrderByWithRelationInput[],
      after: cursor
        ? {
            OR: [{ updatedAt: beyond(new Date(cursor.t)) }, { updatedAt: new Date(cursor.t), id: beyond(cursor.id) }],
          }
        : {},
      next: (row: BoardRowKey) =>
        sort === "updated-asc"
          ? boardCursors["updated-asc"].encode({ asc: true, t: row.updatedAt.toISOString(), id: row.id })
          : instantIdCursor.encode({ t: row.updatedAt.toISOString(), id: row.id }),
    };
  }
  const cursor = boardCursors[sort].parse(after);
  return {
    orderBy: [{ score: dir }, { id: dir }] satisfies Prisma.MatchOrderByWithRelationInput[],
    after: cursor ? { OR: [{ score: beyond(cursor.s) }, { score: cursor.s, id: beyond(cursor.id) }] } : {},
    next: (row: BoardRowKey) =>
      sort === "score-asc"
        ? boardCursors["score-asc"].encode({ asc: true, s: row.score.toString(), id: row.id })
        : boardCursors["score-desc"].encode({ s: row.score.toString(), id: row.id }),
  };
}

/**
 * The matches board of PMPTSP (all matches) and Diskop (matches of the UMKM they nominated):
 * one status at a time (or all), optionally one need, keyset pages of 50. Orders
 * (`filter.sort`): last change newest first (default) or oldest first on (updated_at, id);
 * score high→low or low→high on (score, id), only within one need (INVALID_INPUT
 * `sortScoreNeedsNeed` otherwise). Firms and UMKM owners use their introductions instead.
 * A cursor the board (in this order) did not make is INVALID_INPUT (`cursorInvalid`).
 */
export async function listMatchBoard(
  viewer: MatchViewer,
  filter: MatchBoardFilter,
  pageSize: number = BOARD_PAGE_SIZE,
): Promise<MatchBoard> {
  if (!hasRole(viewer, MATCH_BOARD_ROLES)) throw new AppError("FORBIDDEN");
  const sort = filter.sort ?? "updated-desc";
  if (sort.startsWith("score") && !filter.need) throw fieldError("INVALID_INPUT", "sort", MATCH_BOARD_SORT_NEEDS_NEED);
  const scope = matchVisibilityWhere(viewer);
  const byNeed: Prisma.MatchWhereInput = filter.need ? { needId: filter.need } : {};
  const order = boardOrder(sort, filter.after);
  const where: Prisma.MatchWhereInput = {
    AND: [scope, byNeed, filter.status ? { status: filter.status } : {}, order.after],
  };
  const [rows, grouped, needs] = await Promise.all([
    db.match.findMany({
      where,
      orderBy: order.orderBy,
      take: pageSize + 1,
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
  const page = rows.slice(0, pageSize);
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
    nextCursor: rows.length > pageSize && last ? order.next(last) : null,
  };
}
