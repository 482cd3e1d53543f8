import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NominationTable } from "@/components/nominations/nomination-table";
import { requirePageRoles } from "@/lib/auth";
import { listNominationPage } from "@/lib/dal/umkm/nominations";
import type { NominationStatus } from "@/lib/generated/prisma/enums";
import { pageOrFirst } from "@/lib/pagination/cursor";
import { NOMINATION_SORT_INVALID, nominationListFilterSchema } from "@/lib/validation/nomination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations"))("title") };
}

const STATUSES: readonly NominationStatus[] = ["PROPOSED", "VERIFIED", "REJECTED", "WITHDRAWN"];

type Search = Record<string, string | string[] | undefined>;

/** The query string as a filter; a refused `sort` is dropped (with its cursor) and named. */
function parseFilter(search: Search) {
  const parsed = nominationListFilterSchema.safeParse(search);
  if (parsed.success) return { filter: parsed.data, sortError: null };
  const { sort: _sort, cursor: _cursor, ...rest } = search;
  return { filter: nominationListFilterSchema.parse(rest), sortError: NOMINATION_SORT_INVALID };
}

const href = (params: { status?: string; sort?: string; cursor?: string }) => {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  return query ? `/nominations?${query}` : "/nominations";
};

/**
 * Nominations by status, newest or oldest first (the date column sorts), 50 a page; status,
 * order and page are kept in the URL: /nominations?status=PROPOSED&sort=date-asc.
 */
export default async function NominationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageRoles("/nominations");
  const { filter, sortError } = parseFilter(await searchParams);
  const { status, sort } = filter;
  const [{ page, isCursorInvalid }, t, tErrors] = await Promise.all([
    pageOrFirst(filter.cursor, (cursor) => listNominationPage(user, { status, sort, cursor })),
    getTranslations("nominations"),
    getTranslations("errors"),
  ]);
  const tab = (target: string, label: string, isCurrent: boolean) => (
    <Link
      key={target}
      href={target}
      aria-current={isCurrent ? "page" : undefined}
      className={`rounded px-3 py-1 ${isCurrent ? "bg-brand-700 font-semibold text-white" : "border border-slate-300 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );
  const isOldestFirst = sort === "date-asc";
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <nav aria-label={t("filterLabel")} className="flex flex-wrap gap-2">
        {tab(href({ sort }), t("all"), !status)}
        {STATUSES.map((s) => tab(href({ status: s, sort }), t(`status.${s}`), status === s))}
      </nav>
      {sortError && (
        <p role="alert" className="text-sm font-medium text-red-800" data-testid="nominations-sort-error">
          {t(sortError)}
        </p>
      )}
      {isCursorInvalid && (
        <p role="status" className="text-sm font-medium text-red-800">
          {tErrors("cursorReset")}
        </p>
      )}
      <NominationTable
        items={page.items}
        linkToDetail
        dateSort={{
          // Newest first is the default; the link reverses the current order.
          href: href({ status, sort: isOldestFirst ? undefined : "date-asc" }),
          direction: isOldestFirst ? "ascending" : "descending",
        }}
      />
      <nav aria-label={t("pagination")} className="flex flex-wrap gap-4">
        {filter.cursor && !isCursorInvalid && (
          <Link href={href({ status, sort })} className="text-brand-700 underline">
            {t("first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={href({ status, sort, cursor: page.nextCursor })} className="text-brand-700 underline">
            {t("next")}
          </Link>
        )}
      </nav>
    </section>
  );
}
