import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MatchBoard } from "@/components/matches/match-board";
import { requirePageRoles } from "@/lib/auth";
import { listMatchBoard } from "@/lib/dal/matches/match-board";
import { pageOrFirst } from "@/lib/pagination/cursor";
import { matchBoardFilterSchema } from "@/lib/validation/matches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("board.title") };
}

/** The matches board by status (PMPTSP: all; Diskop: their nominees'); filters live in the URL. */
export default async function MatchesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRoles("/matches");
  const filter = matchBoardFilterSchema.parse(await searchParams);
  const [{ page: board, isCursorInvalid }, t, tErrors] = await Promise.all([
    pageOrFirst(filter.after, (after) => listMatchBoard(user, { ...filter, after })),
    getTranslations("matching"),
    getTranslations("errors"),
  ]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("board.title")}</h1>
      <p className="text-slate-700">{t("board.intro")}</p>
      {isCursorInvalid && (
        <p role="status" className="text-sm font-medium text-red-800">
          {tErrors("cursorReset")}
        </p>
      )}
      <MatchBoard
        board={board}
        status={filter.status}
        need={filter.need}
        hasCursor={Boolean(filter.after) && !isCursorInvalid}
      />
    </section>
  );
}
