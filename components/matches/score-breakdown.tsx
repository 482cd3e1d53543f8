import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { COMPONENTS, type ScoreBreakdown as Breakdown } from "@/lib/matching/types";

/** Document names by code, in both languages (a ReadinessView's `names`). */
export type DocumentNamesByCode = Readonly<Record<string, { nameId: string; nameEn: string }>>;

/**
 * A score as a bar (a native <meter>: the CSP forbids inline styles) and, in words, what made
 * it: each component's points and weight, the engine's reasons, and the missing documents by
 * their names in the reader's language (`documentNames`, by code).
 */
export async function ScoreBreakdown({
  breakdown,
  idPrefix,
  documentNames,
  isCompact = false,
}: {
  breakdown: Breakdown;
  idPrefix: string;
  documentNames: DocumentNamesByCode;
  isCompact?: boolean;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("matching"), getFormatter(), getLocale()]);
  const missing = breakdown.missingDocuments.map((code) => {
    const names = documentNames[code];
    return names ? (locale === "en" ? names.nameEn : names.nameId) : code;
  });
  const score = format.number(breakdown.score, { maximumFractionDigits: 1 });
  const reasonText = (key: string, params?: Record<string, string | number>) =>
    t.has(`reasons.${key}`) ? t(`reasons.${key}`, params) : key;
  return (
    <div className="space-y-2" data-testid="score-breakdown">
      <div className="flex items-center gap-3">
        <label htmlFor={`${idPrefix}-score`} className="text-sm font-medium">
          {t("score")}
        </label>
        <meter
          id={`${idPrefix}-score`}
          min={0}
          max={100}
          low={40}
          high={70}
          optimum={100}
          value={breakdown.score}
          className="h-3 w-40 max-w-full"
          aria-valuetext={t("scoreOf", { score })}
        >
          {t("scoreOf", { score })}
        </meter>
        <span className="text-lg font-semibold tabular-nums" data-testid="score-value">
          {score}
        </span>
      </div>
      {breakdown.reasons.length > 0 && (
        <ul aria-label={t("reasonsHeading")} className="flex flex-wrap gap-1.5" data-testid="score-reasons">
          {breakdown.reasons.map((r, i) => (
            <li key={`${r.key}-${i}`} className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-800">
              {reasonText(r.key, r.params)}
            </li>
          ))}
        </ul>
      )}
      {breakdown.missingDocuments.length > 0 && (
        <p className="text-sm font-medium text-amber-900" data-testid="score-missing">
          {t("missing", { documents: missing.join(", ") })}
        </p>
      )}
      {!isCompact && (
        <details className="text-sm">
          <summary className="cursor-pointer text-brand-700 underline">{t("breakdown")}</summary>
          <ul className="mt-2 space-y-1">
            {COMPONENTS.map((name) => {
              const c = breakdown.components[name];
              return (
                <li key={name} className="flex items-center gap-2">
                  <meter
                    min={0}
                    max={100}
                    value={c.weight > 0 ? c.points / c.weight : 0}
                    className="h-2 w-24"
                    aria-hidden="true"
                  />
                  <span>
                    {t("componentRow", {
                      label: t(`components.${name}`),
                      points: format.number(c.points, { maximumFractionDigits: 1 }),
                      weight: format.number(c.weight, { style: "percent" }),
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="mt-1 text-slate-600">{t("weightsVersion", { version: breakdown.weightsVersion })}</p>
        </details>
      )}
    </div>
  );
}
