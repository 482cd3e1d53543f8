import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { getSession } from "@/lib/auth";
import { getPublicStats } from "@/lib/dal/dashboard";

export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const [user, stats, t, tApp, format] = await Promise.all([
    getSession({ allowPasswordChangeDue: true }),
    getPublicStats(),
    getTranslations("landing"),
    getTranslations("app"),
    getFormatter(),
  ]);
  const figures = [
    ["statUmkm", stats.umkm],
    ["statOpenNeeds", stats.openNeeds],
    ["statFirms", stats.firms],
    ["statPartnerships", stats.partnerships],
  ] as const;
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-10 px-4 py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-center gap-2 font-semibold text-brand-800">
          {/* eslint-disable-next-line @next/next/no-img-element -- a static SVG: nothing to optimise */}
          <img src="/logo.svg" alt="" width={40} height={40} className="h-10 w-10" />
          {tApp("name")} · {tApp("tagline")}
        </p>
        <LocaleSwitcher setLocale={setLocale} />
      </div>
      <section className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-800 sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        <Link
          href={user ? "/dashboard" : "/sign-in"}
          className="inline-block rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          {user ? t("goToDashboard") : t("signIn")}
        </Link>
      </section>
      <section aria-labelledby="stats-title">
        <h2 id="stats-title" className="mb-3 text-xl font-semibold">
          {t("statsTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {figures.map(([key, value]) => (
            <div key={key} className="rounded-lg border border-slate-200 bg-white p-4">
              <dt className="text-sm text-slate-600">{t(key)}</dt>
              <dd className="text-2xl font-semibold text-brand-800">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="mb-3 text-xl font-semibold">
          {t("stepsTitle")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6 text-slate-700">
          {(["step1", "step2", "step3", "step4"] as const).map((step) => (
            <li key={step}>{t(step)}</li>
          ))}
        </ol>
      </section>
    </main>
  );
}
