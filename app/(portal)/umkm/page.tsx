import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RegistryFilterForm } from "@/components/registry/registry-filter-form";
import { CompactTable } from "@/components/ui/compact-table";
import { requirePageRoles } from "@/lib/auth";
import { listRegistryRegions, listUmkm, type UmkmPage } from "@/lib/dal/umkm/umkm";
import { pageOrFirst } from "@/lib/pagination/cursor";
import { registryFilterParams, registryFilterSchema, type RegistryFilter } from "@/lib/validation/registry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkm"))("title") };
}

const KNOWN_ERRORS = new Set(["regency", "district", "districtOutsideRegency", "kbli", "q", "textCharacter"]);

type Search = Record<string, string | string[] | undefined>;

export default async function UmkmRegistryPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePageRoles("/umkm");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = registryFilterSchema.safeParse(raw);
  const errors: Partial<Record<keyof RegistryFilter, string>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    errors[issue.path[0] as keyof RegistryFilter] = KNOWN_ERRORS.has(issue.message) ? issue.message : "invalid";
  }
  const filter = parsed.success ? parsed.data : null;
  const regency =
    filter?.regency ??
    (typeof raw.regency === "string" && /^[0-9]{2}\.[0-9]{2}$/.test(raw.regency) ? raw.regency : undefined);
  const empty = { page: { items: [], nextCursor: null } as UmkmPage, isCursorInvalid: false };
  const [{ page, isCursorInvalid }, regions, t] = await Promise.all([
    filter ? pageOrFirst(raw.after, (after) => listUmkm(user, filter, after ?? null)) : empty,
    listRegistryRegions(user, regency),
    getTranslations(),
  ]);
  const params = filter ? registryFilterParams(filter) : new URLSearchParams();
  const nextParams = new URLSearchParams(params);
  if (page.nextCursor) nextParams.set("after", page.nextCursor);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("umkm.title")}</h1>
        {/* Profile forms and bulk import (issue 5, forms half). */}
        <div className="flex flex-wrap gap-2">
          <Link href="/umkm/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("umkmForm.titleNew")}
          </Link>
          <Link
            href="/umkm/import"
            className="rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100"
          >
            {t("umkmImport.title")}
          </Link>
        </div>
      </div>
      <RegistryFilterForm
        values={raw}
        errors={errors}
        regencies={regions.regencies}
        districts={regions.districts}
        exportHref={`/api/umkm/export?${params}`}
      />
      {isCursorInvalid && (
        <p role="status" className="text-sm font-medium text-red-800">
          {t("errors.cursorReset")}
        </p>
      )}
      {/* Compact rows: the flight data carries 50 rows of strings, not 50 element trees (issue 13). */}
      <CompactTable
        caption={t("umkm.title")}
        testId="umkm-table"
        headers={[
          t("umkm.colName"),
          t("umkm.colRegency"),
          t("umkm.colDistrict"),
          t("umkm.colKbli"),
          t("umkm.colScale"),
          t("umkm.colNib"),
          t("registry.colNominated"),
        ]}
        empty={params.size > 0 ? t("registry.noMatches") : t("umkm.empty")}
        linkPrefix="/umkm/"
        rows={page.items.map((item) => [
          item.id,
          item.businessName,
          item.regency,
          item.district,
          item.kbliCodes.join(", "),
          t(`scale.${item.scale}`),
          item.hasNib ? t("umkm.nibYes") : t("umkm.nibNo"),
          item.isNominated ? t("registry.yes") : "—",
        ])}
      />
      <nav aria-label={t("umkm.pagination")} className="flex gap-3">
        {raw.after && !isCursorInvalid && (
          <Link href={`/umkm?${params}`} className="text-brand-700 underline">
            {t("umkm.first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={`/umkm?${nextParams}`} className="text-brand-700 underline">
            {t("umkm.next")}
          </Link>
        )}
      </nav>
    </section>
  );
}
