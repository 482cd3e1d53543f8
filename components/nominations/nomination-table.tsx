import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { NominationView } from "@/lib/dal/umkm/nominations";

/** Nominations as a table; links to the detail page where `linkToDetail` (offices). */
export async function NominationTable({ items, linkToDetail }: { items: NominationView[]; linkToDetail: boolean }) {
  const [t, format] = await Promise.all([getTranslations("nominations"), getFormatter()]);
  return (
    <DataTable
      caption={t("title")}
      testId="nominations-table"
      headers={[t("colUmkm"), t("colStatus"), t("colTarget"), t("colNominatedBy"), t("colDate")]}
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
          format.dateTime(n.createdAt, "short"),
        ],
      }))}
    />
  );
}
