import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/form-field";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listFirms } from "@/lib/dal/needs/firms";
import { firmSearchSchema } from "@/lib/validation/firms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("firms"))("title") };
}

export default async function FirmsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePageRoles("/firms");
  const { q } = await searchParams;
  const search = firmSearchSchema.safeParse(typeof q === "string" ? q : "");
  // A refused search (a NUL character, too long) lists every firm and says why by the field.
  const query = search.success ? search.data : "";
  const queryError = search.success ? null : (search.error.issues[0]?.message ?? "tooLong");
  const [firms, t] = await Promise.all([listFirms(user, query), getTranslations("firms")]);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/firms/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("newFirm")}
        </Link>
      </div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <label htmlFor="q" className="block font-medium">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search.success ? query : ""}
            className={inputClass}
            aria-invalid={queryError ? true : undefined}
            aria-describedby={queryError ? "q-error" : undefined}
          />
          {queryError && (
            <p id="q-error" role="alert" className="mt-1 text-sm text-red-700">
              {t(`v_${queryError}` as "v_tooLong")}
            </p>
          )}
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("searchSubmit")}
        </button>
      </form>
      <DataTable
        caption={t("title")}
        testId="firms-table"
        headers={[t("colName"), t("colLegalName"), t("colSector"), t("colType"), t("colRegency"), t("colNeeds")]}
        empty={t("empty")}
        rows={firms.map((firm) => ({
          key: firm.id,
          cells: [
            <Link key="name" href={`/firms/${firm.id}`} className="font-medium text-brand-700 underline">
              {firm.name}
              {firm.isActive ? "" : ` (${t("inactive")})`}
            </Link>,
            firm.legalName,
            firm.sector,
            firm.investmentType,
            firm.regency,
            <Link key="needs" href={`/needs?firm=${firm.id}`} className="text-brand-700 underline">
              {firm.needCount}
            </Link>,
          ],
        }))}
      />
    </section>
  );
}
