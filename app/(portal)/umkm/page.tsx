import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RegistryFilterForm } from "@/components/registry/registry-filter-form";
import { regionOptions } from "@/components/umkm/region-options";
import { CompactTable } from "@/components/ui/compact-table";
import { requirePageRoles } from "@/lib/auth";
import { listUmkm, type UmkmPage } from "@/lib/dal/umkm/umkm";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { kbliTitle } from "@/lib/reference/kbli-names";
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
  // Well-formed codes that are not North Sumatra's (12.99, a kecamatan that does not exist) are
  // named next to their field too, instead of an empty list that reads "no UMKM registered".
  const regions = await getRegionReference();
  if (parsed.data?.regency && !regions.hasRegency(parsed.data.regency)) errors.regency = "regency";
  if (parsed.data?.district && regions.regencyOfDistrict(parsed.data.district) === undefined)
    errors.district = "district";
  const filter = parsed.success && Object.keys(errors).length === 0 ? parsed.data : null;
  const isInvalid = filter === null;
  const empty = {
    page: { items: [], nextCursor: null, total: { value: 0, exact: true } } as UmkmPage,
    isCursorInvalid: false,
  };
  const [{ page, isCursorInvalid }, t, locale] = await Promise.all([
    filter ? pageOrFirst(raw.after, (after) => listUmkm(user, filter, after ?? null)) : empty,
    getTranslations(),
    getLocale(),
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
        regions={regionOptions(regions, raw.regency, raw.district)}
        exportHref={`/api/umkm/export?${params}`}
      />
      {isCursorInvalid && (
        <p role="status" className="text-sm font-medium text-red-800">
          {t("errors.cursorReset")}
        </p>
      )}
      {page.items.length > 0 && (
        <p className="text-sm text-slate-700" data-testid="umkm-count">
          {t(page.total.exact ? "registryCount.shownOfExact" : "registryCount.shownOfEstimate", {
            shown: page.items.length,
            total: page.total.value,
          })}
        </p>
      )}
      {isInvalid ? (
        <p
          role="alert"
          className="rounded border border-red-200 bg-red-50 p-4 text-red-800"
          data-testid="registry-invalid"
        >
          {t("lists.registryInvalidFilter")}
        </p>
      ) : (
        // Compact rows: the flight data carries 50 rows of strings, not 50 element trees (issue 13).
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
            item.kbliCodes.map((code) => [code, kbliTitle(code, locale)].filter(Boolean).join(" ")).join("; "),
            t(`scale.${item.scale}`),
            item.hasNib ? t("umkm.nibYes") : t("umkm.nibNo"),
            item.isNominated ? t("registry.yes") : "—",
          ])}
        />
      )}
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
