import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable, type SortableHeader } from "@/components/ui/data-table";
import type { NominationView } from "@/lib/dal/umkm/nominations";
import { formatDate } from "@/lib/format/dates";

/**
 * Nominations as a table; links to the detail page where `linkToDetail` (offices). `dateSort`
 * makes the date column a sort link (the nominations list).
 */
export async function NominationTable({
  items,
  linkToDetail,
  dateSort,
}: {
  items: NominationView[];
  linkToDetail: boolean;
  dateSort?: Omit<SortableHeader, "label">;
}) {
  const t = await getTranslations("nominations");
  return (
    <DataTable
      caption={t("title")}
      testId="nominations-table"
      headers={[
        t("colUmkm"),
        t("colStatus"),
        t("colTarget"),
        t("colNominatedBy"),
        dateSort ? { label: t("colDate"), ...dateSort } : t("colDate"),
      ]}
      empty={t("empty")}
      rows={items.map((n) => ({
        key: n.id,
        cells: [
          linkToDetail ? (
            <Link key="l" href={`/nominations/${n.id}`} className="text-brand-700 underline">
              {n.businessName}
            </Link>
          ) : (
            n.businessName
          ),
          t(`status.${n.status}`),
          n.targetKbli.join(", "),
          n.nominatedBy ?? t("none"),
          formatDate(n.createdAt),
        ],
      }))}
    />
  );
}
