import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { GlobalSearch } from "@/components/layout/global-search";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { searchRegistry } from "@/lib/dal/umkm/umkm-search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

/** `/search?q=`: the registry by NIB or business name, ranked (lib/dal/umkm/umkm-search.ts). Offices only. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageRoles("/search");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const [t, hits] = await Promise.all([
    getTranslations("search"),
    q.length >= 2 ? searchRegistry(user, q) : Promise.resolve(null),
  ]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="max-w-xl rounded-lg border border-slate-200 bg-white p-4">
        <GlobalSearch id="search-page-q" defaultValue={q} />
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {q.length > 0 && q.length < 2 ? t("tooShort") : hits ? t("results", { count: hits.length, q }) : null}
      </p>
      {hits && (
        <DataTable
          caption={t("title")}
          testId="search-results"
          headers={[t("colName"), t("colPlace"), t("colNib"), t("colMatch")]}
          empty={t("empty")}
          rows={hits.map((hit) => ({
            key: hit.id,
            cells: [
              <Link key="profile" href={`/umkm/${hit.id}`} className="text-brand-700 underline">
                {hit.businessName}
              </Link>,
              `${hit.district}, ${hit.regency}`,
              hit.nib ?? t("noNib"),
              t(`match.${hit.match}`),
            ],
          }))}
        />
      )}
    </section>
  );
}
