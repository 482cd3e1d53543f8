import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ProposalNeed } from "@/components/allocation/proposals-form";
import type { AllocationRunDetail } from "@/lib/dal/allocation/allocation";
import { COMPONENTS } from "@/lib/matching/types";
import { formatDateTime } from "@/lib/format/dates";

/**
 * The run's proposals in words for the form: reasons from the "matching" catalogue's
 * `reasons` keys (a key it does not have is left out), every component's points, and the
 * missing documents by name in the reader's language.
 */
export async function proposalNeeds(run: AllocationRunDetail): Promise<ProposalNeed[]> {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const documentName = (code: string) => {
    const names = run.documentNames[code];
    return names ? (locale === "en" ? names.nameEn : names.nameId) : code;
  };
  const points = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  return run.groups.map((group) => ({
    needId: group.needId,
    title: group.title,
    meta: t("allocation.needMeta", { firm: group.firm, regency: group.deliveryRegency, slots: group.slots }),
    proposals: group.proposals.map((p) => {
      const { breakdown } = p;
      const reasons = (breakdown.reasons ?? [])
        .filter((r) => t.has(`matching.reasons.${r.key}`))
        .map((r) => t(`matching.reasons.${r.key}`, r.params ?? {}));
      const decision = t(`allocation.decision.${p.decision}`);
      return {
        key: `${group.needId}/${p.umkmId}`,
        umkmId: p.umkmId,
        umkm: p.businessName,
        regency: p.regency,
        score: t("allocation.score", { score: points(p.score) }),
        scoreLabel: t("allocation.scoreLabel", { score: points(p.score) }),
        reasons,
        points: COMPONENTS.map((name) =>
          t("allocation.points", {
            label: t(`matchingWeights.components.${name}`),
            points: points(breakdown.components?.[name]?.points ?? 0),
          }),
        ),
        missing: breakdown.missingDocuments?.length
          ? t("allocation.missing", { documents: breakdown.missingDocuments.map(documentName).join(", ") })
          : null,
        isPending: p.decision === "PENDING",
        decisionLine:
          p.decision === "PENDING"
            ? null
            : t("allocation.decidedBy", {
                decision,
                name: p.decidedBy ?? "—",
                date: p.decidedAt ? formatDateTime(p.decidedAt, locale) : "—",
              }),
      };
    }),
  }));
}
