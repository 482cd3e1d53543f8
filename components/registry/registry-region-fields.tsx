"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { RegionOptions } from "@/components/umkm/region-options";

const noSubscription = () => () => {};

/**
 * The registry filter's kabupaten/kota and kecamatan selects (progressive enhancement). Without
 * JavaScript the kecamatan list holds every kecamatan of the province grouped by kabupaten/kota
 * and the GET form works as before (the server says when a kecamatan is outside the chosen
 * kabupaten/kota). Once hydrated, choosing a kabupaten/kota narrows the kecamatan list at once —
 * no need to press "Terapkan" first — and clears a kecamatan of another kabupaten/kota.
 */
export function RegistryRegionFields({
  regions,
  values,
  errors,
  labelClass,
  fieldClass,
}: {
  /** Grouped [code, name] pairs: the province's ≈450 kecamatan cost the page's flight data least so. */
  regions: RegionOptions;
  values: { regency?: string; district?: string };
  errors: { regency?: string; district?: string };
  labelClass: string;
  fieldClass: string;
}) {
  const t = useTranslations("registry");
  const l = useTranslations("lists");
  const [regency, setRegency] = useState(values.regency ?? "");
  const [district, setDistrict] = useState(values.district ?? "");
  // false on the server and without JavaScript, true once hydrated.
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const groups = regions.regencies
    .filter(([code]) => !isHydrated || code === regency)
    .map(([code, name]) => ({ code, name, districts: regions.districts[code] ?? [] }))
    .filter((g) => g.districts.length > 0);
  // A kecamatan from the URL that the narrowed list does not show stays selectable (and named), so
  // the select never silently changes the filter; the server explains why it does not fit.
  const isShown = groups.some((g) => g.districts.some(([code]) => code === district));
  const districtName =
    Object.values(regions.districts)
      .flat()
      .find(([code]) => code === district)?.[1] ?? district;
  const describedBy = (name: "regency" | "district", hint?: string) =>
    [errors[name] ? `${name}-error` : "", hint ?? ""].join(" ").trim() || undefined;
  return (
    <>
      <div>
        <label htmlFor="filter-regency" className={labelClass}>
          {t("regency")}
        </label>
        <select
          id="filter-regency"
          name="regency"
          value={regency}
          onChange={(event) => {
            const next = event.target.value;
            setRegency(next);
            if (!district.startsWith(`${next}.`)) setDistrict("");
          }}
          className={fieldClass}
          aria-invalid={errors.regency ? true : undefined}
          aria-describedby={describedBy("regency")}
          aria-controls="filter-district"
        >
          <option value="">{t("any")}</option>
          {regions.regencies.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
          {!regions.regencies.some(([code]) => code === regency) && regency && (
            <option value={regency}>{regency}</option>
          )}
        </select>
        {errors.regency && (
          <p id="regency-error" className="mt-1 text-sm text-red-700">
            {errors.regency}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="filter-district" className={labelClass}>
          {t("district")}
        </label>
        <select
          id="filter-district"
          name="district"
          value={district}
          onChange={(event) => setDistrict(event.target.value)}
          className={fieldClass}
          disabled={isHydrated && !regency && !district}
          aria-invalid={errors.district ? true : undefined}
          aria-describedby={describedBy("district", "district-hint")}
          data-testid="filter-district"
        >
          <option value="">{t("any")}</option>
          {groups.map((g) => (
            <optgroup key={g.code} label={g.name}>
              {g.districts.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          ))}
          {district && !isShown && <option value={district}>{districtName}</option>}
        </select>
        <p id="district-hint" className="mt-1 text-xs text-slate-600">
          {isHydrated ? l("districtHintLive") : l("districtHintStatic")}
        </p>
        {errors.district && (
          <p id="district-error" className="mt-1 text-sm text-red-700">
            {errors.district}
          </p>
        )}
      </div>
    </>
  );
}
