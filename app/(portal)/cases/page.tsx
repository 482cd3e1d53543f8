import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CaseTable } from "@/components/cases/case-table";
import { requirePageRoles } from "@/lib/auth";
import { defaultQueueScope, listCaseQueue } from "@/lib/dal/paperwork/assistance-cases";
import { caseQueueFilterSchema } from "@/lib/validation/paperwork";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("queueTitle") };
}

/** The queue of active assistance cases, oldest first; officers see their own by default. */
export default async function CaseQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRoles("/cases");
  const filter = caseQueueFilterSchema.parse(await searchParams);
  const scope = filter.scope ?? defaultQueueScope(user.role);
  const [cases, t] = await Promise.all([listCaseQueue(user, { ...filter, scope }), getTranslations("cases")]);
  const tab = (value: "mine" | "all") => (
    <Link
      href={`/cases?scope=${value}`}
      aria-current={scope === value ? "page" : undefined}
      className={`rounded px-3 py-1.5 font-medium ${scope === value ? "bg-brand-700 text-white" : "border border-slate-400 hover:bg-slate-100"}`}
    >
      {t(value === "mine" ? "scopeMine" : "scopeAll")}
    </Link>
  );
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("queueTitle")}</h1>
      <p className="text-slate-700">{t("queueIntro")}</p>
      <nav aria-label={t("scopeLabel")} className="flex flex-wrap gap-2">
        {tab("mine")}
        {tab("all")}
      </nav>
      <p className="text-sm text-slate-600" data-testid="case-count">
        {t("count", { count: cases.length })}
      </p>
      <CaseTable cases={cases} testId="case-queue" />
    </section>
  );
}
