import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MatchActions } from "@/components/matches/match-actions";
import { MatchContacts, PartnershipFacts } from "@/components/matches/match-parties";
import { MatchStatusBadge } from "@/components/matches/match-status-badge";
import { ReadinessSummary } from "@/components/matches/readiness-summary";
import { ScoreBreakdown } from "@/components/matches/score-breakdown";
import { OutcomeMessage } from "@/components/matches/outcome-message";
import { hasRole, INTRODUCTION_PARTIES } from "@/lib/access/roles";
import { requirePageRoles } from "@/lib/auth";
import { getMatch, getMatchHistory } from "@/lib/dal/matches/match-reads";
import { MATCH_ACTIONS } from "../match-actions";
import { loadOr404 } from "@/lib/security/refusals";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("detail.metaTitle") };
}

/** One match: breakdown, readiness, contacts and partnership as the viewer may see them, its history, and the viewer's actions. */
export default async function MatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ updated?: string }>;
}) {
  const user = await requirePageRoles("/matches/[id]");
  const { id } = await params;
  const isUpdated = (await searchParams).updated === id;
  const [[match, history], t, ts, format] = await Promise.all([
    loadOr404(() => Promise.all([getMatch(user, id), getMatchHistory(user, id)])),
    getTranslations("matching"),
    getTranslations("scale"),
    getFormatter(),
  ]);
  const isParty = hasRole(user, INTRODUCTION_PARTIES);
  const date = (iso: string) => formatDate(iso);
  const statusLabel = (s: string | null) => (s && t.has(`status.${s}`) ? t(`status.${s}`) : t("none"));
  const rows: [string, React.ReactNode][] = [
    [t("detail.status"), <MatchStatusBadge key="s" status={match.status} label={t(`status.${match.status}`)} />],
    [
      t("detail.need"),
      user.role === "UMKM_OWNER" ? (
        match.need.title
      ) : (
        <Link key="n" href={`/needs/${match.need.id}`} className="text-brand-700 underline">
          {match.need.title}
        </Link>
      ),
    ],
    [t("detail.firm"), match.need.firmName],
    [
      t("detail.umkm"),
      isParty ? (
        match.umkm.businessName
      ) : (
        <Link key="u" href={`/umkm/${match.umkm.id}`} className="text-brand-700 underline">
          {match.umkm.businessName}
        </Link>
      ),
    ],
    [t("detail.location"), `${match.umkm.district}, ${match.umkm.regency}`],
    [t("detail.scale"), ts(match.umkm.scale)],
    [t("detail.nib"), match.umkm.nib ?? t("none")],
    [t("detail.period"), `${date(match.need.periodStart)} – ${date(match.need.periodEnd)}`],
  ];
  if (match.need.estimatedValueRp)
    rows.push([t("detail.estimatedValue"), format.number(BigInt(match.need.estimatedValueRp), "rupiah")]);
  if (match.approvedBy)
    rows.push([t("detail.approvedBy"), `${match.approvedBy}${match.approvedAt ? ` · ${date(match.approvedAt)}` : ""}`]);
  if (match.decisionReason) rows.push([t("detail.decisionReason"), match.decisionReason]);
  rows.push([
    t("detail.confirmed"),
    match.umkmConfirmedAt ? t("detail.confirmedOn", { date: date(match.umkmConfirmedAt) }) : t("detail.notConfirmed"),
  ]);
  return (
    <article className="space-y-6" id={`match-${match.id}`}>
      {isParty ? (
        <Link href="/introductions" className="text-brand-700 underline">
          {t("detail.backToIntroductions")}
        </Link>
      ) : (
        <Link href="/matches" className="text-brand-700 underline">
          {t("detail.backToBoard")}
        </Link>
      )}
      <h1 className="text-2xl font-semibold">
        {t("detail.title", { umkm: match.umkm.businessName, need: match.need.title })}
      </h1>
      <OutcomeMessage testId="match-updated" text={isUpdated ? t("detail.updated") : null} />
      <section aria-labelledby="facts-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="facts-heading" className="text-lg font-semibold">
          {t("detail.facts")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="match-facts">
          {rows.map(([label, value]) => [
            <dt key={`${label}-t`} className="font-medium text-slate-700">
              {label}
            </dt>,
            <dd key={`${label}-d`}>{value}</dd>,
          ])}
        </dl>
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="score-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="score-heading" className="text-lg font-semibold">
            {t("breakdown")}
          </h2>
          <ScoreBreakdown breakdown={match.breakdown} documentNames={match.readiness.names} idPrefix={match.id} />
        </section>
        <section
          aria-labelledby="readiness-heading"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="readiness-heading" className="text-lg font-semibold">
            {t("readiness")}
          </h2>
          <ReadinessSummary readiness={match.readiness} />
        </section>
      </div>
      {(match.umkmContact || match.firmContact || match.partnership) && (
        <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2">
          <MatchContacts match={match} />
          <PartnershipFacts match={match} />
        </div>
      )}
      {match.allowedVerbs.length > 0 && (
        <section
          aria-labelledby="actions-heading"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="actions-heading" className="text-lg font-semibold">
            {t("detail.actions")}
          </h2>
          <MatchActions match={match} role={user.role} actions={MATCH_ACTIONS} returnTo={`/matches/${match.id}`} />
        </section>
      )}
      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("detail.history")}
        </h2>
        {history.length === 0 ? (
          <p className="text-slate-600">{t("detail.historyEmpty")}</p>
        ) : (
          <ol className="space-y-2" data-testid="match-history">
            {history.map((h) => (
              <li key={h.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
                <span className="font-medium">
                  {t("detail.historyEntry", { from: statusLabel(h.fromStatus), to: statusLabel(h.toStatus) })}
                </span>
                {" · "}
                {h.actorName ?? t("none")}
                {" · "}
                {formatDate(h.createdAt)}
                {h.reason && <p className="mt-1 text-slate-700">{h.reason}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
