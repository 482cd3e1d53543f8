import { getLocale, getTranslations } from "next-intl/server";
import type { ReadinessState } from "@/lib/domain/readiness";
import type { ReadinessView } from "@/lib/dal/matches/match-visibility";
import { formatDate } from "@/lib/format/dates";

const TONE: Record<ReadinessState, string> = {
  READY: "text-green-800",
  EXPIRES_DURING: "text-amber-900",
  IN_PROGRESS: "text-blue-900",
  EXPIRED: "text-red-800",
  MISSING: "text-red-800",
};
const MARK: Record<ReadinessState, string> = {
  READY: "✓",
  EXPIRES_DURING: "!",
  IN_PROGRESS: "…",
  EXPIRED: "✗",
  MISSING: "✗",
};

/** The need's required documents and where this UMKM stands on each (lib/domain/readiness.ts). */
export async function ReadinessSummary({ readiness }: { readiness: ReadinessView }) {
  const [t, locale] = await Promise.all([getTranslations("matching"), getLocale()]);
  if (readiness.requiredCount === 0) return <p className="text-sm text-slate-600">{t("noDocuments")}</p>;
  return (
    <div className="space-y-1 text-sm" data-testid="readiness">
      <p className="font-medium">
        {t("readinessCount", { ready: readiness.readyCount, required: readiness.requiredCount })}
      </p>
      <ul className="space-y-0.5">
        {readiness.items.map((item) => {
          const names = readiness.names[item.code];
          const name = names ? (locale === "en" ? names.nameEn : names.nameId) : item.code;
          const date = item.expiresOn ? formatDate(item.expiresOn) : "";
          return (
            <li key={item.documentTypeId} className={TONE[item.state]} data-state={item.state}>
              <span aria-hidden="true" className="mr-1 inline-block w-3 font-bold">
                {MARK[item.state]}
              </span>
              {name}: {t(`readinessState.${item.state}`, { date })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
