import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NeedFilters, type NeedFilterValues } from "@/components/needs/need-filters";
import { NeedStatusBadge } from "@/components/needs/need-status-badge";
import { DataTable, type SortableHeader } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listFirmOptions } from "@/lib/dal/needs/firms";
import { canSeeValues, listNeeds } from "@/lib/dal/needs/needs";
import { listRegencyOptions } from "@/lib/dal/reference-options";
import { mayEditNeeds } from "@/lib/domain/need-lifecycle";
import { pageOrFirst } from "@/lib/pagination/cursor";
import { NEED_SORTS, parseNeedPageFilters } from "@/lib/validation/needs";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

/** Query parameter → its label, to name dropped filters in the reader's language. */
const FILTER_LABELS: Record<string, string> = {
  status: "needs.filterStatus",
  firm: "needs.filterFirm",
  kbli: "needs.filterKbli",
  regency: "needs.filterRegency",
  deadlineFrom: "needs.filterDeadlineFrom",
  deadlineTo: "needs.filterDeadlineTo",
  q: "needs.filterQuery",
  sort: "needs.filterSort",
  show: "lists.needsShowParam",
  cursor: "needs.pagination",
  limit: "needs.pagination",
};

export default async function NeedsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageRoles("/needs");
  const { filter, raw, invalid: invalidFilters } = parseNeedPageFilters(await searchParams);
  const showValues = canSeeValues(user.role);
  const currentOnly = raw.show !== "all";
  const [{ page, isCursorInvalid }, firms, regencies, t, format] = await Promise.all([
    // A cursor this list did not make (edited, another sort's): the first page, named below.
    pageOrFirst(filter.cursor, (cursor) => listNeeds(user, { ...filter, cursor }, { currentOnly })),
    user.role === "COMPANY_STAFF" ? Promise.resolve(null) : listFirmOptions(user),
    listRegencyOptions(),
    getTranslations(),
    getFormatter(),
  ]);
  const invalid = isCursorInvalid ? [...invalidFilters, "cursor"] : invalidFilters;
  const values = raw as NeedFilterValues;
  const { cursor: _cursor, ...kept } = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => typeof v === "string" && v !== ""),
  ) as Record<string, string>;
  const nextHref = page.nextCursor ? `/needs?${new URLSearchParams({ ...kept, cursor: page.nextCursor })}` : null;
  // Sortable columns: keyset orders of lib/dal/needs/need-keyset.ts that an index serves (the
  // deadline: supply_needs_response_deadline_id_idx); the header link keeps the filters. Value
  // (DESC NULLS LAST) has no such index and stays in the "Urutkan" select only.
  const sortBy = (label: string, sort: "deadline", direction: "ascending"): SortableHeader => ({
    label,
    href: `/needs?${new URLSearchParams({ ...kept, sort })}`,
    direction: filter.sort === sort ? direction : undefined,
  });
  const headers = [
    t("needs.colTitle"),
    t("needs.colFirm"),
    t("needs.colStatus"),
    t("needs.colRegency"),
    sortBy(t("needs.colDeadline"), "deadline", "ascending"),
    t("needs.colSlots"),
  ];
  const isFiltered = Object.keys(kept).some((k) => k !== "sort" && k !== "show");
  const showAllHref = `/needs?${new URLSearchParams({ ...kept, show: "all" })}`;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("needs.title")}</h1>
        {mayEditNeeds(user.role) && (
          <Link
            href="/needs/new"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("needs.newNeed")}
          </Link>
        )}
      </div>
      <NeedFilters
        values={values}
        firms={firms}
        regencies={regencies}
        sorts={showValues ? NEED_SORTS : NEED_SORTS.filter((s) => s !== "value")}
        statuses={user.role === "DISKOP_STAFF" ? ["OPEN", "MATCHING", "FILLED"] : undefined}
      />
      {invalid.length > 0 && (
        <p role="alert" className="text-sm font-medium text-red-800">
          {t("needs.invalidFilters", {
            fields: invalid.map((field) => (FILTER_LABELS[field] ? t(FILTER_LABELS[field]) : field)).join(", "),
          })}
        </p>
      )}
      {currentOnly && !filter.status && (
        <p className="text-sm text-slate-700" data-testid="needs-hidden-note">
          {t("lists.needsHiddenNote")}{" "}
          <Link href={showAllHref} className="text-brand-700 underline">
            {t("lists.needsShowAllLink")}
          </Link>
        </p>
      )}
      <DataTable
        caption={t("needs.title")}
        testId="needs-table"
        headers={showValues ? [...headers, t("needs.colValue")] : headers}
        empty={isFiltered ? t("needs.emptyFiltered") : t("needs.empty")}
        rows={page.items.map((need) => {
          const cells: React.ReactNode[] = [
            <Link key="title" href={`/needs/${need.id}`} className="font-medium text-brand-700 underline">
              {need.title}
            </Link>,
            need.firmName,
            <NeedStatusBadge
              key="status"
              status={need.status}
              label={t(`status.need.${need.status}`)}
              pastDeadlineLabel={need.isPastDeadline ? t("needs.pastDeadline") : null}
            />,
            need.deliveryRegency,
            formatDate(need.responseDeadline),
            format.number(need.slots),
          ];
          if (showValues)
            cells.push(need.estimatedValueRp ? format.number(BigInt(need.estimatedValueRp), "rupiah") : "—");
          return { key: need.id, cells };
        })}
      />
      <nav aria-label={t("needs.pagination")} className="flex gap-4">
        {filter.cursor && !isCursorInvalid && (
          <Link href={`/needs?${new URLSearchParams(kept)}`} className="text-brand-700 underline">
            {t("needs.first")}
          </Link>
        )}
        {nextHref && (
          <Link href={nextHref} className="text-brand-700 underline">
            {t("needs.next")}
          </Link>
        )}
      </nav>
    </section>
  );
}
