import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AttachmentUpload } from "@/components/needs/attachment-upload";
import { NeedStatusBadge } from "@/components/needs/need-status-badge";
import { TransitionForm } from "@/components/needs/transition-form";
import { NeedProgressPanel } from "@/components/needs/need-progress-panel";
import { NominateForm, type NominateChoices } from "@/components/nominations/nominate-form";
import { hasRole, MATCH_APPROVERS, NEED_PROGRESS_READERS } from "@/lib/access/roles";
import { requirePageRoles } from "@/lib/auth";
import { deleteAttachmentAction, transitionNeedAction, uploadAttachmentAction } from "../actions";
import { nominateUmkmAction } from "../../umkm/[id]/actions";
import { getNeed } from "@/lib/dal/needs/need-detail";
import { getNeedProgress } from "@/lib/dal/needs/need-progress";
import { listUmkm } from "@/lib/dal/umkm/umkm";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";
import { loadOr404 } from "@/lib/security/refusals";
import { formatDate } from "@/lib/format/dates";

type Search = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Diskop's search for an UMKM to nominate from a need's page (`?umkmQ=…&umkmKbli=…`): at most 10
 * registry rows, by words of the name or products, optionally within one of the need's KBLI codes.
 * Null before a search; "invalid" when the registry refuses the filter.
 */
async function nominationChoices(
  user: SessionUser,
  kbliCodes: string[],
  search: Search,
): Promise<{ id: string; label: string; disabled: boolean }[] | "invalid" | null> {
  const q = first(search.umkmQ).trim().slice(0, 100);
  if (!q) return null;
  const kbli = kbliCodes.find((code) => code === first(search.umkmKbli));
  try {
    const page = await listUmkm(user, { q, ...(kbli ? { kbli } : {}) }, null, 10);
    return page.items.map((u) => ({
      id: u.id,
      label: `${u.businessName} — ${u.district}, ${u.regency}`,
      disabled: u.isNominated,
    }));
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") return "invalid";
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

export default async function NeedPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const user = await requirePageRoles("/needs/[id]");
  const { id } = await params;
  const need = await loadOr404(() => getNeed(user, id));
  const isDiskop = user.role === "DISKOP_STAFF";
  const [t, format, locale, progress, search] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getLocale(),
    hasRole(user, NEED_PROGRESS_READERS) ? getNeedProgress(user, need.id) : null,
    searchParams,
  ]);
  const kbliCodes = need.kbli.map((k) => k.code);
  const found = isDiskop ? await nominationChoices(user, kbliCodes, search) : null;
  const choices: NominateChoices | null = Array.isArray(found)
    ? {
        legend: t("needProgress.choose"),
        options: found.map((o) => ({
          ...o,
          label: o.disabled ? `${o.label} (${t("needProgress.alreadyNominated")})` : o.label,
        })),
      }
    : null;
  const date = (iso: string) => formatDate(iso);
  const value = need.estimatedValueRp
    ? format.number(BigInt(need.estimatedValueRp), "rupiah")
    : user.role === "DISKOP_STAFF"
      ? t("needs.detailValueHidden")
      : t("needs.detailValueNone");
  const rows: [string, React.ReactNode][] = [
    [t("needs.colFirm"), need.firmName],
    [t("needs.detailKbli"), need.kbli.map((k) => `${k.code} ${k.title}`).join("; ")],
    [t("needs.colRegency"), need.deliveryRegency],
    [t("needs.detailQuantity"), `${format.number(Number(need.quantity))} ${need.unit}`],
    [t("needs.detailFrequency"), t(`needs.frequency_${need.frequency}`)],
    [t("needs.colValue"), value],
    [t("needs.detailPeriod"), `${date(need.periodStart)} – ${date(need.periodEnd)}`],
    [t("needs.colDeadline"), date(need.responseDeadline)],
    [t("needs.colSlots"), format.number(need.slots)],
    [t("needs.detailScale"), `${t(`scale.${need.minScale}`)} – ${t(`scale.${need.maxScale}`)}`],
    [
      t("needs.detailDocuments"),
      need.documents.length
        ? need.documents.map((d) => (locale === "en" ? d.nameEn : d.nameId)).join(", ")
        : t("needs.detailNoDocuments"),
    ],
  ];
  return (
    <article className="space-y-6">
      <Link href="/needs" className="text-brand-700 underline">
        {t("needs.backToList")}
      </Link>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{need.title}</h1>
        <NeedStatusBadge
          status={need.status}
          label={t(`status.need.${need.status}`)}
          pastDeadlineLabel={need.isPastDeadline ? t("needs.pastDeadline") : null}
        />
        {need.recordedOnBehalf && <p className="text-sm text-slate-700">{t("needs.recordedOnBehalf")}</p>}
        <p className="text-sm text-slate-600">{t("needs.detailVersion", { version: need.version })}</p>
        {need.canEdit && (
          <Link
            href={`/needs/${need.id}/edit`}
            className="inline-block rounded border border-brand-700 px-3 py-1 text-brand-700"
          >
            {t("needs.edit")}
          </Link>
        )}
        {hasRole(user, MATCH_APPROVERS) && (
          <Link
            href={`/needs/${need.id}/matches`}
            className="ml-2 inline-block rounded border border-brand-700 px-3 py-1 text-brand-700"
            data-testid="need-candidates-link"
          >
            {t("matching.candidates.fromNeed")}
          </Link>
        )}
      </header>
      {progress && (
        <NeedProgressPanel
          progress={progress}
          introductionsHref={user.role === "COMPANY_STAFF" ? "/introductions" : null}
        />
      )}
      <section aria-labelledby="spec-heading" className="space-y-2">
        <h2 id="spec-heading" className="text-lg font-semibold">
          {t("needs.detailSpec")}
        </h2>
        <p className="whitespace-pre-line">{need.description}</p>
        <dl
          className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[max-content_1fr]"
          data-testid="need-facts"
        >
          {rows.map(([label, content]) => [
            <dt key={`${label}-t`} className="font-medium text-slate-700">
              {label}
            </dt>,
            <dd key={`${label}-d`}>{content}</dd>,
          ])}
        </dl>
      </section>
      <section aria-labelledby="attachments-heading" className="space-y-2">
        <h2 id="attachments-heading" className="text-lg font-semibold">
          {t("needs.attachments")}
        </h2>
        {need.attachments.length === 0 ? (
          <p>{t("needs.attachmentsNone")}</p>
        ) : (
          <ul className="space-y-1" data-testid="attachments">
            {need.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3">
                <a href={`/api/needs/${need.id}/attachments/${a.id}`} className="text-brand-700 underline">
                  {a.fileName}
                </a>
                <span className="text-sm text-slate-600">
                  {format.number(a.sizeBytes / 1024, { maximumFractionDigits: 0 })} KB
                </span>
                {need.canEdit && (
                  <form action={deleteAttachmentAction}>
                    <input type="hidden" name="needId" value={need.id} />
                    <input type="hidden" name="attachmentId" value={a.id} />
                    <button type="submit" className="text-sm text-red-800 underline">
                      {t("needs.attachmentDelete", { name: a.fileName })}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {need.canEdit && <AttachmentUpload action={uploadAttachmentAction} needId={need.id} />}
      </section>
      {need.allowedTransitions.length > 0 && (
        <section
          aria-labelledby="transitions-heading"
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="transitions-heading" className="text-lg font-semibold">
            {t("needs.transitions")}
          </h2>
          <TransitionForm
            action={transitionNeedAction}
            needId={need.id}
            version={need.version}
            transitions={need.allowedTransitions}
          />
        </section>
      )}
      {isDiskop && (
        <section
          aria-labelledby="nominate-heading"
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          data-testid="need-nominate"
        >
          <h2 id="nominate-heading" className="text-lg font-semibold">
            {t("needProgress.nominateHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("needProgress.nominateIntro")}</p>
          <form method="get" className="flex flex-wrap items-end gap-3" role="search">
            <div className="min-w-0 flex-1">
              <label htmlFor="umkmQ" className="block text-sm font-medium">
                {t("needProgress.searchLabel")}
              </label>
              <input
                id="umkmQ"
                name="umkmQ"
                type="search"
                maxLength={100}
                defaultValue={first(search.umkmQ)}
                className="w-full rounded border border-slate-400 px-3 py-2"
              />
            </div>
            <div>
              <label htmlFor="umkmKbli" className="block text-sm font-medium">
                {t("needProgress.kbliLabel")}
              </label>
              <select
                id="umkmKbli"
                name="umkmKbli"
                defaultValue={first(search.umkmKbli)}
                className="rounded border border-slate-400 px-3 py-2"
              >
                <option value="">{t("needProgress.kbliAll")}</option>
                {need.kbli.map((k) => (
                  <option key={k.code} value={k.code}>
                    {k.code} {k.title}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-700">
              {t("needProgress.searchButton")}
            </button>
          </form>
          {found !== null && (
            <p role="status" className="text-sm text-slate-700" data-testid="nominate-results">
              {found === "invalid"
                ? t("needProgress.searchInvalid")
                : t("needProgress.results", { count: found.length })}
            </p>
          )}
          {choices && choices.options.length > 0 && (
            <NominateForm
              action={nominateUmkmAction}
              choices={choices}
              defaultTargetKbli={kbliCodes.slice(0, 5).join(", ")}
            />
          )}
        </section>
      )}
    </article>
  );
}
