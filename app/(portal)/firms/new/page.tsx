import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FirmForm } from "@/components/firms/firm-form";
import { requirePageRoles } from "@/lib/auth";
import { listRegencyOptions } from "@/lib/dal/reference-options";
import { saveFirmAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("firms"))("createTitle") };
}

export default async function NewFirmPage() {
  await requirePageRoles("/firms/new");
  const [regencies, t] = await Promise.all([listRegencyOptions(), getTranslations("firms")]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("createTitle")}</h1>
      <FirmForm action={saveFirmAction} initial={{}} regencies={regencies} />
    </section>
  );
}
