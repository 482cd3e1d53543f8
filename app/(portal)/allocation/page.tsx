import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RunStatus } from "@/components/allocation/run-status";
import { StartRunForm } from "@/components/allocation/start-run-form";
import { DataTable } from "@/components/ui/data-table";
import { AutoRefresh } from "@/components/umkm/auto-refresh";
import { requirePageRoles } from "@/lib/auth";
import { listRuns } from "@/lib/dal/allocation/allocation";
import { startAllocationRunAction } from "./actions";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allocation"))("title") };
}

/** Portfolio allocation: start a run, and the latest runs with their progress and proposals. */
export default async function AllocationPage() {
  const user = await requirePageRoles("/allocation");
  const [runs, t, format, locale] = await Promise.all([
    listRuns(user),
    getTranslations("allocation"),
    getFormatter(),
    getLocale(),
  ]);
  const isRunning = runs.some((run) => run.status === "RUNNING");
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <StartRunForm action={startAllocationRunAction} isRunning={isRunning} />
      {isRunning && <AutoRefresh seconds={2} />}
      <h2 className="text-xl font-semibold">{t("runsTitle")}</h2>
      <DataTable
        caption={t("runsTitle")}
        testId="allocation-runs"
        empty={t("empty")}
        headers={[t("colStarted"), t("colBy"), t("colStatus"), t("colProposals"), t("colTotal"), t("colWeights"), ""]}
        rows={runs.map((run) => ({
          key: run.id,
          cells: [
            formatDateTime(run.createdAt, locale),
            run.createdBy ?? t("none"),
            <RunStatus key="status" run={run} />,
            run.status === "DONE"
              ? t("proposalCounts", { total: run.proposals, pending: run.pending, accepted: run.accepted })
              : t("none"),
            run.totalScore === null ? t("none") : format.number(run.totalScore, { maximumFractionDigits: 2 }),
            run.weightsVersion === null ? t("none") : t("weightsVersion", { version: run.weightsVersion }),
            <Link key="open" href={`/allocation/${run.id}`} className="text-brand-700 underline">
              {t("open")}
            </Link>,
          ],
        }))}
      />
    </section>
  );
}
