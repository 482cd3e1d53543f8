import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MatchView } from "@/lib/dal/matches/match-reads";
import type { Role } from "@/lib/generated/prisma/enums";
import { MatchActions, type MatchActionSet } from "./match-actions";
import { MatchContacts, PartnershipFacts } from "./match-parties";
import { MatchStatusBadge } from "./match-status-badge";
import { ReadinessSummary } from "./readiness-summary";
import { ScoreBreakdown } from "./score-breakdown";
import { formatDate } from "@/lib/format/dates";

/**
 * One introduction as a firm's staff (the UMKM, its score and contact, the decisions) or the
 * UMKM's owner (the firm and need, the firm's contact, the outcome, confirm interest) sees it.
 */
export async function IntroductionCard({
  match,
  role,
  actions,
  isUpdated,
}: {
  match: MatchView;
  role: Role;
  actions: MatchActionSet;
  isUpdated: boolean;
}) {
  const [t] = await Promise.all([getTranslations("matching")]);
  const isOwner = role === "UMKM_OWNER";
  const date = (iso: string) => formatDate(iso);
  const title = isOwner
    ? t("introductions.firmNeed", { firm: match.need.firmName, need: match.need.title })
    : match.umkm.businessName;
  return (
    <article
      id={`match-${match.id}`}
      aria-labelledby={`intro-${match.id}`}
      className={`space-y-3 rounded-lg border bg-white p-4 ${isUpdated ? "border-green-700 ring-2 ring-green-700" : "border-slate-200"}`}
      data-testid="introduction"
      data-umkm={match.umkm.businessName}
      data-umkm-id={match.umkm.id}
      data-status={match.status}
    >
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`intro-${match.id}`} className="text-lg font-semibold">
            {title}
          </h3>
          {!isOwner && (
            <p className="text-sm text-slate-700">
              {t("introductions.forNeed", { need: match.need.title })} · {match.umkm.district}, {match.umkm.regency}
            </p>
          )}
        </div>
        <MatchStatusBadge status={match.status} label={t(`status.${match.status}`)} />
      </header>
      {isOwner ? (
        <p className="font-medium" data-testid="introduction-outcome">
          {t.has(`introductions.outcome.${match.status}`)
            ? t(`introductions.outcome.${match.status}`)
            : t(`status.${match.status}`)}
          {match.status === "DECLINED" && match.decisionReason ? ` ${match.decisionReason}` : ""}
        </p>
      ) : (
        <ScoreBreakdown
          breakdown={match.breakdown}
          documentNames={match.readiness.names}
          idPrefix={match.id}
          isCompact
        />
      )}
      <p className="text-sm text-slate-700">
        {match.umkmConfirmedAt
          ? t(isOwner ? "introductions.confirmedOn" : "introductions.umkmConfirmedOn", {
              date: date(match.umkmConfirmedAt),
            })
          : isOwner
            ? null
            : t("introductions.umkmNotConfirmed")}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <MatchContacts match={match} />
        <PartnershipFacts match={match} />
        {isOwner && match.readiness.requiredCount > 0 && (
          <section aria-label={t("readiness")}>
            <h3 className="font-semibold">{t("readiness")}</h3>
            <ReadinessSummary readiness={match.readiness} />
          </section>
        )}
      </div>
      <MatchActions match={match} role={role} actions={actions} returnTo="/introductions" />
      <Link href={`/matches/${match.id}`} className="inline-block text-sm text-brand-700 underline">
        {t("detailLink")}
      </Link>
    </article>
  );
}
