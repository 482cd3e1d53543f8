import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OwnerDocumentList } from "@/components/paperwork/owner-checklist";
import { ReadinessPanel } from "@/components/paperwork/readiness-panel";
import { requirePageRoles } from "@/lib/auth";
import { getOwnerChecklist } from "@/lib/dal/paperwork/paperwork-readiness";
import { getUmkmProfile } from "@/lib/dal/umkm/umkm-profile";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paperwork"))("checklistTitle") };
}

/** The UMKM owner's checklist: what each introduction still needs, and every document with how to get it. */
export default async function OwnerPaperworkPage() {
  const user = await requirePageRoles("/my-business/paperwork");
  const t = await getTranslations("paperwork");
  if (!user.umkmId) return <p>{t("noUmkm")}</p>;
  const umkmId = user.umkmId;
  const [checklist, profile] = await Promise.all([
    getOwnerChecklist(user),
    loadOr404(() => getUmkmProfile(user, umkmId)),
  ]);
  const neededIds = new Set(
    checklist.needs.flatMap((n) => n.readiness.items.filter((i) => i.state !== "READY").map((i) => i.documentTypeId)),
  );
  return (
    <section className="space-y-5">
      <Link href="/my-business" className="text-brand-700 underline">
        {t("backToBusiness")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("checklistTitle")}</h1>
      <p className="text-slate-700">{t("checklistIntro")}</p>
      <h2 className="text-xl font-semibold">{t("introductionsTitle")}</h2>
      <ReadinessPanel
        needs={checklist.needs}
        documents={checklist.documents}
        linkNeeds={false}
        emptyText={t("introductionsEmpty")}
      />
      <h2 className="text-xl font-semibold">{t("myDocumentsTitle")}</h2>
      <OwnerDocumentList rows={checklist.items} neededIds={neededIds} kbliCodes={profile.kbliCodes} />
      <p className="text-sm text-slate-600">{t("helpNote")}</p>
    </section>
  );
}
