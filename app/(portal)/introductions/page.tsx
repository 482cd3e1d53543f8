import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IntroductionCard } from "@/components/matches/introduction-card";
import { requirePageRoles } from "@/lib/auth";
import { listIntroductions, type MatchView } from "@/lib/dal/matches/match-reads";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { MATCH_ACTIONS } from "../matches/match-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("introductions.title") };
}

const GROUPS: { key: string; statuses: readonly MatchStatus[] }[] = [
  { key: "toDecide", statuses: ["APPROVED"] },
  { key: "accepted", statuses: ["ACCEPTED"] },
  { key: "running", statuses: ["AGREEMENT_SIGNED"] },
  { key: "closed", statuses: ["DECLINED", "ENDED"] },
];

/** The firm's introductions inbox (grouped by what is left to do) or the UMKM owner's introductions. */
export default async function IntroductionsPage({ searchParams }: { searchParams: Promise<{ updated?: string }> }) {
  const user = await requirePageRoles("/introductions");
  const { updated } = await searchParams;
  const [items, t] = await Promise.all([listIntroductions(user), getTranslations("matching")]);
  const card = (match: MatchView) => (
    <li key={match.id}>
      <IntroductionCard match={match} role={user.role} actions={MATCH_ACTIONS} isUpdated={updated === match.id} />
    </li>
  );
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("introductions.title")}</h1>
      <p className="text-slate-700">
        {t(user.role === "UMKM_OWNER" ? "introductions.introOwner" : "introductions.introCompany")}
      </p>
      <p
        role="status"
        aria-live="polite"
        className="min-h-6 font-medium text-green-800"
        data-testid="introductions-updated"
      >
        {updated ? t("done") : null}
      </p>
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t("introductions.empty")}
        </p>
      ) : user.role === "UMKM_OWNER" ? (
        <ul className="space-y-4" data-testid="introductions">
          {items.map(card)}
        </ul>
      ) : (
        GROUPS.map((group) => {
          const inGroup = items.filter((m) => group.statuses.includes(m.status));
          return (
            <section key={group.key} aria-labelledby={`group-${group.key}`} className="space-y-3">
              <h2 id={`group-${group.key}`} className="text-xl font-semibold">
                {t(`introductions.${group.key}`)} ({inGroup.length})
              </h2>
              {inGroup.length === 0 ? (
                <p className="text-slate-600">{t("introductions.groupEmpty")}</p>
              ) : (
                <ul className="space-y-4" data-testid={`group-${group.key}`}>
                  {inGroup.map(card)}
                </ul>
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
