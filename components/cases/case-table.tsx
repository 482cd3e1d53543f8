import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { CaseListItem } from "@/lib/dal/paperwork/assistance-cases";
import { formatDate } from "@/lib/format/dates";

/** Assistance cases as a table: UMKM, document, need, assignee, due date (overdue marked in words), age. */
export async function CaseTable({
  cases,
  showUmkm = true,
  testId,
}: {
  cases: CaseListItem[];
  showUmkm?: boolean;
  testId?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("cases"), getLocale()]);
  const headers = [
    t("colCase"),
    ...(showUmkm ? [t("colUmkm")] : []),
    t("colNeed"),
    t("colAssignee"),
    t("colStatus"),
    t("colDue"),
    t("colOpened"),
  ];
  return (
    <DataTable
      caption={t("queueCaption")}
      testId={testId}
      headers={headers}
      empty={t("empty")}
      rows={cases.map((c) => ({
        key: c.id,
        cells: [
          <Link key="case" href={`/cases/${c.id}`} className="font-medium text-brand-700 underline">
            {locale === "en" ? c.documentNameEn : c.documentNameId}
          </Link>,
          ...(showUmkm
            ? [
                <span key="umkm">
                  {c.businessName}
                  <br />
                  <span className="text-xs text-slate-600">{c.regencyName}</span>
                </span>,
              ]
            : []),
          c.needTitle ?? "—",
          c.assigneeName ?? t("nobody"),
          t(`status.${c.status}`),
          c.dueDate ? (
            <span
              key="due"
              className={c.isOverdue ? "font-semibold text-red-800" : undefined}
              data-overdue={c.isOverdue ? "true" : undefined}
            >
              {formatDate(c.dueDate)}
              {c.isOverdue ? ` · ${t("overdue")}` : ""}
            </span>
          ) : (
            "—"
          ),
          formatDate(c.createdAt),
        ],
      }))}
    />
  );
}
