import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { NeedProgress } from "@/lib/dal/needs/need-progress";

/** A need's progress in counts: candidates under review, introductions by answer, slots left. */
export async function NeedProgressPanel({
  progress,
  introductionsHref,
}: {
  progress: NeedProgress;
  introductionsHref: string | null;
}) {
  const [t, format] = await Promise.all([getTranslations("needProgress"), getFormatter()]);
  const rows: [string, string, string][] = [
    ["underReview", t("underReview"), format.number(progress.underReview)],
    ["introduced", t("introduced"), format.number(progress.introduced)],
    ["accepted", t("accepted"), format.number(progress.accepted)],
    ["signed", t("signed"), format.number(progress.signed)],
    ["declined", t("declined"), format.number(progress.declined)],
    [
      "slotsLeft",
      t("slotsLeft"),
      t("slotsLeftValue", { left: format.number(progress.slotsLeft), slots: format.number(progress.slots) }),
    ],
  ];
  return (
    <section
      aria-labelledby="progress-heading"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="need-progress"
    >
      <h2 id="progress-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <dl className="grid grid-cols-[1fr_max-content] gap-x-6 gap-y-1 sm:max-w-md">
        {rows.map(([key, label, value]) => [
          <dt key={`${key}-t`} className="text-slate-700">
            {label}
          </dt>,
          <dd key={`${key}-d`} className="text-right font-semibold tabular-nums" data-testid={`progress-${key}`}>
            {value}
          </dd>,
        ])}
      </dl>
      {introductionsHref && (
        <Link href={introductionsHref} className="inline-block text-brand-700 underline">
          {t("introductionsLink")}
        </Link>
      )}
    </section>
  );
}
