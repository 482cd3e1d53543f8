import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DateInput } from "@/components/forms/date-input";
import { inputClass } from "@/components/forms/form-field";
import type { NeedStatus } from "@/lib/generated/prisma/enums";

const STATUSES: NeedStatus[] = ["DRAFT", "OPEN", "MATCHING", "FILLED", "CLOSED", "CANCELLED"];

export type NeedFilterValues = Partial<
  Record<"status" | "firm" | "kbli" | "regency" | "deadlineFrom" | "deadlineTo" | "q" | "sort" | "show", string>
>;

/**
 * The browsing filters as a plain GET form: the filter state lives in the URL (shareable,
 * back button works, no JavaScript needed). Options the viewer may not use are not offered.
 */
export async function NeedFilters({
  values,
  firms,
  regencies,
  sorts,
  statuses = STATUSES,
}: {
  values: NeedFilterValues;
  firms: { id: string; name: string }[] | null;
  regencies: { code: string; name: string }[];
  sorts: readonly string[];
  statuses?: NeedStatus[];
}) {
  const t = await getTranslations();
  const field = "min-w-0";
  return (
    <form
      // Links (show all, a column header, "Reset") navigate without a reload: a new key remounts
      // the fields, whose defaultValue/defaultChecked apply only when mounted.
      key={new URLSearchParams(
        Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      ).toString()}
      method="get"
      action="/needs"
      role="search"
      aria-label={t("needs.filters")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div className={`${field} sm:col-span-2`}>
        <label htmlFor="q" className="block font-medium">
          {t("needs.filterQuery")}
        </label>
        <input id="q" name="q" type="search" defaultValue={values.q} className={inputClass} />
      </div>
      <div className={field}>
        <label htmlFor="status" className="block font-medium">
          {t("needs.filterStatus")}
        </label>
        <select id="status" name="status" defaultValue={values.status ?? ""} className={inputClass}>
          <option value="">{t("needs.any")}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.need.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {firms && (
        <div className={field}>
          <label htmlFor="firm" className="block font-medium">
            {t("needs.filterFirm")}
          </label>
          <select id="firm" name="firm" defaultValue={values.firm ?? ""} className={inputClass}>
            <option value="">{t("needs.any")}</option>
            {firms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={field}>
        <label htmlFor="kbli" className="block font-medium">
          {t("needs.filterKbli")}
        </label>
        <input
          id="kbli"
          name="kbli"
          inputMode="numeric"
          defaultValue={values.kbli}
          aria-describedby="kbli-hint"
          className={inputClass}
        />
        <p id="kbli-hint" className="text-sm text-slate-600">
          {t("needs.filterKbliHint")}
        </p>
      </div>
      <div className={field}>
        <label htmlFor="regency" className="block font-medium">
          {t("needs.filterRegency")}
        </label>
        <select id="regency" name="regency" defaultValue={values.regency ?? ""} className={inputClass}>
          <option value="">{t("needs.any")}</option>
          {regencies.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="deadlineFrom" className="block font-medium">
          {t("needs.filterDeadlineFrom")}
        </label>
        <DateInput id="deadlineFrom" name="deadlineFrom" defaultValue={values.deadlineFrom} />
      </div>
      <div className={field}>
        <label htmlFor="deadlineTo" className="block font-medium">
          {t("needs.filterDeadlineTo")}
        </label>
        <DateInput id="deadlineTo" name="deadlineTo" defaultValue={values.deadlineTo} />
      </div>
      <div className={field}>
        <label htmlFor="sort" className="block font-medium">
          {t("needs.filterSort")}
        </label>
        <select id="sort" name="sort" defaultValue={values.sort ?? "deadline"} className={inputClass}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {t(`needs.sort_${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-4">
        <input
          id="show"
          name="show"
          type="checkbox"
          value="all"
          defaultChecked={values.show === "all"}
          className="h-5 w-5 accent-brand-700"
        />
        <label htmlFor="show">{t("lists.needsShowAll")}</label>
      </div>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("needs.apply")}
        </button>
        <Link href="/needs" className="px-2 py-2 text-brand-700 underline">
          {t("needs.reset")}
        </Link>
      </div>
    </form>
  );
}
