import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CandidateCard } from "@/components/matches/candidate-card";
import { RunMatchingForm } from "@/components/matches/run-matching-form";
import { requirePageRoles } from "@/lib/auth";
import { listNeedCandidates } from "@/lib/dal/matches/match-reads";
import { officerDecisionAction } from "../../../matches/actions";
import { runMatchingAction } from "./actions";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("candidates.metaTitle") };
}

/** A need's UMKM candidates for PMPTSP, best score first, with run matching and the decisions. */
export default async function NeedMatchesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ updated?: string }>;
}) {
  const user = await requirePageRoles("/needs/[id]/matches");
  const { id } = await params;
  const { updated } = await searchParams;
  const [{ need, candidates }, t] = await Promise.all([
    loadOr404(() => listNeedCandidates(user, id)),
    getTranslations("matching"),
  ]);
  const returnTo = `/needs/${need.id}/matches`;
  return (
    <section className="space-y-5">
      <Link href={`/needs/${need.id}`} className="text-brand-700 underline">
        {t("candidates.backToNeed")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("candidates.title", { need: need.title })}</h1>
        <p className="text-slate-700">
          {need.firmName} ·{" "}
          <span data-testid="slots">{t("candidates.slots", { approved: need.approvedCount, slots: need.slots })}</span>
        </p>
        <p className="text-sm text-slate-600">{t("candidates.intro")}</p>
      </header>
      <RunMatchingForm action={runMatchingAction} needId={need.id} />
      {candidates.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t("candidates.empty")}
        </p>
      ) : (
        <ol aria-label={t("candidates.listLabel")} className="space-y-4" data-testid="candidates">
          {candidates.map((match, index) => (
            <li key={match.id} id={`match-${match.id}`}>
              <CandidateCard
                match={match}
                rank={index + 1}
                action={officerDecisionAction}
                returnTo={returnTo}
                isUpdated={updated === match.id}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
