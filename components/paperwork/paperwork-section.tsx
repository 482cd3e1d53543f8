import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { PaperworkHistoryEntry, PaperworkRow } from "@/lib/dal/paperwork/paperwork";
import { splitByRelevance } from "@/lib/domain/document-relevance";
import { paperworkChoicesFor } from "@/lib/domain/paperwork-lifecycle";
import type { ActionState } from "@/lib/forms/action-state";
import { LazyDetails } from "./lazy-details";
import { PaperworkHistoryList } from "./paperwork-history";
import { PaperworkItemForm } from "./paperwork-item-form";
import { PaperworkStatusBadge } from "./paperwork-status-badge";
import { formatDate } from "@/lib/format/dates";

/** The localised name of a document type. */
export const documentName = (type: { nameId: string; nameEn: string }, locale: string) =>
  locale === "en" ? type.nameEn : type.nameId;

/**
 * A UMKM's paperwork on its page (offices): the document types relevant to its KBLI codes (and
 * any already started) with the UMKM's status, number, dates, assisting officer and scan, and one
 * form per document (folded) to record progress; the other document types behind a "Dokumen
 * lain" disclosure; then the change history.
 */
export async function PaperworkSection({
  umkmId,
  rows,
  history,
  officers,
  action,
  savedId,
  kbliCodes,
}: {
  umkmId: string;
  kbliCodes: readonly string[];
  rows: PaperworkRow[];
  history: PaperworkHistoryEntry[];
  officers: { id: string; name: string }[];
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  savedId: string | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("paperwork"), getLocale()]);
  const date = (iso: string | null) => (iso ? formatDate(iso) : "—");
  const saved = rows.find((row) => row.documentType.id === savedId);
  const { relevant, other } = splitByRelevance(
    rows,
    kbliCodes,
    (row) => (row.item?.status ?? "NOT_STARTED") !== "NOT_STARTED",
  );
  const table = (list: PaperworkRow[], caption: string, testId: string) => (
    <DataTable
      caption={caption}
      testId={testId}
      headers={[
        t("colDocument"),
        t("colStatus"),
        t("colNumber"),
        t("colIssuedOn"),
        t("colExpiresOn"),
        t("colOfficer"),
        t("colScan"),
      ]}
      empty={t("empty")}
      rows={list.map(({ documentType, item }) => ({
        key: documentType.id,
        cells: [
          <span key="name" data-code={documentType.code}>
            {documentName(documentType, locale)}
          </span>,
          <PaperworkStatusBadge key="status" status={item?.status ?? "NOT_STARTED"} />,
          item?.number ?? "—",
          item && item.source !== "PAPERWORK" && item.issuedOn
            ? t("recordedFrom", { date: date(item.issuedOn), source: item.source })
            : date(item?.issuedOn ?? null),
          date(item?.expiresOn ?? null),
          item?.assistingOfficerName ?? "—",
          item?.scanFileName ? (
            <a key="scan" href={`/api/paperwork/${item.id}/scan`} className="text-brand-700 underline">
              {t("downloadScan")}
            </a>
          ) : (
            "—"
          ),
        ],
      }))}
    />
  );
  const forms = (list: PaperworkRow[]) => (
    <div className="space-y-2">
      {list.map(({ documentType, item }) => {
        const name = documentName(documentType, locale);
        return (
          <LazyDetails
            key={`${documentType.id}:${item?.version ?? 0}`}
            summary={t("update", { name })}
            testId={`paperwork-edit-${documentType.code}`}
          >
            <PaperworkItemForm
              action={action}
              umkmId={umkmId}
              documentType={{
                id: documentType.id,
                code: documentType.code,
                name,
                expires: documentType.expires,
                validityMonths: documentType.validityMonths,
                numberPattern: documentType.numberPattern,
              }}
              item={item}
              choices={paperworkChoicesFor(item?.status ?? "NOT_STARTED")}
              officers={officers}
            />
          </LazyDetails>
        );
      })}
    </div>
  );
  return (
    <section aria-labelledby="paperwork-heading" className="space-y-4" id="paperwork">
      <h2 id="paperwork-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-green-800" data-testid="paperwork-saved">
        {saved ? t("saved", { name: documentName(saved.documentType, locale) }) : null}
      </p>
      {table(relevant, t("tableCaption"), "paperwork-table")}
      <h3 className="text-lg font-semibold">{t("updateTitle")}</h3>
      {forms(relevant)}
      {other.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-3" data-testid="other-documents">
          <summary className="cursor-pointer font-semibold">{t("otherDocuments", { count: other.length })}</summary>
          <div className="mt-3 space-y-4">
            <p className="text-sm text-slate-700">{t("otherDocumentsHint")}</p>
            {table(other, t("otherDocumentsCaption"), "other-documents-table")}
            {forms(other)}
          </div>
        </details>
      )}
      <h3 className="text-lg font-semibold">{t("historyTitle")}</h3>
      <PaperworkHistoryList
        entries={history}
        names={Object.fromEntries(rows.map((r) => [r.documentType.code, documentName(r.documentType, locale)]))}
      />
    </section>
  );
}
