import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/form-field";
import { DataTable, type SortableHeader } from "@/components/ui/data-table";
import type { MatchBoard as Board } from "@/lib/dal/matches/match-board";
import { MATCH_STATUSES } from "@/lib/domain/match-lifecycle";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { MATCH_BOARD_SORTS, type MatchBoardSort } from "@/lib/validation/matches";
import { MatchStatusBadge } from "./match-status-badge";
import { formatDate } from "@/lib/format/dates";

const href = (params: { status?: string; need?: string; sort?: string; after?: string }) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return query ? `/matches?${query}` : "/matches";
};

/**
 * The board: status tabs with counts, a need filter and order (plain GET form), the page of
 * matches, "next page". "Diperbarui" sorts always, "Skor" once a need is chosen (the orders an
 * index serves, lib/validation/matches.ts); tabs, form and page links keep the order.
 */
export async function MatchBoard({
  board,
  status,
  need,
  sort,
  hasCursor,
}: {
  board: Board;
  status?: MatchStatus;
  need?: string;
  /** The order asked for (undefined: the default, last change newest first). */
  sort?: MatchBoardSort;
  hasCursor: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("matching"), getFormatter()]);
  const current = sort ?? "updated-desc";
  const sortable = (label: string, column: "updated" | "score"): SortableHeader => {
    const isCurrent = current.startsWith(column);
    // Newest / highest first; a second click on the current column reverses it.
    const target: MatchBoardSort = current === `${column}-desc` ? `${column}-asc` : `${column}-desc`;
    return {
      label,
      href: href({ status, need, sort: target === "updated-desc" ? undefined : target }),
      direction: isCurrent ? (current.endsWith("asc") ? "ascending" : "descending") : undefined,
    };
  };
  const total = MATCH_STATUSES.reduce((sum, s) => sum + board.counts[s], 0);
  const tab = (key: string, label: string, target: string, isCurrent: boolean) => (
    <Link
      key={key}
      href={target}
      aria-current={isCurrent ? "page" : undefined}
      className={`rounded px-3 py-1 ${isCurrent ? "bg-brand-700 font-semibold text-white" : "border border-slate-300 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-4">
      <nav aria-label={t("board.tabsLabel")} className="flex flex-wrap gap-2" data-testid="board-tabs">
        {tab("all", t("board.tabCount", { label: t("board.all"), count: total }), href({ need, sort }), !status)}
        {MATCH_STATUSES.map((s) =>
          tab(
            s,
            t("board.tabCount", { label: t(`status.${s}`), count: board.counts[s] }),
            href({ status: s, need, sort }),
            status === s,
          ),
        )}
      </nav>
      <form
        method="get"
        action="/matches"
        role="search"
        aria-label={t("board.needFilter")}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        {status && <input type="hidden" name="status" value={status} />}
        <div className="min-w-0 grow">
          <label htmlFor="need" className="block font-medium">
            {t("board.needFilter")}
          </label>
          <select id="need" name="need" defaultValue={need ?? ""} className={inputClass}>
            <option value="">{t("board.anyNeed")}</option>
            {board.needs.map((n) => (
              <option key={n.id} value={n.id}>
                {n.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="block font-medium">
            {t("board.sortLabel")}
          </label>
          <select id="sort" name="sort" defaultValue={current} className={inputClass}>
            {MATCH_BOARD_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`board.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("board.apply")}
        </button>
        {(need || status || sort) && (
          <Link href="/matches" className="py-2 text-brand-700 underline">
            {t("board.clear")}
          </Link>
        )}
      </form>
      <DataTable
        caption={t("board.title")}
        testId="match-board"
        headers={[
          t("board.colUmkm"),
          t("board.colNeed"),
          t("board.colFirm"),
          t("board.colStatus"),
          need ? sortable(t("board.colScore"), "score") : t("board.colScore"),
          sortable(t("board.colUpdated"), "updated"),
        ]}
        empty={t("board.empty")}
        rows={board.items.map((m) => ({
          key: m.id,
          cells: [
            <Link key="u" href={`/matches/${m.id}`} className="text-brand-700 underline">
              {m.umkm.businessName}
            </Link>,
            m.need.title,
            m.need.firmName,
            <MatchStatusBadge key="s" status={m.status} label={t(`status.${m.status}`)} />,
            format.number(m.score, { maximumFractionDigits: 1 }),
            formatDate(m.updatedAt),
          ],
        }))}
      />
      <p className="flex flex-wrap gap-4">
        {hasCursor && (
          <Link href={href({ status, need, sort })} className="text-brand-700 underline">
            {t("board.first")}
          </Link>
        )}
        {board.nextCursor && (
          <Link href={href({ status, need, sort, after: board.nextCursor })} className="text-brand-700 underline">
            {t("board.next")}
          </Link>
        )}
      </p>
    </div>
  );
}
