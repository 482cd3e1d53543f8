import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { RegistryFilter } from "@/lib/validation/registry";
import { RegistryRegionFields } from "./registry-region-fields";

import type { RegionOptions } from "@/components/umkm/region-options";

const label = "block text-sm font-medium";
const field =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600";

/**
 * The registry filter as a plain GET form: filters live in the URL (shareable, back button
 * works, no JavaScript needed). `errors` maps a field to its message key; each invalid field
 * is marked and described, and a live region announces the summary.
 */
export async function RegistryFilterForm({
  values,
  errors,
  regions,
  exportHref,
}: {
  values: Record<string, string | undefined>;
  errors: Partial<Record<keyof RegistryFilter, string>>;
  /** Every kabupaten/kota and the kecamatan of the one in the URL: the client loads another one's on demand. */
  regions: RegionOptions;
  exportHref: string;
}) {
  const t = await getTranslations("registry");
  const scales = await getTranslations("scale");
  const invalid = (name: keyof RegistryFilter) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby":
      [errors[name] ? `${name}-error` : "", name === "kbli" || name === "district" ? `${name}-hint` : ""]
        .join(" ")
        .trim() || undefined,
  });
  const error = (name: keyof RegistryFilter) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {t(`error.${errors[name]}`)}
      </p>
    ) : null;
  const yesNo = (name: "nib" | "nominated") => (
    <div>
      <label htmlFor={`filter-${name}`} className={label}>
        {t(name)}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""} className={field}>
        <option value="">{t("any")}</option>
        <option value="yes">{t("yes")}</option>
        <option value="no">{t("no")}</option>
      </select>
    </div>
  );
  return (
    <form
      // "Hapus filter" and paging links navigate without a reload: a new key remounts the fields
      // (defaultValue and the kecamatan select's state apply only when mounted).
      key={new URLSearchParams(
        Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      ).toString()}
      method="get"
      action="/umkm"
      role="search"
      aria-label={t("filters")}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <div aria-live="polite" className="sm:col-span-2 lg:col-span-4">
        {Object.keys(errors).length > 0 && (
          <p className="rounded bg-red-50 p-2 text-sm text-red-800">{t("errorSummary")}</p>
        )}
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className={label}>
          {t("q")}
        </label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={values.q ?? ""}
          maxLength={100}
          className={field}
          {...invalid("q")}
        />
        {error("q")}
      </div>
      <RegistryRegionFields
        regions={regions}
        values={{ regency: values.regency, district: values.district }}
        errors={{
          regency: errors.regency ? t(`error.${errors.regency}`) : undefined,
          district: errors.district ? t(`error.${errors.district}`) : undefined,
        }}
        labelClass={label}
        fieldClass={field}
      />
      <div>
        <label htmlFor="filter-kbli" className={label}>
          {t("kbli")}
        </label>
        <input
          id="filter-kbli"
          name="kbli"
          inputMode="numeric"
          defaultValue={values.kbli ?? ""}
          className={field}
          {...invalid("kbli")}
        />
        <p id="kbli-hint" className="mt-1 text-xs text-slate-600">
          {t("kbliHint")}
        </p>
        {error("kbli")}
      </div>
      <div>
        <label htmlFor="filter-scale" className={label}>
          {t("scale")}
        </label>
        <select id="filter-scale" name="scale" defaultValue={values.scale ?? ""} className={field}>
          <option value="">{t("any")}</option>
          {(["MIKRO", "KECIL", "MENENGAH", "BESAR"] as const).map((s) => (
            <option key={s} value={s}>
              {scales(s)}
            </option>
          ))}
        </select>
      </div>
      {yesNo("nib")}
      {yesNo("nominated")}
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {t("apply")}
        </button>
        <Link href="/umkm" className="text-brand-700 underline">
          {t("clear")}
        </Link>
        {Object.keys(errors).length === 0 && (
          <a href={exportHref} className="text-brand-700 underline" download>
            {t("export")}
          </a>
        )}
      </div>
    </form>
  );
}
