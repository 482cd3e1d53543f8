import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NominateForm } from "@/components/nominations/nominate-form";
import { NominationTable } from "@/components/nominations/nomination-table";
import { UmkmProfileDetails } from "@/components/umkm/umkm-profile-details";
import { requirePageRoles } from "@/lib/auth";
import { listNominations } from "@/lib/dal/umkm/nominations";
import { nominateUmkmAction } from "./actions";
import { PaperworkArea } from "./paperwork-area";
import { getUmkmProfile } from "@/lib/dal/umkm/umkm-profile";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkm"))("title") };
}

export default async function UmkmProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; caseOpened?: string }>;
}) {
  const user = await requirePageRoles("/umkm/[id]");
  const { id } = await params;
  const { saved, caseOpened } = await searchParams;
  const profile = await loadOr404(() => getUmkmProfile(user, id));
  const [nominations, t] = await Promise.all([listNominations(user, { umkmId: id }), getTranslations()]);
  const hasOpenNomination = nominations.some((n) => n.status === "PROPOSED");
  return (
    <section className="space-y-6">
      <Link href="/umkm" className="text-brand-700 underline">
        {t("umkmForm.backToRegistry")}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{profile.businessName}</h1>
        <Link
          href={`/umkm/${id}/edit`}
          className="rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100"
        >
          {t("umkmForm.edit")}
        </Link>
      </div>
      <UmkmProfileDetails profile={profile} />
      <h2 className="text-xl font-semibold">{t("nominations.title")}</h2>
      <NominationTable items={nominations} linkToDetail />
      {user.role === "DISKOP_STAFF" && !hasOpenNomination && <NominateForm action={nominateUmkmAction} umkmId={id} />}
      <PaperworkArea
        user={user}
        umkmId={id}
        kbliCodes={profile.kbliCodes}
        savedId={typeof saved === "string" ? saved : null}
        openedCaseId={typeof caseOpened === "string" ? caseOpened : null}
      />
    </section>
  );
}
