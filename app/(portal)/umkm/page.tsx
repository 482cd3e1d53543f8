import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listUmkm } from "@/lib/dal/umkm";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkm"))("title") };
}

const UUID = /^[0-9a-f-]{36}$/i;

export default async function UmkmRegistryPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const user = await requirePageRoles("/umkm");
  const { after } = await searchParams;
  const [page, t] = await Promise.all([listUmkm(user, after && UUID.test(after) ? after : null), getTranslations()]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("umkm.title")}</h1>
      <DataTable
        caption={t("umkm.title")}
        testId="umkm-table"
        headers={[t("umkm.colName"), t("umkm.colRegency"), t("umkm.colDistrict"), t("umkm.colKbli"), t("umkm.colScale"), t("umkm.colNib")]}
        empty={t("umkm.empty")}
        rows={page.items.map((item) => ({
          key: item.id,
          cells: [
            item.businessName,
            item.regency,
            item.district,
            item.kbliCodes.join(", "),
            t(`scale.${item.scale}`),
            item.hasNib ? t("umkm.nibYes") : t("umkm.nibNo"),
          ],
        }))}
      />
      <nav aria-label={t("umkm.pagination")} className="flex gap-3">
        {after && <Link href="/umkm" className="text-brand-700 underline">{t("umkm.first")}</Link>}
        {page.nextCursor && (
          <Link href={`/umkm?after=${page.nextCursor}`} className="text-brand-700 underline">{t("umkm.next")}</Link>
        )}
      </nav>
    </section>
  );
}
