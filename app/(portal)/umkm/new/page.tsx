import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UmkmForm } from "@/components/umkm/umkm-form";
import { requirePageRoles } from "@/lib/auth";
import { listKbliOptions } from "@/lib/dal/reference-options";
import { regionOptions } from "@/components/umkm/region-options";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { saveUmkmAction } from "../[id]/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkmForm"))("titleNew") };
}

export default async function NewUmkmPage() {
  await requirePageRoles("/umkm/new");
  const [reference, kbliOptions, t] = await Promise.all([
    getRegionReference(),
    listKbliOptions(),
    getTranslations("umkmForm"),
  ]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("titleNew")}</h1>
      <UmkmForm
        action={saveUmkmAction}
        initial={{ capacity: "1", isActive: "true" }}
        regions={regionOptions(reference)}
        kbliOptions={kbliOptions}
      />
    </section>
  );
}
