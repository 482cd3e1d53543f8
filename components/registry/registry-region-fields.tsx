"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { RegionOptions } from "@/components/umkm/region-options";
import { useDistricts } from "@/components/umkm/use-districts";

const noSubscription = () => () => {};

/**
 * The registry filter's kabupaten/kota and kecamatan selects (progressive enhancement). The page
 * sends only the kecamatan of the kabupaten/kota in the URL. Without JavaScript the GET form works
 * in two steps: choose the kabupaten/kota, "Terapkan", then its kecamatan (the server says when a
 * kecamatan is outside the chosen kabupaten/kota). Once hydrated, choosing a kabupaten/kota loads
 * its kecamatan at once (useDistricts) — no need to press "Terapkan" first — and clears a kecamatan
 * of another kabupaten/kota.
 */
export function RegistryRegionFields({
  regions,
  values,
  errors,
  labelClass,
  fieldClass,
}: {
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
  const shown = useDistricts(regions, regions.regency);
  // false on the server and without JavaScript, true once hydrated.
  const isHydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const regencyName = regions.regencies.find(([code]) => code === shown.regency)?.[1];
  // A kecamatan from the URL that the list does not show stays selectable (and named), so the
  // select never silently changes the filter; the server explains why it does not fit.
  const isShown = shown.districts.some(([code]) => code === district);
  const districtName = regions.extra?.[0] === district ? regions.extra[1] : district;
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
            shown.choose(next);
            if (!next || !district.startsWith(`${next}.`)) setDistrict("");
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
          aria-busy={shown.status === "loading" ? true : undefined}
          aria-invalid={errors.district ? true : undefined}
          aria-describedby={describedBy(
            "district",
            shown.status === "error" ? "district-hint district-load-error" : "district-hint",
          )}
          data-testid="filter-district"
        >
          <option value="">{shown.regency ? t("any") : l("districtChooseRegency")}</option>
          {regencyName && shown.districts.length > 0 && (
            <optgroup label={regencyName}>
              {shown.districts.map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
          {district && !isShown && <option value={district}>{districtName}</option>}
        </select>
        <p id="district-hint" className="mt-1 text-xs text-slate-600">
          {isHydrated ? l("districtHintLive") : l("districtHintStatic")}
        </p>
        {shown.status === "error" && (
          <p id="district-load-error" role="alert" className="mt-1 text-sm text-red-700">
            {l("districtsLoadFailed")}
          </p>
        )}
        {errors.district && (
          <p id="district-error" className="mt-1 text-sm text-red-700">
            {errors.district}
          </p>
        )}
      </div>
    </>
  );
}
