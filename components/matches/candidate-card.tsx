import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MatchView } from "@/lib/dal/matches/match-reads";
import type { ActionState } from "@/lib/forms/action-state";
import type { DecisionVerb } from "@/lib/validation/matches";
import { MatchDecisionForm } from "./decision-form";
import { MatchStatusBadge } from "./match-status-badge";
import { ReadinessSummary } from "./readiness-summary";
import { ScoreBreakdown } from "./score-breakdown";

const OFFICER_VERBS = new Set<string>(["shortlist", "approve", "reject"]);

/** One candidate of a need for PMPTSP: who, score in words, readiness, and the decisions open now. */
export async function CandidateCard({
  match,
  rank,
  action,
  returnTo,
  isUpdated,
}: {
  match: MatchView;
  rank: number;
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  returnTo: string;
  isUpdated: boolean;
}) {
  const [t, ts] = await Promise.all([getTranslations("matching"), getTranslations("scale")]);
  const verbs = match.allowedVerbs.filter((v): v is DecisionVerb => OFFICER_VERBS.has(v));
  return (
    <article
      aria-labelledby={`cand-${match.id}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="candidate"
      data-umkm={match.umkm.businessName}
      data-umkm-id={match.umkm.id}
      data-status={match.status}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`cand-${match.id}`} className="text-lg font-semibold">
            <span className="mr-2 text-slate-500">{rank}.</span>
            {match.umkm.businessName}
          </h2>
          <p className="text-sm text-slate-700">
            {match.umkm.district}, {match.umkm.regency} · {ts(match.umkm.scale)}
            {match.umkm.nib ? ` · NIB ${match.umkm.nib}` : ""}
          </p>
        </div>
        <MatchStatusBadge status={match.status} label={t(`status.${match.status}`)} />
      </header>
      {isUpdated && (
        <p role="status" className="font-medium text-green-800">
          {t("done")}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <ScoreBreakdown breakdown={match.breakdown} documentNames={match.readiness.names} idPrefix={match.id} />
        <section aria-label={t("readiness")}>
          <h3 className="text-sm font-semibold">{t("readiness")}</h3>
          <ReadinessSummary readiness={match.readiness} />
        </section>
      </div>
      {match.decisionReason && (
        <p className="text-sm text-slate-700">
          {t("detail.decisionReason")}: {match.decisionReason}
        </p>
      )}
      {verbs.length > 0 && (
        <MatchDecisionForm
          action={action}
          matchId={match.id}
          version={match.version}
          verbs={verbs}
          returnTo={returnTo}
        />
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/matches/${match.id}`} className="text-brand-700 underline">
          {t("detailLink")}
        </Link>
        <Link href={`/umkm/${match.umkm.id}`} className="text-brand-700 underline">
          {t("umkmProfileLink")}
        </Link>
      </p>
    </article>
  );
}
