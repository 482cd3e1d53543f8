import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseTable } from "@/components/cases/case-table";
import { LazyDetails } from "@/components/paperwork/lazy-details";
import { OpenCaseForm } from "@/components/paperwork/open-case-form";
import { documentName, PaperworkSection } from "@/components/paperwork/paperwork-section";
import { ReadinessPanel } from "@/components/paperwork/readiness-panel";
import { CASE_ASSIGNEES, hasRole } from "@/lib/access/roles";
import { listUmkmCases } from "@/lib/dal/paperwork/assistance-cases";
import { listAssistingOfficers, listPaperworkHistory, listUmkmPaperwork } from "@/lib/dal/paperwork/paperwork";
import { getUmkmMatchReadiness } from "@/lib/dal/paperwork/paperwork-readiness";
import type { SessionUser } from "@/lib/session-user";
import { openCaseAction, savePaperworkAction } from "./paperwork-actions";

/**
 * The paperwork part of the UMKM page (offices): readiness for each matched need, the
 * documents with their progress forms and history, and the UMKM's assistance cases with the
 * form that opens one.
 */
export async function PaperworkArea({
  user,
  umkmId,
  savedId,
  openedCaseId,
  kbliCodes,
}: {
  user: SessionUser;
  umkmId: string;
  kbliCodes: readonly string[];
  savedId: string | null;
  openedCaseId: string | null;
}) {
  const [rows, history, officers, readiness, cases, t, locale] = await Promise.all([
    listUmkmPaperwork(user, umkmId),
    listPaperworkHistory(user, umkmId),
    listAssistingOfficers(user),
    getUmkmMatchReadiness(user, umkmId),
    listUmkmCases(user, umkmId),
    getTranslations(),
    getLocale(),
  ]);
  // Cases go to PMPTSP officers and Diskop staff (the same people as the assisting officers, without ADMIN).
  const assignees = officers.filter((person) => hasRole(person, CASE_ASSIGNEES));
  const firstMissing = readiness.needs
    .flatMap((n) => n.readiness.items)
    .find((item) => item.state === "MISSING")?.documentTypeId;
  const opened = openedCaseId ? cases.find((c) => c.id === openedCaseId) : undefined;
  return (
    <>
      <section aria-labelledby="readiness-heading" className="space-y-3">
        <h2 id="readiness-heading" className="text-xl font-semibold">
          {t("paperwork.readinessTitle")}
        </h2>
        <ReadinessPanel
          needs={readiness.needs}
          documents={readiness.documents}
          linkNeeds
          emptyText={t("paperwork.readinessEmpty")}
        />
      </section>
      <PaperworkSection
        umkmId={umkmId}
        kbliCodes={kbliCodes}
        rows={rows}
        history={history}
        officers={officers}
        action={savePaperworkAction}
        savedId={savedId}
      />
      <section aria-labelledby="cases-heading" className="space-y-3" id="cases">
        <h2 id="cases-heading" className="text-xl font-semibold">
          {t("cases.umkmTitle")}
        </h2>
        <p role="status" aria-live="polite" className="min-h-6 font-medium text-green-800" data-testid="case-opened">
          {opened ? (
            <>
              {t("cases.opened")}{" "}
              <Link href={`/cases/${opened.id}`} className="underline">
                {t("cases.openCase")}
              </Link>
            </>
          ) : null}
        </p>
        <CaseTable cases={cases} showUmkm={false} testId="umkm-cases" />
        <LazyDetails summary={t("cases.openTitle")} testId="open-case">
          <OpenCaseForm
            action={openCaseAction}
            umkmId={umkmId}
            defaultDocumentId={firstMissing}
            documents={rows.map((row) => ({ id: row.documentType.id, label: documentName(row.documentType, locale) }))}
            needs={readiness.needs.map((n) => ({ id: n.needId, label: `${n.needTitle} (${n.firmName})` }))}
            assignees={assignees.map((a) => ({ id: a.id, label: `${a.name} · ${t(`roles.${a.role}`)}` }))}
          />
        </LazyDetails>
      </section>
    </>
  );
}
