import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm, type AuditFilterErrors } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { auditFiltersSchema, auditQuery, firstValues } from "@/lib/audit/filters";
import { requirePageRoles } from "@/lib/auth";
import { listAuditEvents } from "@/lib/dal/audit";
import actionCatalogue from "@/lib/i18n/messages/id/audit.json";
import { pageOrFirst } from "@/lib/pagination/cursor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

// Action codes the catalogue translates, offered as suggestions in the action filter.
const KNOWN_ACTIONS = Object.entries(actionCatalogue.actions).flatMap(([group, actions]) =>
  Object.keys(actions).map((name) => `${group}.${name}`),
);

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageRoles("/audit");
  const params = firstValues(await searchParams);
  const t = await getTranslations("audit");
  const parsed = auditFiltersSchema.safeParse(params);
  const errors: AuditFilterErrors = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] as keyof AuditFilterErrors;
    errors[field] ??=
      issue.message === "dateRange"
        ? t("dateRange")
        : issue.message === "textCharacter"
          ? t("textCharacter")
          : t("dateInvalid");
  }
  // A cursor this log did not make (stale, edited): the first page, and a notice.
  const loaded = parsed.success
    ? await pageOrFirst(params.cursor, (cursor) => listAuditEvents(user, parsed.data, cursor))
    : null;
  const page = loaded?.page ?? null;
  const pageError = loaded?.isCursorInvalid ? t("cursorInvalid") : null;
  const cursor = loaded?.isCursorInvalid ? undefined : params.cursor;
  const filters = parsed.success ? parsed.data : {};
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("intro")}</p>
      <AuditFilterForm values={params} errors={errors} knownActions={KNOWN_ACTIONS} />
      {pageError && (
        <p role="alert" className="text-red-800">
          {pageError}{" "}
          <a className="underline" href={`/audit${auditQuery(filters)}`}>
            {t("first")}
          </a>
        </p>
      )}
      {page && <AuditTable rows={page.rows} />}
      {page && (page.nextCursor || cursor) && (
        <nav aria-label={t("pagination")} className="flex gap-4">
          {cursor && (
            <a className="underline" href={`/audit${auditQuery(filters)}`}>
              {t("first")}
            </a>
          )}
          {page.nextCursor && (
            <a className="underline" href={`/audit${auditQuery(filters, page.nextCursor)}`}>
              {t("next")}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
