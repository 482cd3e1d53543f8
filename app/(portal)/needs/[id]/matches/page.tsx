import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BulkDecisionForm } from "@/components/matches/bulk-decision-form";
import { CandidateFilters } from "@/components/matches/candidate-filters";
import { CandidateTable } from "@/components/matches/candidate-table";
import { OutcomeMessage } from "@/components/matches/outcome-message";
import { RunMatchingForm } from "@/components/matches/run-matching-form";
import { requirePageRoles } from "@/lib/auth";
import { listCandidateTable } from "@/lib/dal/matches/candidate-table";
import { CANDIDATE_PAGE_SIZE, parseCandidateFilter, type CandidateFilter } from "@/lib/validation/matches";
import { officerDecisionAction } from "../../../matches/actions";
import { bulkDecisionAction, runMatchingAction } from "./actions";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching"))("candidates.metaTitle") };
}

const CAPTION_ID = "candidates-caption";

/** The URL of a page of the table with the same filters and sort. */
function pageHref(path: string, filter: CandidateFilter, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, page: page > 1 ? String(page) : undefined })) {
    if (value !== undefined) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A need's UMKM candidates for PMPTSP as a compact table: filters, sort and page in the URL (a
 * GET form), reasons per row behind a disclosure, bulk shortlist/approve, run matching.
 */
export default async function NeedMatchesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRoles("/needs/[id]/matches");
  const { id } = await params;
  const { updated, ...query } = await searchParams;
  const parsed = parseCandidateFilter(query);
  const filter = parsed.ok ? parsed.filter : {};
  const [table, t, tc] = await Promise.all([
    loadOr404(() => listCandidateTable(user, id, filter)),
    getTranslations("matching"),
    getTranslations("candidates"),
  ]);
  const { need } = table;
  const path = `/needs/${need.id}/matches`;
  const updatedRow = table.rows.find((row) => row.match.id === updated);
  const from = (table.page - 1) * CANDIDATE_PAGE_SIZE + 1;
  const caption =
    table.matching === 0
      ? tc("captionEmpty", { total: table.total })
      : tc("caption", { from, to: from + table.rows.length - 1, matching: table.matching, total: table.total });
  return (
    <section className="space-y-4">
      <Link href={`/needs/${need.id}`} className="text-brand-700 underline">
        {t("candidates.backToNeed")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("candidates.title", { need: need.title })}</h1>
        <p className="text-slate-700">
          {need.firmName} ·{" "}
          <span data-testid="slots">{t("candidates.slots", { approved: need.approvedCount, slots: need.slots })}</span>
        </p>
      </header>
      <details className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="candidates-help">
        <summary className="cursor-pointer font-medium text-brand-700 underline">{tc("help.summary")}</summary>
        <div className="mt-2 space-y-1 text-slate-700">
          <p>{tc("help.ranking")}</p>
          <p>{tc("help.bulk")}</p>
          <p>{tc("help.text")}</p>
        </div>
      </details>
      <RunMatchingForm action={runMatchingAction} needId={need.id} />
      <OutcomeMessage
        testId="match-updated"
        text={
          updatedRow
            ? tc("updated", {
                name: updatedRow.match.umkm.businessName,
                status: t(`status.${updatedRow.match.status}`),
              })
            : null
        }
      />
      {!parsed.ok && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-red-900"
          data-testid="filter-invalid"
        >
          {tc("filters.invalid", { params: parsed.invalid.map((name) => tc(`filters.param.${name}`)).join(", ") })}
        </p>
      )}
      {table.total === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {t("candidates.empty")}
        </p>
      ) : (
        <>
          <CandidateFilters action={path} filter={filter} />
          <BulkDecisionForm action={bulkDecisionAction} needId={need.id} />
          <div className="md:overflow-x-auto">
            <CandidateTable
              rows={table.rows}
              caption={caption}
              captionId={CAPTION_ID}
              decisionAction={officerDecisionAction}
              returnTo={path}
            />
          </div>
          {table.pages > 1 && (
            <nav
              aria-label={tc("pagination.label")}
              className="flex flex-wrap items-center gap-4"
              data-testid="pagination"
            >
              {table.page > 1 && (
                <Link href={pageHref(path, filter, table.page - 1)} className="text-brand-700 underline" rel="prev">
                  {tc("pagination.previous")}
                </Link>
              )}
              <span aria-current="page">{tc("pagination.page", { page: table.page, pages: table.pages })}</span>
              {table.page < table.pages && (
                <Link href={pageHref(path, filter, table.page + 1)} className="text-brand-700 underline" rel="next">
                  {tc("pagination.next")}
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
