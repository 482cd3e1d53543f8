import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseCloseForm, CaseReassignForm, CaseStepForm } from "@/components/cases/case-forms";
import { requirePageRoles } from "@/lib/auth";
import { getCase, listCaseAssignees } from "@/lib/dal/paperwork/assistance-cases";
import { isCaseActive } from "@/lib/domain/case-lifecycle";
import { addCaseStepAction, closeCaseAction, reassignCaseAction } from "./actions";
import { loadOr404 } from "@/lib/security/refusals";
import { formatDate, formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("detailTitle") };
}

/** One assistance case: what it is for, its steps, and (while active) record, reassign, resolve or cancel. */
export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const user = await requirePageRoles("/cases/[id]");
  const { id } = await params;
  const { done } = await searchParams;
  const [[item, assignees], t, tr, locale] = await Promise.all([
    loadOr404(() => Promise.all([getCase(user, id), listCaseAssignees(user)])),
    getTranslations("cases"),
    getTranslations("roles"),
    getLocale(),
  ]);
  const date = (iso: string | null) => (iso ? formatDate(iso) : t("none"));
  const documentName = locale === "en" ? item.documentNameEn : item.documentNameId;
  const rows: [string, React.ReactNode][] = [
    [t("colStatus"), t(`status.${item.status}`)],
    [
      t("colUmkm"),
      <Link key="umkm" href={`/umkm/${item.umkmId}`} className="text-brand-700 underline">
        {item.businessName}
      </Link>,
    ],
    [t("fieldDocument"), documentName],
    [
      t("colNeed"),
      item.needId ? (
        <Link key="need" href={`/needs/${item.needId}`} className="text-brand-700 underline">
          {item.needTitle}
        </Link>
      ) : (
        t("none")
      ),
    ],
    [t("colAssignee"), item.assigneeName ?? t("nobody")],
    [
      t("colDue"),
      <span key="due" className={item.isOverdue ? "font-semibold text-red-800" : undefined}>
        {date(item.dueDate)}
        {item.isOverdue ? ` · ${t("overdue")}` : ""}
      </span>,
    ],
    [t("openedBy"), `${item.openedByName ?? t("none")} · ${formatDate(item.createdAt)}`],
    // A case resolved by its document being issued (trigger paperwork_item_issued) has no typed outcome.
    [t("fieldOutcome"), item.outcome ?? (item.status === "RESOLVED" ? t("outcomeDocumentIssued") : t("none"))],
  ];
  const isActive = isCaseActive(item.status);
  return (
    <section className="space-y-5">
      <Link href="/cases" className="text-brand-700 underline">
        {t("queueTitle")}
      </Link>
      <h1 className="text-2xl font-semibold">
        {t("detailHeading", { document: documentName, umkm: item.businessName })}
      </h1>
      <p role="status" aria-live="polite" className="min-h-6 font-medium text-green-800" data-testid="case-done">
        {done && ["step", "reassign", "resolve", "cancel"].includes(done) ? t(`done.${done}`) : null}
      </p>
      <dl
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
        data-testid="case-details"
      >
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-medium text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="text-xl font-semibold">{t("steps")}</h2>
      {item.steps.length === 0 ? (
        <p className="text-slate-600">{t("noSteps")}</p>
      ) : (
        <ol className="space-y-2" data-testid="case-steps">
          {item.steps.map((step) => (
            <li key={step.id} className="rounded border border-slate-200 bg-white p-3 text-sm">
              <p className="text-slate-600">
                {step.authorName ?? t("none")} · {formatDateTime(step.createdAt, locale)}
              </p>
              <p className="mt-1 whitespace-pre-line">{step.note}</p>
            </li>
          ))}
        </ol>
      )}
      {isActive && (
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <CaseStepForm
              key={`step-${item.version}`}
              action={addCaseStepAction}
              caseId={item.id}
              version={item.version}
            />
          </div>
          <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
            <CaseReassignForm
              key={`reassign-${item.version}`}
              action={reassignCaseAction}
              caseId={item.id}
              version={item.version}
              assigneeId={item.assigneeId}
              dueDate={item.dueDate}
              assignees={assignees.map((a) => ({ id: a.id, label: `${a.name} · ${tr(a.role)}` }))}
            />
            <CaseCloseForm
              key={`close-${item.version}`}
              action={closeCaseAction}
              caseId={item.id}
              version={item.version}
            />
          </div>
        </div>
      )}
      <h2 className="text-xl font-semibold">{t("history")}</h2>
      <ol className="space-y-1 text-sm" data-testid="case-history">
        {item.history.map((h) => (
          <li key={h.id}>
            {formatDateTime(h.createdAt, locale)} · {h.actorName ?? t("none")} ·{" "}
            {t(`action.${h.action.replace("case.", "")}`)}
            {h.fromStatus && h.toStatus && h.fromStatus !== h.toStatus
              ? ` (${t(`status.${h.fromStatus}`)} → ${t(`status.${h.toStatus}`)})`
              : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
