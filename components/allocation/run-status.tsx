import { getTranslations } from "next-intl/server";
import type { AllocationRunSummary } from "@/lib/dal/allocation/allocation";

/** A run's status in words, with an accessible progress bar while it runs. */
export async function RunStatus({ run }: { run: Pick<AllocationRunSummary, "status" | "processed" | "needCount"> }) {
  const t = await getTranslations("allocation");
  if (run.status !== "RUNNING")
    return <span className={run.status === "DONE" ? "" : "font-medium text-red-800"}>{t(`status.${run.status}`)}</span>;
  const text = t("progress", { processed: run.processed, total: run.needCount });
  return (
    <div className="min-w-40 space-y-1">
      <span>{t("status.RUNNING")}</span>
      <progress
        className="block w-full"
        max={Math.max(run.needCount, 1)}
        value={run.processed}
        aria-label={t("progressLabel")}
        aria-valuetext={text}
      />
      <span className="text-sm text-slate-700">{text}</span>
    </div>
  );
}
