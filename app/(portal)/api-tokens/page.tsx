import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { IssueTokenForm } from "@/components/api-tokens/issue-token-form";
import { inputClass } from "@/components/forms/form-field";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listApiTokens } from "@/lib/dal/api/api-tokens";
import { listFirmOptions } from "@/lib/dal/needs/firms";
import { issueApiTokenAction, revokeApiTokenAction } from "./actions";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiTokens"))("title") };
}

/** A firm's staff manage their own firm's tokens; ADMIN picks the firm (?firm=<id>). */
export default async function ApiTokensPage({ searchParams }: { searchParams: Promise<{ firm?: string }> }) {
  const user = await requirePageRoles("/api-tokens");
  const { firm } = await searchParams;
  const companyId = user.role === "COMPANY_STAFF" ? user.companyId : typeof firm === "string" ? firm : null;
  const [t, locale, firms] = await Promise.all([
    getTranslations("apiTokens"),
    getLocale(),
    user.role === "ADMIN" ? listFirmOptions(user) : Promise.resolve([]),
  ]);
  const tokens = companyId ? await listApiTokens(user, companyId) : null;
  const date = (iso: string | null) => (iso ? formatDateTime(iso, locale) : t("never"));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">
        {t("intro")}{" "}
        <Link href="/api-docs" className="text-brand-700 underline">
          {t("docsLink")}
        </Link>
      </p>
      {user.role === "ADMIN" && (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="firm" className="block font-medium">
              {t("firm")}
            </label>
            <select id="firm" name="firm" defaultValue={companyId ?? ""} className={inputClass}>
              <option value="">{t("chooseFirm")}</option>
              {firms.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t("show")}
          </button>
        </form>
      )}
      {!companyId || !tokens ? (
        <p>{t("pickFirst")}</p>
      ) : (
        <>
          <IssueTokenForm action={issueApiTokenAction} companyId={companyId} />
          <DataTable
            caption={t("title")}
            testId="tokens-table"
            headers={[t("colName"), t("colPrefix"), t("colCreated"), t("colLastUsed"), t("colStatus"), ""]}
            empty={t("empty")}
            rows={tokens.map((token) => ({
              key: token.id,
              cells: [
                token.name,
                <code key="p">{token.prefix}…</code>,
                date(token.createdAt),
                date(token.lastUsedAt),
                token.revokedAt ? t("revoked", { date: date(token.revokedAt) }) : t("active"),
                token.revokedAt ? null : (
                  <form key="r" action={revokeApiTokenAction}>
                    <input type="hidden" name="companyId" value={companyId} />
                    <input type="hidden" name="tokenId" value={token.id} />
                    <button type="submit" className="text-red-800 underline">
                      {t("revoke", { name: token.name })}
                    </button>
                  </form>
                ),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
