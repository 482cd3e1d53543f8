import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActivateForm } from "@/components/matching-weights/activate-form";
import { WeightsForm } from "@/components/matching-weights/weights-form";
import { DataTable } from "@/components/ui/data-table";
import { requirePageRoles } from "@/lib/auth";
import { listWeightVersions } from "@/lib/dal/matching/matching-weights";
import { COMPONENTS, type ComponentName } from "@/lib/matching/types";
import { activateWeightsVersionAction, createWeightsVersionAction } from "./actions";
import { formatDate } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matchingWeights"))("title") };
}

const percent = (share: number) => String(Math.round(share * 10_000) / 100);

/** ADMIN: the weights versions (active one marked), a form for a new version, activation. */
export default async function MatchingWeightsPage() {
  const user = await requirePageRoles("/settings/matching-weights");
  const [versions, t] = await Promise.all([listWeightVersions(user), getTranslations("matchingWeights")]);
  const active = versions.find((v) => v.isActive);
  const initial = Object.fromEntries(
    COMPONENTS.map((name) => [name, active ? percent(active.weights[name]) : ""]),
  ) as Record<ComponentName, string>;
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <h2 className="text-xl font-semibold">{t("versionsTitle")}</h2>
      <DataTable
        caption={t("versionsTitle")}
        testId="weights-versions"
        empty={t("none")}
        headers={[t("colVersion"), t("colStatus"), t("colWeights"), t("colNote"), t("colCreated"), t("colUse"), ""]}
        rows={versions.map((v) => ({
          key: v.id,
          cells: [
            t("versionLabel", { version: v.version }),
            v.isActive ? (
              <strong key="s" className="text-green-800">
                {t("active")}
              </strong>
            ) : (
              t("inactive")
            ),
            <ul key="w" className="min-w-48">
              {COMPONENTS.map((name) => (
                <li key={name}>
                  {t("weightItem", { label: t(`components.${name}`), percent: percent(v.weights[name] ?? 0) })}
                </li>
              ))}
            </ul>,
            v.note ?? t("none"),
            t("createdBy", { date: formatDate(v.createdAt), name: v.createdBy ?? t("none") }),
            t("use", { matches: v.matches, runs: v.runs }),
            v.isActive ? null : (
              <ActivateForm key="a" action={activateWeightsVersionAction} id={v.id} version={v.version} />
            ),
          ],
        }))}
      />
      {active && <p className="text-sm text-slate-700">{t("prefilled")}</p>}
      <WeightsForm action={createWeightsVersionAction} initial={initial} />
    </section>
  );
}
