import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { DocumentNames, NeedReadiness } from "@/lib/dal/paperwork/paperwork-readiness";
import { ReadinessList } from "./readiness-list";
import { formatDate } from "@/lib/format/dates";

/** Display names of a readiness's documents in the viewer's language. */
export function localDocumentNames(documents: DocumentNames, locale: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(documents).map(([id, doc]) => [id, locale === "en" ? doc.nameEn : doc.nameId]),
  );
}

/**
 * For each need a UMKM is matched with (or introduced to): the need, its period and the
 * match's status, then which of its required documents are ready and which are missing.
 */
export async function ReadinessPanel({
  needs,
  documents,
  linkNeeds,
  emptyText,
}: {
  needs: NeedReadiness[];
  documents: DocumentNames;
  linkNeeds: boolean;
  emptyText: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("paperwork"), getLocale()]);
  const names = localDocumentNames(documents, locale);
  const date = (iso: string) => formatDate(iso);
  if (needs.length === 0) return <p className="text-slate-600">{emptyText}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="readiness-panel">
      {needs.map((need) => (
        <li
          key={need.matchId}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid={`readiness-${need.needId}`}
        >
          <h3 className="font-semibold">
            {linkNeeds ? (
              <Link href={`/needs/${need.needId}`} className="text-brand-700 underline">
                {need.needTitle}
              </Link>
            ) : (
              need.needTitle
            )}
          </h3>
          <p className="text-sm text-slate-600">
            {need.firmName} · {t("period", { start: date(need.periodStart), end: date(need.periodEnd) })} ·{" "}
            {t(`matchStatus.${need.matchStatus}`)}
          </p>
          <div className="mt-2">
            <ReadinessList readiness={need.readiness} documentNames={names} testId={`readiness-list-${need.needId}`} />
          </div>
        </li>
      ))}
    </ul>
  );
}
