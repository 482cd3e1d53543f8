import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listDocumentTypesForAdmin } from "@/lib/dal/document-types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("documentTypes"))("title") };
}

/** ADMIN: the document types (reference data) with issuer, validity, number format and KBLI prefixes. */
export default async function DocumentTypesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePageRoles("/settings/document-types");
  const { saved } = await searchParams;
  const [types, t, locale] = await Promise.all([
    listDocumentTypesForAdmin(user),
    getTranslations("documentTypes"),
    getLocale(),
  ]);
  const savedType = types.find((type) => type.id === saved);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link
          href="/settings/document-types/new"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("new")}
        </Link>
      </div>
      <p className="text-slate-700">{t("intro")}</p>
      <p
        role="status"
        aria-live="polite"
        className="min-h-6 font-medium text-green-800"
        data-testid="document-type-saved"
      >
        {savedType ? t("saved", { code: savedType.code }) : null}
      </p>
      <DataTable
        caption={t("title")}
        testId="document-types"
        headers={[
          t("field.code"),
          t("colName"),
          t("field.issuer"),
          t("colValidity"),
          t("field.numberPattern"),
          t("field.kbliPrefixes"),
          t("colActive"),
        ]}
        empty={t("empty")}
        rows={types.map((type) => ({
          key: type.id,
          cells: [
            <Link
              key="code"
              href={`/settings/document-types/${type.id}`}
              className="font-medium text-brand-700 underline"
            >
              {type.code}
            </Link>,
            locale === "en" ? type.nameEn : type.nameId,
            type.issuer,
            type.expires
              ? type.validityMonths
                ? t("validityMonths", { months: type.validityMonths })
                : t("expiresNoDefault")
              : t("noExpiry"),
            type.numberPattern ? (
              <code key="pattern" className="text-xs">
                {type.numberPattern}
              </code>
            ) : (
              "—"
            ),
            type.kbliPrefixes.length > 0 ? type.kbliPrefixes.join(", ") : t("allBusinesses"),
            type.isActive ? t("active") : t("inactive"),
          ],
        }))}
      />
    </section>
  );
}
