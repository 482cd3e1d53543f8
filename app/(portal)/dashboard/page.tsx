import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatTiles } from "@/components/dashboard/stat-tiles";
import { requirePageRoles } from "@/lib/auth";
import { getDashboard } from "@/lib/dal/dashboard";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requirePageRoles("/dashboard");
  const [dashboard, t] = await Promise.all([getDashboard(user), getTranslations("dashboard")]);
  return (
    <section aria-labelledby="dashboard-title" className="space-y-4">
      <div>
        <h1 id="dashboard-title" className="text-2xl font-semibold">
          {t("welcome", { name: user.name })}
        </h1>
        <p className="text-sm text-slate-600">{t("asOf", { date: formatDate(new Date()) })}</p>
        {dashboard.kind === "company" && (
          <p className="mt-2 font-medium">{t("company.firm", { name: dashboard.firmName })}</p>
        )}
        {dashboard.kind === "umkm" && (
          <p className="mt-2 font-medium">
            {t("umkm.business", { name: dashboard.businessName })} ·{" "}
            {dashboard.nib ? t("umkm.hasNib", { nib: dashboard.nib }) : t("umkm.noNib")}
          </p>
        )}
      </div>
      <StatTiles tiles={dashboard.tiles} namespace={`dashboard.${dashboard.kind}`} />
    </section>
  );
}
