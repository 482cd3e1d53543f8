import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listNeeds } from "@/lib/dal/needs";
import { needFilterSchema } from "@/lib/validation/needs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

export default async function NeedsPage() {
  const user = await requirePageRoles("/needs");
  const [needs, t, format] = await Promise.all([listNeeds(user, needFilterSchema.parse({ sort: "newest", limit: 50 })), getTranslations(), getFormatter()]);
  const showValues = user.role !== "DISKOP_STAFF";
  const headers = [t("needs.colTitle"), t("needs.colFirm"), t("needs.colStatus"), t("needs.colRegency"), t("needs.colDeadline"), t("needs.colSlots")];
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("needs.title")}</h1>
      <DataTable
        caption={t("needs.title")}
        testId="needs-table"
        headers={showValues ? [...headers, t("needs.colValue")] : headers}
        empty={t("needs.empty")}
        rows={needs.items.map((need) => {
          const cells = [
            need.title,
            need.firmName,
            t(`status.need.${need.status}`),
            need.deliveryRegency,
            format.dateTime(new Date(need.responseDeadline), "short"),
            format.number(need.slots),
          ];
          if (showValues) cells.push(need.estimatedValueRp ? format.number(BigInt(need.estimatedValueRp), "rupiah") : "—");
          return { key: need.id, cells };
        })}
      />
    </section>
  );
}
