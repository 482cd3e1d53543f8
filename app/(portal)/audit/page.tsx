import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm, type AuditFilterErrors } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { auditFiltersSchema, auditQuery, firstValues } from "@/lib/audit/filters";
import { requirePageRoles } from "@/lib/auth";
import { listAuditEvents, type AuditPage } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import actionCatalogue from "@/lib/i18n/messages/id/audit.json";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

// Action codes the catalogue translates, offered as suggestions in the action filter.
const KNOWN_ACTIONS = Object.entries(actionCatalogue.actions).flatMap(([group, actions]) => Object.keys(actions).map((name) => `${group}.${name}`));

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRoles("/audit");
  const params = firstValues(await searchParams);
  const t = await getTranslations("audit");
  const parsed = auditFiltersSchema.safeParse(params);
  const errors: AuditFilterErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as keyof AuditFilterErrors;
    errors[field] ??= issue.message === "dateRange" ? t("dateRange") : t("dateInvalid");
  }
  let page: AuditPage | null = null;
  let pageError: string | null = null;
  if (parsed.success) {
    try {
      page = await listAuditEvents(user, parsed.data, params.cursor);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "INVALID_INPUT")) throw error;
      pageError = t("cursorInvalid");
    }
  }
  const filters = parsed.success ? parsed.data : {};
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("intro")}</p>
      <AuditFilterForm values={params} errors={errors} knownActions={KNOWN_ACTIONS} />
      {pageError && <p role="alert" className="text-red-800">{pageError} <a className="underline" href={`/audit${auditQuery(filters)}`}>{t("first")}</a></p>}
      {page && <AuditTable rows={page.rows} />}
      {page && (page.nextCursor || params.cursor) && (
        <nav aria-label={t("pagination")} className="flex gap-4">
          {params.cursor && <a className="underline" href={`/audit${auditQuery(filters)}`}>{t("first")}</a>}
          {page.nextCursor && <a className="underline" href={`/audit${auditQuery(filters, page.nextCursor)}`}>{t("next")}</a>}
        </nav>
      )}
    </section>
  );
}
