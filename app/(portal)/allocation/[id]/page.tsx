import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProposalsForm } from "@/components/allocation/proposals-form";
import { RunStatus } from "@/components/allocation/run-status";
import { AutoRefresh } from "@/components/umkm/auto-refresh";
import { requirePageRoles } from "@/lib/auth";
import { getRun } from "@/lib/dal/allocation/allocation";
import { decideProposalsAction } from "./actions";
import { proposalNeeds } from "./proposal-view";
import { loadOr404 } from "@/lib/security/refusals";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allocation"))("metaDetail") };
}

/** One allocation run: progress while it runs, then its proposals by need with accept/dismiss. */
export default async function AllocationRunPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRoles("/allocation/[id]");
  const { id } = await params;
  const [run, t, format, locale] = await Promise.all([
    loadOr404(() => getRun(user, id)),
    getTranslations("allocation"),
    getFormatter(),
    getLocale(),
  ]);
  const when = (date: Date) => formatDateTime(date, locale);
  const stats = run.stats ?? {};
  const facts: [string, React.ReactNode][] = [
    [t("colStatus"), <RunStatus key="status" run={run} />],
    [t("startedBy"), run.createdBy ?? t("none")],
    [t("finishedAt"), run.finishedAt ? when(run.finishedAt) : t("none")],
    [t("colWeights"), run.weightsVersion === null ? t("none") : t("weightsVersion", { version: run.weightsVersion })],
    [t("needsConsidered"), format.number(run.needCount)],
    [t("colProposals"), t("proposalCounts", { total: run.proposals, pending: run.pending, accepted: run.accepted })],
    [t("colTotal"), run.totalScore === null ? t("none") : format.number(run.totalScore, { maximumFractionDigits: 2 })],
    ...(run.status === "DONE"
      ? ([
          [t("candidatesScored"), format.number(stats.edges ?? 0)],
          [t("distinctUmkm"), format.number(stats.distinctUmkm ?? 0)],
          [t("retrievalTime"), t("ms", { ms: format.number(stats.retrievalMs ?? 0) })],
          [t("solverTime"), t("ms", { ms: format.number(stats.solverMs ?? 0) })],
        ] as [string, React.ReactNode][])
      : []),
  ];
  return (
    <section className="space-y-5">
      <Link href="/allocation" className="text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("detailTitle", { date: when(run.createdAt) })}</h1>
      {run.status === "RUNNING" && <AutoRefresh seconds={2} />}
      <h2 className="sr-only">{t("summary")}</h2>
      <dl
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
        data-testid="run-summary"
      >
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {run.status === "INTERRUPTED" && (
        <p role="alert" className="font-medium text-red-800">
          {t("interruptedHint")}
        </p>
      )}
      {run.status === "FAILED" && run.error && (
        <p role="alert" className="font-medium text-red-800">
          {t("errorLabel")}: {run.error}
        </p>
      )}
      {run.status === "DONE" && (
        <>
          <h2 className="text-xl font-semibold">{t("decideTitle")}</h2>
          {run.groups.length === 0 ? (
            <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-600">
              {t("noProposals")}
            </p>
          ) : (
            <ProposalsForm action={decideProposalsAction} runId={run.id} needs={await proposalNeeds(run)} />
          )}
        </>
      )}
    </section>
  );
}
