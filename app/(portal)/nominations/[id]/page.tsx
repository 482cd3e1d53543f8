import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DecisionForm } from "@/components/nominations/decision-form";
import { hasRole, NOMINATION_DECIDERS } from "@/lib/access/roles";
import { requirePageRoles } from "@/lib/auth";
import { getNomination, getNominationHistory } from "@/lib/dal/umkm/nominations";
import { decideNominationAction } from "./actions";
import { loadOr404 } from "@/lib/security/refusals";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations"))("title") };
}

export default async function NominationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ updated?: string }>;
}) {
  const user = await requirePageRoles("/nominations/[id]");
  const { id } = await params;
  const isUpdated = (await searchParams).updated === "1";
  const [[nomination, history], t] = await Promise.all([
    loadOr404(() => Promise.all([getNomination(user, id), getNominationHistory(user, id)])),
    getTranslations("nominations"),
  ]);
  const choices =
    nomination.status !== "PROPOSED"
      ? []
      : hasRole(user, NOMINATION_DECIDERS)
        ? (["VERIFIED", "REJECTED"] as const)
        : user.role === "DISKOP_STAFF" && nomination.nominatedById === user.id
          ? (["WITHDRAWN"] as const)
          : [];
  const rows: [string, string][] = [
    [t("colStatus"), t(`status.${nomination.status}`)],
    [t("reason"), nomination.reason],
    [t("readinessNotes"), nomination.readinessNotes ?? t("none")],
    [t("targetKbli"), nomination.targetKbli.join(", ")],
    [t("colNominatedBy"), nomination.nominatedBy ?? t("none")],
    [t("decidedBy"), nomination.decidedBy ?? t("none")],
    [t("decisionReason"), nomination.decisionReason ?? t("none")],
  ];
  return (
    <section className="space-y-5">
      <Link href="/nominations" className="text-brand-700 underline">
        {t("title")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("detailTitle", { name: nomination.businessName })}</h1>
      <p
        role="status"
        aria-live="polite"
        className="min-h-6 font-medium text-green-800"
        data-testid="nomination-updated"
      >
        {isUpdated ? t("done") : null}
      </p>
      <p>
        <Link href={`/umkm/${nomination.umkmId}`} className="text-brand-700 underline">
          {nomination.businessName}
        </Link>
      </p>
      <dl
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
        data-testid="nomination-details"
      >
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {choices.length > 0 && (
        <DecisionForm
          action={decideNominationAction}
          nominationId={id}
          version={nomination.version}
          choices={[...choices]}
        />
      )}
      <h2 className="text-xl font-semibold">{t("history")}</h2>
      <ol className="space-y-2" data-testid="nomination-history">
        {history.map((h) => (
          <li key={h.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
            <span className="font-medium">
              {t("historyEntry", {
                from: h.fromStatus ? t(`status.${h.fromStatus}`) : "—",
                to: h.toStatus ? t(`status.${h.toStatus}`) : "—",
              })}
            </span>
            {" · "}
            {h.actorName ?? t("none")}
            {" · "}
            {formatDate(h.createdAt)}
            {h.reason && <p className="mt-1 text-slate-700">{h.reason}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
