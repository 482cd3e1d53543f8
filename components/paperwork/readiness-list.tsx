import { useTranslations } from "next-intl";
import type { Readiness, ReadinessState } from "@/lib/domain/readiness";
import { formatDate } from "@/lib/format/dates";

const TONE: Record<ReadinessState, string> = {
  READY: "border-green-700 text-green-900",
  EXPIRES_DURING: "border-amber-600 text-amber-900",
  IN_PROGRESS: "border-blue-700 text-blue-900",
  EXPIRED: "border-red-700 text-red-900",
  MISSING: "border-red-700 text-red-900",
};

const MARK: Record<ReadinessState, string> = {
  READY: "✓",
  EXPIRES_DURING: "!",
  IN_PROGRESS: "…",
  EXPIRED: "✗",
  MISSING: "✗",
};

/**
 * One need's paperwork readiness for one UMKM, in words ("Belum ada: SLHS"), for the UMKM
 * page, the owner's checklist and the match screens. Takes the plain result of
 * computeReadiness (lib/domain/readiness.ts) and the documents' display names by document
 * type id (the code is shown when a name is missing). No hooks but next-intl's, so it renders
 * in server and client components alike.
 */
export function ReadinessList({
  readiness,
  documentNames,
  testId,
}: {
  readiness: Readiness;
  documentNames: Readonly<Record<string, string>>;
  testId?: string;
}) {
  const t = useTranslations("paperwork.readiness");
  const summary =
    readiness.requiredCount === 0
      ? t("noneRequired")
      : readiness.isComplete
        ? t("complete", { count: readiness.requiredCount })
        : t("partial", { ready: readiness.readyCount, required: readiness.requiredCount });
  return (
    <div data-testid={testId} data-complete={readiness.isComplete ? "true" : "false"}>
      <p className={`font-semibold ${readiness.isComplete ? "text-green-800" : "text-amber-900"}`}>{summary}</p>
      {readiness.items.length > 0 && (
        <ul className="mt-2 space-y-1">
          {readiness.items.map((item) => {
            const name = documentNames[item.documentTypeId] ?? item.code;
            const date = item.expiresOn ? formatDate(item.expiresOn) : "";
            return (
              <li key={item.documentTypeId} className={`border-l-4 pl-2 ${TONE[item.state]}`} data-state={item.state}>
                <span aria-hidden="true" className="mr-1 font-bold">
                  {MARK[item.state]}
                </span>
                {t(`state.${item.state}`, { name, date })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
