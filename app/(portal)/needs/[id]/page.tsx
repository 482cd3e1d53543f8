import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AttachmentUpload } from "@/components/needs/attachment-upload";
import { NeedStatusBadge } from "@/components/needs/need-status-badge";
import { TransitionForm } from "@/components/needs/transition-form";
import { hasRole, MATCH_APPROVERS } from "@/lib/access/roles";
import { requirePageRoles } from "@/lib/auth";
import { deleteAttachmentAction, transitionNeedAction, uploadAttachmentAction } from "../actions";
import { getNeed } from "@/lib/dal/needs/need-detail";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

export default async function NeedPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRoles("/needs/[id]");
  const { id } = await params;
  const need = await loadOr404(() => getNeed(user, id));
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const date = (iso: string) => format.dateTime(new Date(iso), "short");
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
    </article>
  );
}
