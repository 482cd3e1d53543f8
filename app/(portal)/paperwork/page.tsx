import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProvinceStats } from "@/components/paperwork/province-stats";
import { requirePageRoles } from "@/lib/auth";
import { getProvincePaperworkStats } from "@/lib/dal/paperwork/paperwork-stats";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("paperwork.province"))("title") };
}

/** Province view (offices): NIB holders before and after the programme, documents issued, open cases by kabupaten/kota. */
export default async function ProvincePaperworkPage() {
  const user = await requirePageRoles("/paperwork");
  const [stats, t] = await Promise.all([getProvincePaperworkStats(user), getTranslations("paperwork.province")]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ProvinceStats stats={stats} />
    </section>
  );
}
