import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ProvincePaperworkStats } from "@/lib/dal/paperwork/paperwork-stats";
import { formatDate, formatMonth } from "@/lib/format/dates";

/** The province's paperwork figures: NIB holders before/after the programme, documents issued per month, open cases per kabupaten/kota. */
export async function ProvinceStats({ stats }: { stats: ProvincePaperworkStats }) {
  const [t, format, locale] = await Promise.all([getTranslations("paperwork.province"), getFormatter(), getLocale()]);
  const start = formatDate(stats.programmeStart);
  const month = formatMonth;
  const gained = stats.nibNow - stats.nibAtStart;
  return (
    <div className="space-y-6">
      <section aria-labelledby="nib-heading" className="space-y-2">
        <h2 id="nib-heading" className="text-xl font-semibold">
          {t("nibTitle")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-3" data-testid="nib-figures">
          {[
            [t("nibAtStart", { date: start }), stats.nibAtStart],
            [t("nibNow"), stats.nibNow],
            [t("nibGained"), gained],
          ].map(([label, value]) => (
            <div key={String(label)} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-2xl font-semibold">{format.number(Number(value))}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-600">{t("nibNote", { date: start })}</p>
      </section>
      <section aria-labelledby="issued-heading" className="space-y-2">
        <h2 id="issued-heading" className="text-xl font-semibold">
          {t("issuedTitle")}
        </h2>
        <DataTable
          caption={t("issuedTitle")}
          testId="issued-per-month"
          headers={[t("colDocument"), ...stats.months.map(month), t("colTotal")]}
          empty={t("issuedEmpty")}
          rows={stats.issued.map((row) => ({
            key: row.code,
            cells: [
              locale === "en" ? row.nameEn : row.nameId,
              ...row.counts.map((n) => format.number(n)),
              format.number(row.counts.reduce((a, b) => a + b, 0)),
            ],
          }))}
        />
      </section>
      <section aria-labelledby="cases-by-regency-heading" className="space-y-2">
        <h2 id="cases-by-regency-heading" className="text-xl font-semibold">
          {t("casesTitle")}
        </h2>
        <DataTable
          caption={t("casesTitle")}
          testId="cases-by-regency"
          headers={[t("colRegency"), t("colOpen"), t("colOverdue")]}
          empty={t("casesEmpty")}
          rows={stats.openCases.map((row) => ({
            key: row.regencyCode,
            cells: [row.regencyName, format.number(row.open), format.number(row.overdue)],
          }))}
        />
      </section>
    </div>
  );
}
