import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NeedForm } from "@/components/needs/need-form";
import { requirePageRoles } from "@/lib/auth";
import { saveNeedAction } from "../actions";
import { needFormOptions } from "../need-form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needForm"))("createTitle") };
}

export default async function NewNeedPage({ searchParams }: { searchParams: Promise<{ firm?: string }> }) {
  const user = await requirePageRoles("/needs/new");
  const [{ firm }, options, t] = await Promise.all([
    searchParams,
    needFormOptions(user, true),
    getTranslations("needForm"),
  ]);
  const initial = {
    companyId: firm ?? "",
    slots: "1",
    minScale: "MIKRO",
    maxScale: "MENENGAH",
    documentCodes: ["NIB"],
  };
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("createTitle")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <NeedForm action={saveNeedAction} initial={initial} {...options} cancelHref="/needs" />
    </section>
  );
}
