import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NominationTable } from "@/components/nominations/nomination-table";
import { OwnerUmkmForm } from "@/components/umkm/owner-umkm-form";
import { UmkmProfileDetails } from "@/components/umkm/umkm-profile-details";
import { requirePageRoles } from "@/lib/auth";
import { listNominations } from "@/lib/dal/umkm/nominations";
import { saveOwnUmkmAction } from "./actions";
import { getUmkmProfile } from "@/lib/dal/umkm/umkm-profile";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkmForm"))("titleMine") };
}

/** The UMKM owner's own profile: read everything, change contact and products; nominations read-only. */
export default async function MyBusinessPage() {
  const user = await requirePageRoles("/my-business");
  const t = await getTranslations();
  const { umkmId } = user;
  if (!umkmId) return <p>{t("umkmForm.noUmkm")}</p>;
  const [profile, nominations] = await Promise.all([
    loadOr404(() => getUmkmProfile(user, umkmId)),
    listNominations(user),
  ]);
  const initial = {
    phone: profile.phone ?? "",
    email: profile.email ?? "",
    address: profile.address ?? "",
    productsText: profile.productsText,
  };
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">
        {t("umkmForm.titleMine")}: {profile.businessName}
      </h1>
      <UmkmProfileDetails profile={profile} />
      <OwnerUmkmForm action={saveOwnUmkmAction} initial={initial} umkmId={profile.id} version={profile.version} />
      <h2 className="text-xl font-semibold">{t("nominations.title")}</h2>
      <NominationTable items={nominations} linkToDetail={false} />
    </section>
  );
}
