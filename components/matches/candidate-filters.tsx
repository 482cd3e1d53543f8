import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/form-field";
import { CANDIDATE_SCALES, type CandidateFilter } from "@/lib/validation/matches";

/**
 * The candidates table's filters and sort as a plain GET form: the choice lives in the URL, so
 * it survives reload and back, can be shared, and works before (or without) JavaScript.
 */
export async function CandidateFilters({ action, filter }: { action: string; filter: CandidateFilter }) {
  const [t, ts] = await Promise.all([getTranslations("candidates"), getTranslations("scale")]);
  const check = (name: "ready" | "sameRegency" | "nominated") => (
    <label className="flex items-center gap-2">
      <input type="checkbox" name={name} value="1" defaultChecked={filter[name] === "1"} className="h-5 w-5" />
      {t(`filters.${name}`)}
    </label>
  );
  return (
    <form
      method="get"
      action={action}
      className="rounded border border-slate-200 bg-white p-3"
      data-testid="candidate-filters"
    >
      <fieldset className="flex flex-wrap items-end gap-x-5 gap-y-3">
        <legend className="mb-2 font-semibold">{t("filters.legend")}</legend>
        {check("ready")}
        {check("sameRegency")}
        {check("nominated")}
        <div>
          <label htmlFor="filter-scale" className="block text-sm font-medium">
            {t("filters.scale")}
          </label>
          <select id="filter-scale" name="scale" defaultValue={filter.scale ?? ""} className={inputClass}>
            <option value="">{t("filters.scaleAll")}</option>
            {CANDIDATE_SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {ts(scale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-sort" className="block text-sm font-medium">
            {t("filters.sort")}
          </label>
          <select id="filter-sort" name="sort" defaultValue={filter.sort ?? "score"} className={inputClass}>
            <option value="score">{t("filters.sortScore")}</option>
            <option value="name">{t("filters.sortName")}</option>
          </select>
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("filters.apply")}
          </button>
          <Link href={action} className="text-brand-700 underline">
            {t("filters.reset")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
