import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MatchBoard } from "@/components/matches/match-board";
import { requirePageRoles } from "@/lib/auth";
import { listMatchBoard } from "@/lib/dal/matches/match-board";
import { pageOrFirst } from "@/lib/pagination/cursor";
import {
  MATCH_BOARD_SORT_INVALID,
  MATCH_BOARD_SORT_NEEDS_NEED,
  matchBoardFilterSchema,
} from "@/lib/validation/matches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("board.title") };
}

type Search = Record<string, string | string[] | undefined>;

/**
 * The query string as a filter. A refused `sort` (unknown, or score without a need) is dropped
 * and named by its message key; the board then shows its default order.
 */
function parseBoardFilter(search: Search) {
  const parsed = matchBoardFilterSchema.safeParse(search);
  if (parsed.success) return { filter: parsed.data, sortError: null };
  const sortIssue = parsed.error.issues.find((issue) => issue.path[0] === "sort");
  const { sort: _sort, after: _after, ...rest } = search;
  return {
    filter: matchBoardFilterSchema.parse(rest),
    sortError:
      sortIssue?.message === MATCH_BOARD_SORT_NEEDS_NEED ? MATCH_BOARD_SORT_NEEDS_NEED : MATCH_BOARD_SORT_INVALID,
  };
}

/** The matches board by status (PMPTSP: all; Diskop: their nominees'); filters live in the URL. */
export default async function MatchesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageRoles("/matches");
  const { filter, sortError } = parseBoardFilter(await searchParams);
  const [{ page: board, isCursorInvalid }, t, tErrors] = await Promise.all([
    pageOrFirst(filter.after, (after) => listMatchBoard(user, { ...filter, after })),
    getTranslations("matching"),
    getTranslations("errors"),
  ]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("board.title")}</h1>
      <p className="text-slate-700">{t("board.intro")}</p>
      {sortError && (
        <p role="alert" className="text-sm font-medium text-red-800" data-testid="board-sort-error">
          {t(`board.${sortError}`)}
        </p>
      )}
      {isCursorInvalid && (
        <p role="status" className="text-sm font-medium text-red-800">
          {tErrors("cursorReset")}
        </p>
      )}
      <MatchBoard
        board={board}
        status={filter.status}
        need={filter.need}
        sort={filter.sort}
        hasCursor={Boolean(filter.after) && !isCursorInvalid}
      />
    </section>
  );
}
