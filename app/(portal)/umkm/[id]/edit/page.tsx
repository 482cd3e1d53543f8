import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UmkmForm } from "@/components/umkm/umkm-form";
import { requirePageRoles } from "@/lib/auth";
import { listKbliOptions } from "@/lib/dal/reference-options";
import { regionOptions } from "@/components/umkm/region-options";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { profileFormValues } from "../../load-profile";
import { saveUmkmAction } from "../actions";
import { getUmkmProfile } from "@/lib/dal/umkm/umkm-profile";
import { loadOr404 } from "@/lib/security/refusals";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkmForm"))("titleEdit") };
}

export default async function EditUmkmPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRoles("/umkm/[id]/edit");
  const { id } = await params;
  const [profile, reference, kbliOptions, t] = await Promise.all([
    loadOr404(() => getUmkmProfile(user, id)),
    getRegionReference(),
    listKbliOptions(),
    getTranslations("umkmForm"),
  ]);
  const initial = profileFormValues(profile);
  return (
    <section className="space-y-4">
      <Link href={`/umkm/${id}`} className="text-brand-700 underline">
        {t("profileOf", { name: profile.businessName })}
      </Link>
      <h1 className="text-2xl font-semibold">{t("titleEdit")}</h1>
      <UmkmForm
        action={saveUmkmAction}
        initial={initial}
        regions={regionOptions(reference, initial.regencyCode)}
        kbliOptions={kbliOptions}
        umkmId={id}
        version={profile.version}
      />
    </section>
  );
}
