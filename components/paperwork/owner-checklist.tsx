import { getLocale, getTranslations } from "next-intl/server";
import type { PaperworkRow } from "@/lib/dal/paperwork/paperwork";
import { splitByRelevance } from "@/lib/domain/document-relevance";
import { documentName } from "./paperwork-section";
import { PaperworkStatusBadge } from "./paperwork-status-badge";
import { formatDate } from "@/lib/format/dates";

/**
 * The owner's own documents, each with its status and, while it is not issued, the
 * plain-language steps to obtain it (in the owner's language); documents the introductions
 * need come first. Documents the business's KBLI codes do not call for (and that are neither
 * started nor needed by an introduction) are behind a "Dokumen lain" disclosure.
 */
export async function OwnerDocumentList({
  rows,
  neededIds,
  kbliCodes,
}: {
  rows: PaperworkRow[];
  neededIds: ReadonlySet<string>;
  kbliCodes: readonly string[];
}) {
  const [t, locale] = await Promise.all([getTranslations("paperwork"), getLocale()]);
  const date = (iso: string) => formatDate(iso);
  const ordered = [...rows].sort(
    (a, b) => Number(neededIds.has(b.documentType.id)) - Number(neededIds.has(a.documentType.id)),
  );
  const { relevant, other } = splitByRelevance(
    ordered,
    kbliCodes,
    (row) => neededIds.has(row.documentType.id) || (row.item?.status ?? "NOT_STARTED") !== "NOT_STARTED",
  );
  const list = (items: PaperworkRow[], testId: string) => (
    <ul className="space-y-3" data-testid={testId}>
      {items.map(({ documentType, item }) => {
        const status = item?.status ?? "NOT_STARTED";
        const steps = (locale === "en" ? documentType.stepsEn : documentType.stepsId)
          .split("\n")
          .map((line) => line.replace(/^\d+\.\s*/, ""))
          .filter(Boolean);
        return (
          <li
            key={documentType.id}
            className="rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`owner-document-${documentType.code}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold">{documentName(documentType, locale)}</h3>
              <PaperworkStatusBadge status={status} />
              {neededIds.has(documentType.id) && (
                <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                  {t("neededForIntroduction")}
                </span>
              )}
            </div>
            <p className="text-sm text-slate-600">{t("issuedBy", { issuer: documentType.issuer })}</p>
            {item?.number && (
              <p className="text-sm">
                {t("ownerNumber", { number: item.number })}
                {item.expiresOn ? ` · ${t("validUntil", { date: date(item.expiresOn) })}` : ""}
              </p>
            )}
            {item?.notes && <p className="text-sm text-slate-700">{item.notes}</p>}
            {item?.scanFileName && (
              <a href={`/api/paperwork/${item.id}/scan`} className="text-sm text-brand-700 underline">
                {t("downloadScan")}
              </a>
            )}
            {status !== "ISSUED" && steps.length > 0 && (
              <details className="mt-2">
                <summary className="cursor-pointer font-medium text-brand-700">{t("howToGet")}</summary>
                <ol className="mt-2 list-decimal space-y-1 pl-6">
                  {steps.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ol>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
  return (
    <>
      {list(relevant, "owner-documents")}
      {other.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-3" data-testid="owner-other-documents">
          <summary className="cursor-pointer font-semibold">{t("otherDocuments", { count: other.length })}</summary>
          <div className="mt-3 space-y-3">
            <p className="text-sm text-slate-700">{t("otherDocumentsHint")}</p>
            {list(other, "owner-other-documents-list")}
          </div>
        </details>
      )}
    </>
  );
}
